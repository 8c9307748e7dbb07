// The matcher's Node-API surface: extract, compare and the 1:N Gallery. The
// bindings themselves live in napi/, one file per group.
#include "bindings.h"
#include "matcher/compare/calibration.h"
#include "matcher/napi/bindings.h"

namespace ridgeline::bindings {

void RegisterMatcher(Napi::Env env, Napi::Object exports) {
  napi::RegisterExtract(env, exports);
  napi::RegisterCompare(env, exports);
  napi::RegisterGallery(env, exports);
  // The calibrated decision threshold lives with the calibration (compare/).
  exports.Set("matchThreshold", Napi::Number::New(env, matcher::compare::kMatchThreshold));
}

}  // namespace ridgeline::bindings
