#include "matcher/compare/calibration.h"

#include <array>
#include <cstddef>
#include <utility>

namespace ridgeline::matcher::compare {

namespace {

// (raw score, calibrated score) anchors: the lowest raw scores at which the
// pooled extended-impostor FMR on the reference data is at most 50%, 10%, 1%
// and 0.1% (10 of 11,520 impostor pairs at or above 30).
constexpr std::array<std::pair<double, double>, 5> kAnchors = {{
    {0.0, 0.0},
    {11.53, 3.01},
    {16.96, 10.0},
    {22.59, 20.0},
    {28.77, 30.0},
}};

}  // namespace

double Calibrate(double raw) {
#ifdef RIDGELINE_RAW_SCORES
  return raw;
#else
  if (raw <= 0) return 0;
  for (std::size_t k = 1; k < kAnchors.size(); ++k) {
    if (raw <= kAnchors[k].first) {
      const auto& [x0, y0] = kAnchors[k - 1];
      const auto& [x1, y1] = kAnchors[k];
      return y0 + (raw - x0) * (y1 - y0) / (x1 - x0);
    }
  }
  // Beyond the last anchor: continue the last segment's slope (FMR falls
  // roughly log-linearly in the impostor tail).
  const auto& [x0, y0] = kAnchors[kAnchors.size() - 2];
  const auto& [x1, y1] = kAnchors.back();
  return y1 + (raw - x1) * (y1 - y0) / (x1 - x0);
#endif
}

}  // namespace ridgeline::matcher::compare
