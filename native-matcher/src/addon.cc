// Node-API entry point. Each subsystem registers its own functions so the
// bindings stay next to the code they expose.
#include <napi.h>

#include "bindings.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("abiVersion", Napi::Number::New(env, 1));
  ridgeline::bindings::RegisterMatcher(env, exports);
  ridgeline::bindings::RegisterWsq(env, exports);
  return exports;
}

}  // namespace

NODE_API_MODULE(ridgeline_native, Init)
