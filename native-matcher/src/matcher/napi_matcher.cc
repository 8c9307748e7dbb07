// The matcher's Node-API surface: extract, compare and the 1:N Gallery. The
// bindings themselves live in napi/, one file per group.
#include "bindings.h"
#include "matcher/compare/calibration.h"
#include "matcher/napi/bindings.h"
#include "matcher/napi/linkage.h"

namespace ridgeline::bindings {

void RegisterMatcher(Napi::Env env, Napi::Object exports) {
  napi::RegisterExtract(env, exports);
  napi::RegisterCompare(env, exports);
  napi::RegisterGallery(env, exports);
  // Lets callers and tests tell "stage missing from this build" from a bug.
  Napi::Object stages = Napi::Object::New(env);
  stages.Set("extraction", Napi::Boolean::New(env, napi::ExtractionLinked()));
  stages.Set("comparison", Napi::Boolean::New(env, napi::ComparisonLinked()));
  exports.Set("matcherStages", stages);
  // The calibrated decision threshold lives with the calibration (compare/).
  exports.Set("matchThreshold", Napi::Number::New(env, matcher::compare::kMatchThreshold));
}

}  // namespace ridgeline::bindings
