#include "bindings.h"

namespace ridgeline::bindings {
void RegisterMatcher(Napi::Env env, Napi::Object exports) {}
}  // namespace ridgeline::bindings
