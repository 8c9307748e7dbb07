// extract(image) -> Promise<Features>: minutiae extraction on a libuv worker thread.
#include <exception>
#include <utility>

#include "matcher/matcher.h"
#include "matcher/napi/bindings.h"
#include "matcher/napi/convert.h"
#include "matcher/napi/promise_worker.h"

namespace ridgeline::napi {
namespace {

class ExtractWorker : public PromiseWorker {
 public:
  ExtractWorker(Napi::Env env, OwnedImage image) : PromiseWorker(env, "ridgeline.extract"), image_(std::move(image)) {}

 protected:
  void Run() override {
    features_ = matcher::Extract(image_.View(), matcher::ExtractOptions{});
    image_.pixels = {};  // release the copy early; results may be held long after
  }

  Napi::Value Result(Napi::Env env) override { return WriteFeatures(env, features_); }

 private:
  OwnedImage image_;
  matcher::Features features_;
};

Napi::Value Extract(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    OwnedImage image = ReadImage(info[0]);
    auto* worker = new ExtractWorker(env, std::move(image));
    Napi::Promise promise = worker->Promise();
    worker->Queue();
    return promise;
  } catch (...) {
    return ThrowFailure(env, Describe(std::current_exception()));
  }
}

}  // namespace

void RegisterExtract(Napi::Env env, Napi::Object exports) {
  exports.Set("extract", Napi::Function::New(env, Extract, "extract"));
}

}  // namespace ridgeline::napi
