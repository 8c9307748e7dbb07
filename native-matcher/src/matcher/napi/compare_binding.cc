// compare(a, b) -> Promise<ComparisonResult>: one explained 1:1 comparison
// (score, paired minutiae, alignment) on a libuv worker thread.
#include <exception>
#include <utility>

#include "matcher/matcher.h"
#include "matcher/napi/bindings.h"
#include "matcher/napi/convert.h"
#include "matcher/napi/promise_worker.h"

namespace ridgeline::napi {
namespace {

class CompareWorker : public PromiseWorker {
 public:
  CompareWorker(Napi::Env env, matcher::Template probe, matcher::Template candidate)
      : PromiseWorker(env, "ridgeline.compare"), probe_(std::move(probe)), candidate_(std::move(candidate)) {}

 protected:
  void Run() override {
    const matcher::PreparedPtr probe = matcher::Prepare(probe_);
    const matcher::PreparedPtr candidate = matcher::Prepare(candidate_);
    comparison_ = matcher::Compare(*probe, *candidate);
  }

  Napi::Value Result(Napi::Env env) override { return WriteComparison(env, comparison_); }

 private:
  matcher::Template probe_;
  matcher::Template candidate_;
  matcher::Comparison comparison_;
};

Napi::Value Compare(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    matcher::Template probe = ReadTemplate(info[0], "probe");
    matcher::Template candidate = ReadTemplate(info[1], "candidate");
    auto* worker = new CompareWorker(env, std::move(probe), std::move(candidate));
    Napi::Promise promise = worker->Promise();
    worker->Queue();
    return promise;
  } catch (...) {
    return ThrowFailure(env, Describe(std::current_exception()));
  }
}

}  // namespace

void RegisterCompare(Napi::Env env, Napi::Object exports) {
  exports.Set("compare", Napi::Function::New(env, Compare, "compare"));
}

}  // namespace ridgeline::napi
