#include "matcher/extract/normalise.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {
// About one and a half ridge periods: wide enough to contain a ridge and a
// valley, narrow enough to follow pressure changes.
constexpr int kWindowRadius = 7;
// Below this deviation a window is sensor noise; do not amplify it further.
constexpr float kMinDeviation = 6.0f;
constexpr float kClamp = 3.0f;
}  // namespace

Normalised Normalise(const FloatGrid& gray) {
  FloatGrid squares(gray.width, gray.height);
  for (size_t i = 0; i < gray.data.size(); ++i) squares.data[i] = gray.data[i] * gray.data[i];
  const FloatGrid mean = BoxMean(gray, kWindowRadius);
  const FloatGrid mean_sq = BoxMean(squares, kWindowRadius);

  Normalised out{FloatGrid(gray.width, gray.height), FloatGrid(gray.width, gray.height)};
  for (size_t i = 0; i < gray.data.size(); ++i) {
    const float variance = std::max(0.0f, mean_sq.data[i] - mean.data[i] * mean.data[i]);
    const float deviation = std::sqrt(variance);
    out.contrast.data[i] = deviation;
    const float value = (mean.data[i] - gray.data[i]) / std::max(deviation, kMinDeviation);
    out.ridges.data[i] = std::clamp(value, -kClamp, kClamp);
  }
  return out;
}

}  // namespace ridgeline::matcher::extract
