// An AsyncWorker that settles a promise: Run() does the heavy work on a libuv
// worker thread and may throw; Result() builds the JS value on the JS thread.
// Failures reject with a coded Error (see errors.h).
#pragma once

#include <exception>

#include <napi.h>

#include "matcher/napi/errors.h"

namespace ridgeline::napi {

class PromiseWorker : public Napi::AsyncWorker {
 public:
  PromiseWorker(Napi::Env env, const char* name) : Napi::AsyncWorker(env, name), deferred_(Napi::Promise::Deferred::New(env)) {}

  Napi::Promise Promise() const { return deferred_.Promise(); }

 protected:
  virtual void Run() = 0;
  virtual Napi::Value Result(Napi::Env env) = 0;

 private:
  void Execute() final {
    try {
      Run();
    } catch (...) {
      failure_ = Describe(std::current_exception());
      SetError(failure_.message);
    }
  }

  void OnOK() final {
    Napi::Env env = Env();
    Napi::HandleScope scope(env);
    Napi::Value value;
    try {
      value = Result(env);
    } catch (...) {
      deferred_.Reject(MakeError(env, Describe(std::current_exception())).Value());
      return;
    }
    if (env.IsExceptionPending()) {
      deferred_.Reject(env.GetAndClearPendingException().Value());
      return;
    }
    deferred_.Resolve(value);
  }

  void OnError(const Napi::Error&) final {
    Napi::HandleScope scope(Env());
    deferred_.Reject(MakeError(Env(), failure_).Value());
  }

  Napi::Promise::Deferred deferred_;
  Failure failure_;
};

}  // namespace ridgeline::napi
