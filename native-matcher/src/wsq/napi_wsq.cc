// Node-API surface of the WSQ decoder: decodeWsq(bytes) -> Promise of
// { width, height, ppi, pixels, comments }. Decoding runs on the libuv pool;
// failures reject with an Error whose `code` is 'bad-file' or 'unsupported'
// (the API error codes) and whose `offset` is the byte offset of the problem.
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "bindings.h"
#include "wsq/decoder.h"
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

}  // namespace

void RegisterWsq(Napi::Env env, Napi::Object exports) {
  exports.Set("decodeWsq", Napi::Function::New(env, DecodeWsq, "decodeWsq"));
  exports.Set("decodeWsqSync", Napi::Function::New(env, DecodeWsqSync, "decodeWsqSync"));
}

}  // namespace ridgeline::bindings
