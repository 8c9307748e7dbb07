#include "bindings.h"

namespace ridgeline::bindings {
void RegisterWsq(Napi::Env env, Napi::Object exports) {}
}  // namespace ridgeline::bindings
