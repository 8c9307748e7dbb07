// Node-API surface of the WSQ codec: decodeWsq(bytes) -> Promise of
// { width, height, ppi, pixels, comments }, and encodeWsq(pixels, width,
// height, { bitsPerPixel, ppi }) -> Promise of the WSQ bytes. Both run on the
// libuv pool (with synchronous variants for synchronous callers); failures
// reject with an Error whose `code` is 'bad-file', 'unsupported' or
// 'invalid-argument' (the API error codes) and, for decoding, whose `offset`
// is the byte offset of the problem.
#include <algorithm>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "bindings.h"
#include "wsq/decoder.h"
#include "wsq/encoder.h"
#include "wsq/wsq_error.h"

namespace ridgeline::bindings {
namespace {

Napi::Value makeError(Napi::Env env, const std::string& code, const std::string& message, double offset) {
  Napi::Error error = Napi::Error::New(env, message);
  error.Set("code", Napi::String::New(env, code));
  if (offset >= 0) error.Set("offset", Napi::Number::New(env, offset));
  return error.Value();
}

Napi::Object toJs(Napi::Env env, const wsq::DecodedImage& image) {
  Napi::Object result = Napi::Object::New(env);
  result.Set("width", Napi::Number::New(env, image.width));
  result.Set("height", Napi::Number::New(env, image.height));
  result.Set("ppi", image.ppi ? Napi::Number::New(env, *image.ppi) : env.Null());
  // Copied rather than wrapped: Electron forbids external array buffers.
  Napi::Uint8Array pixels = Napi::Uint8Array::New(env, image.pixels.size());
  if (!image.pixels.empty()) std::memcpy(pixels.Data(), image.pixels.data(), image.pixels.size());
  result.Set("pixels", pixels);
  Napi::Array comments = Napi::Array::New(env, image.comments.size());
  for (size_t i = 0; i < image.comments.size(); ++i) {
    comments.Set(static_cast<uint32_t>(i), Napi::String::New(env, image.comments[i]));
  }
  result.Set("comments", comments);
  return result;
}

struct Failure {
  std::string code;
  std::string message;
  double offset = -1;
};

// Runs the decoder and turns every failure into a Failure (no exception
// crosses into Node-API code).
bool decodeInto(const std::vector<uint8_t>& bytes, wsq::DecodedImage& image, Failure& failure) {
  try {
    image = wsq::decode(bytes.data(), bytes.size());
    return true;
  } catch (const wsq::WsqError& e) {
    failure = {e.kind() == wsq::WsqError::Kind::BadFile ? "bad-file" : "unsupported", e.what(),
               static_cast<double>(e.offset())};
  } catch (const std::bad_alloc&) {
    failure = {"internal", "out of memory while decoding WSQ", -1};
  }
  return false;
}

bool isByteArray(const Napi::Value& value) {
  return value.IsTypedArray() && value.As<Napi::TypedArray>().TypedArrayType() == napi_uint8_array;
}

std::vector<uint8_t> copyBytes(const Napi::Value& value) {
  Napi::Uint8Array input = value.As<Napi::Uint8Array>();
  return std::vector<uint8_t>(input.Data(), input.Data() + input.ByteLength());
}

class DecodeWorker : public Napi::AsyncWorker {
 public:
  DecodeWorker(Napi::Env env, std::vector<uint8_t> bytes)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), bytes_(std::move(bytes)) {}

  Napi::Promise promise() { return deferred_.Promise(); }

  void Execute() override {
    ok_ = decodeInto(bytes_, image_, failure_);
    bytes_ = {};
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (ok_) {
      deferred_.Resolve(toJs(env, image_));
    } else {
      deferred_.Reject(makeError(env, failure_.code, failure_.message, failure_.offset));
    }
  }

  void OnError(const Napi::Error& error) override { deferred_.Reject(error.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  std::vector<uint8_t> bytes_;
  wsq::DecodedImage image_;
  bool ok_ = false;
  Failure failure_;
};

Napi::Value DecodeWsq(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !isByteArray(info[0])) {
    Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(env);
    deferred.Reject(makeError(env, "invalid-argument", "decodeWsq expects a Uint8Array", -1));
    return deferred.Promise();
  }
  // Copied so the caller may reuse its buffer while we decode on another thread.
  auto* worker = new DecodeWorker(env, copyBytes(info[0]));
  Napi::Promise promise = worker->promise();
  worker->Queue();
  return promise;
}

// Synchronous variant for callers that are synchronous themselves (the CLI's
// image loader); the app uses the asynchronous one.
Napi::Value DecodeWsqSync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !isByteArray(info[0])) {
    Napi::Error(env, makeError(env, "invalid-argument", "decodeWsqSync expects a Uint8Array", -1)).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  wsq::DecodedImage image;
  Failure failure;
  if (!decodeInto(copyBytes(info[0]), image, failure)) {
    Napi::Error error(env, makeError(env, failure.code, failure.message, failure.offset));
    error.ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return toJs(env, image);
}

// ---- Encoding ----

struct EncodeRequest {
  std::vector<uint8_t> pixels;
  int width = 0;
  int height = 0;
  wsq::EncodeOptions options;
};

// Validates the JS arguments; on failure fills `failure` and returns false.
bool readEncodeRequest(const Napi::CallbackInfo& info, EncodeRequest& request, Failure& failure) {
  if (info.Length() < 3 || !isByteArray(info[0]) || !info[1].IsNumber() || !info[2].IsNumber()) {
    failure = {"invalid-argument", "encodeWsq expects (pixels: Uint8Array, width, height, options?)", -1};
    return false;
  }
  const double width = info[1].As<Napi::Number>().DoubleValue();
  const double height = info[2].As<Napi::Number>().DoubleValue();
  if (!(width >= 1 && width <= 65535 && height >= 1 && height <= 65535) || width != static_cast<int>(width) ||
      height != static_cast<int>(height)) {
    failure = {"invalid-argument", "encodeWsq: width and height must be integers from 1 to 65535", -1};
    return false;
  }
  request.width = static_cast<int>(width);
  request.height = static_cast<int>(height);
  if (info[0].As<Napi::Uint8Array>().ByteLength() != static_cast<size_t>(request.width) * request.height) {
    failure = {"invalid-argument", "encodeWsq: pixels must hold width * height bytes", -1};
    return false;
  }
  if (info.Length() > 3 && info[3].IsObject()) {
    Napi::Object options = info[3].As<Napi::Object>();
    Napi::Value rate = options.Get("bitsPerPixel");
    if (rate.IsNumber()) request.options.bitsPerPixel = rate.As<Napi::Number>().DoubleValue();
    if (!(request.options.bitsPerPixel > 0.0 && request.options.bitsPerPixel <= 8.0)) {
      failure = {"invalid-argument", "encodeWsq: bitsPerPixel must be above 0 and at most 8", -1};
      return false;
    }
    Napi::Value ppi = options.Get("ppi");
    if (ppi.IsNumber()) {
      const double value = ppi.As<Napi::Number>().DoubleValue();
      if (!(value >= 1 && value <= 100000)) {
        failure = {"invalid-argument", "encodeWsq: ppi must be from 1 to 100000", -1};
        return false;
      }
      request.options.ppi = static_cast<int>(value);
    }
  }
  request.pixels = copyBytes(info[0]);
  return true;
}

bool encodeInto(const EncodeRequest& request, std::vector<uint8_t>& out, Failure& failure) {
  try {
    out = wsq::encode(request.pixels.data(), request.width, request.height, request.options);
    return true;
  } catch (const wsq::WsqError& e) {
    failure = {"unsupported", e.what(), -1};
  } catch (const std::bad_alloc&) {
    failure = {"internal", "out of memory while encoding WSQ", -1};
  }
  return false;
}

Napi::Uint8Array toJsBytes(Napi::Env env, const std::vector<uint8_t>& bytes) {
  Napi::Uint8Array array = Napi::Uint8Array::New(env, bytes.size());
  if (!bytes.empty()) std::memcpy(array.Data(), bytes.data(), bytes.size());
  return array;
}

class EncodeWorker : public Napi::AsyncWorker {
 public:
  EncodeWorker(Napi::Env env, EncodeRequest request)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), request_(std::move(request)) {}

  Napi::Promise promise() { return deferred_.Promise(); }

  void Execute() override {
    ok_ = encodeInto(request_, bytes_, failure_);
    // The pixels are a person's print: drop our copy as soon as it is used.
    std::fill(request_.pixels.begin(), request_.pixels.end(), 0);
    request_.pixels = {};
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (ok_) {
      deferred_.Resolve(toJsBytes(env, bytes_));
    } else {
      deferred_.Reject(makeError(env, failure_.code, failure_.message, failure_.offset));
    }
  }

  void OnError(const Napi::Error& error) override { deferred_.Reject(error.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  EncodeRequest request_;
  std::vector<uint8_t> bytes_;
  bool ok_ = false;
  Failure failure_;
};

Napi::Value EncodeWsq(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EncodeRequest request;
  Failure failure;
  if (!readEncodeRequest(info, request, failure)) {
    Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(env);
    deferred.Reject(makeError(env, failure.code, failure.message, failure.offset));
    return deferred.Promise();
  }
  auto* worker = new EncodeWorker(env, std::move(request));
  Napi::Promise promise = worker->promise();
  worker->Queue();
  return promise;
}

Napi::Value EncodeWsqSync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EncodeRequest request;
  Failure failure;
  std::vector<uint8_t> bytes;
  if (!readEncodeRequest(info, request, failure) || !encodeInto(request, bytes, failure)) {
    Napi::Error(env, makeError(env, failure.code, failure.message, failure.offset)).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return toJsBytes(env, bytes);
}

}  // namespace

void RegisterWsq(Napi::Env env, Napi::Object exports) {
  exports.Set("decodeWsq", Napi::Function::New(env, DecodeWsq, "decodeWsq"));
  exports.Set("decodeWsqSync", Napi::Function::New(env, DecodeWsqSync, "decodeWsqSync"));
  exports.Set("encodeWsq", Napi::Function::New(env, EncodeWsq, "encodeWsq"));
  exports.Set("encodeWsqSync", Napi::Function::New(env, EncodeWsqSync, "encodeWsqSync"));
}

}  // namespace ridgeline::bindings
