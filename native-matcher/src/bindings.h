// Registration hooks, one per subsystem (matcher/, wsq/). Each lives in that
// subsystem's own napi_*.cc file.
#pragma once
#include <napi.h>

namespace ridgeline::bindings {
void RegisterMatcher(Napi::Env env, Napi::Object exports);
void RegisterWsq(Napi::Env env, Napi::Object exports);
}  // namespace ridgeline::bindings
