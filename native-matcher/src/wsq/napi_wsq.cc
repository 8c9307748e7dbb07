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

class DecodeWorker : public Napi::AsyncWorker {
 public:
  DecodeWorker(Napi::Env env, std::vector<uint8_t> bytes)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), bytes_(std::move(bytes)) {}

  Napi::Promise promise() { return deferred_.Promise(); }

  void Execute() override {
    try {
      image_ = wsq::decode(bytes_.data(), bytes_.size());
    } catch (const wsq::WsqError& e) {
      failed_ = true;
      code_ = e.kind() == wsq::WsqError::Kind::BadFile ? "bad-file" : "unsupported";
      message_ = e.what();
      offset_ = static_cast<double>(e.offset());
    } catch (const std::bad_alloc&) {
      failed_ = true;
      code_ = "internal";
      message_ = "out of memory while decoding WSQ";
    }
    bytes_ = {};
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (failed_) {
      deferred_.Reject(makeError(env, code_, message_, offset_));
      return;
    }
    Napi::Object result = Napi::Object::New(env);
    result.Set("width", Napi::Number::New(env, image_.width));
    result.Set("height", Napi::Number::New(env, image_.height));
    result.Set("ppi", image_.ppi ? Napi::Number::New(env, *image_.ppi) : env.Null());
    // Copied rather than wrapped: Electron forbids external array buffers.
    Napi::Uint8Array pixels = Napi::Uint8Array::New(env, image_.pixels.size());
    if (!image_.pixels.empty()) std::memcpy(pixels.Data(), image_.pixels.data(), image_.pixels.size());
    result.Set("pixels", pixels);
    Napi::Array comments = Napi::Array::New(env, image_.comments.size());
    for (size_t i = 0; i < image_.comments.size(); ++i) {
      comments.Set(static_cast<uint32_t>(i), Napi::String::New(env, image_.comments[i]));
    }
    result.Set("comments", comments);
    deferred_.Resolve(result);
  }

  void OnError(const Napi::Error& error) override { deferred_.Reject(error.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  std::vector<uint8_t> bytes_;
  wsq::DecodedImage image_;
  bool failed_ = false;
  std::string code_;
  std::string message_;
  double offset_ = -1;
};

Napi::Value DecodeWsq(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsTypedArray() ||
      info[0].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(env);
    deferred.Reject(makeError(env, "invalid-argument", "decodeWsq expects a Uint8Array", -1));
    return deferred.Promise();
  }
  Napi::Uint8Array input = info[0].As<Napi::Uint8Array>();
  // Copied so the caller may reuse its buffer while we decode on another thread.
  std::vector<uint8_t> bytes(input.Data(), input.Data() + input.ByteLength());
  auto* worker = new DecodeWorker(env, std::move(bytes));
  Napi::Promise promise = worker->promise();
  worker->Queue();
  return promise;
}

}  // namespace

void RegisterWsq(Napi::Env env, Napi::Object exports) {
  exports.Set("decodeWsq", Napi::Function::New(env, DecodeWsq, "decodeWsq"));
}

}  // namespace ridgeline::bindings
