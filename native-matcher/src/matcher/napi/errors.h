// Every native failure reaches JavaScript as an Error carrying a contract
// error code (preload/contract/errors.ts), so callers branch on `code`, never
// on message text, and no C++ exception ever crosses into V8 as a crash.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include <napi.h>

namespace ridgeline::napi {

// A valid request the linked build cannot serve (e.g. a matcher stage missing).
struct Unsupported : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Failure {
  std::string code = "internal";
  std::string message = "Unknown native failure";
};

// Maps an in-flight C++ exception to a contract code and message.
Failure Describe(std::exception_ptr error);

Napi::Error MakeError(Napi::Env env, const Failure& failure);

// Throws into JavaScript (pending exception) and returns undefined, for
// synchronous bindings built with NAPI_DISABLE_CPP_EXCEPTIONS.
Napi::Value ThrowFailure(Napi::Env env, const Failure& failure);

}  // namespace ridgeline::napi
