// The matcher's Node-API surface: extract, compare and the 1:N Gallery. The
// bindings themselves live in napi/, one file per group.
#include <cmath>
#include <limits>

#include "bindings.h"
#include "matcher/compare/calibration.h"
#include "matcher/napi/bindings.h"
#include "matcher/napi/linkage.h"

// Until the comparison stage declares compare::kMatchThreshold, qualified
// lookup falls through this using-directive to NaN and no threshold is
// exported; once it is declared, the real constant is found first.
namespace ridgeline::matcher::compare {
namespace threshold_pending {
constexpr double kMatchThreshold = std::numeric_limits<double>::quiet_NaN();
}  // namespace threshold_pending
using namespace threshold_pending;
}  // namespace ridgeline::matcher::compare

namespace ridgeline::bindings {

void RegisterMatcher(Napi::Env env, Napi::Object exports) {
  napi::RegisterExtract(env, exports);
  napi::RegisterCompare(env, exports);
  napi::RegisterGallery(env, exports);
  // Lets the TS wrapper and the tests tell "stage not built yet" from a bug.
  Napi::Object stages = Napi::Object::New(env);
  stages.Set("extraction", Napi::Boolean::New(env, napi::ExtractionLinked()));
  stages.Set("comparison", Napi::Boolean::New(env, napi::ComparisonLinked()));
  exports.Set("matcherStages", stages);
  const double threshold = matcher::compare::kMatchThreshold;
  if (std::isfinite(threshold)) exports.Set("matchThreshold", Napi::Number::New(env, threshold));
}

}  // namespace ridgeline::bindings
