#include "matcher/extract/frequency.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ridgeline::matcher::extract {

namespace {

constexpr int kAcross = 32;  // signature length across the ridges (about 3.5 periods)
constexpr int kAlong = 16;   // samples averaged along the ridge per signature point

// Mean spacing of successive extrema of one kind (peaks when sign = 1,
// troughs when sign = -1), with parabolic sub-sample refinement. 0 if < 2 found.
float ExtremaSpacing(const float* s, int n, float sign) {
  float first = -1;
  float last = -1;
  int count = 0;
  for (int k = 1; k + 1 < n; ++k) {
    const float a = sign * s[k - 1];
    const float b = sign * s[k];
    const float c = sign * s[k + 1];
    if (b > a && b >= c && b > 0) {
      const float denom = a - 2 * b + c;
      const float offset = denom < 0 ? 0.5f * (a - c) / denom : 0.0f;
      const float pos = k + offset;
      if (first < 0) first = pos;
      last = pos;
      ++count;
    }
  }
  return count >= 2 ? (last - first) / (count - 1) : 0.0f;
}

float BlockPeriod(const FloatGrid& ridges, float cx, float cy, float angle) {
  const float tx = std::cos(angle);
  const float ty = std::sin(angle);
  const float nx = -ty;
  const float ny = tx;
  float raw[kAcross];
  for (int k = 0; k < kAcross; ++k) {
    const float ox = cx + (k - kAcross / 2) * nx;
    const float oy = cy + (k - kAcross / 2) * ny;
    float sum = 0;
    int used = 0;
    for (int j = -kAlong / 2; j < kAlong / 2; ++j) {
      const int x = static_cast<int>(RoundCoordinate(ox + j * tx));
      const int y = static_cast<int>(RoundCoordinate(oy + j * ty));
      if (!ridges.contains(x, y)) continue;
      sum += ridges.at(x, y);
      ++used;
    }
    raw[k] = used > 0 ? sum / used : 0.0f;
  }
  float smooth[kAcross];
  smooth[0] = raw[0];
  smooth[kAcross - 1] = raw[kAcross - 1];
  for (int k = 1; k + 1 < kAcross; ++k) smooth[k] = 0.25f * raw[k - 1] + 0.5f * raw[k] + 0.25f * raw[k + 1];
  const float peaks = ExtremaSpacing(smooth, kAcross, 1.0f);
  const float troughs = ExtremaSpacing(smooth, kAcross, -1.0f);
  float period = 0;
  if (peaks > 0 && troughs > 0) {
    // Peaks and troughs must agree, otherwise the signature is not periodic.
    if (std::abs(peaks - troughs) > 0.25f * std::max(peaks, troughs)) return 0.0f;
    period = 0.5f * (peaks + troughs);
  } else {
    period = std::max(peaks, troughs);
  }
  return period >= kMinPeriod && period <= kMaxPeriod ? period : 0.0f;
}

}  // namespace

RidgePeriod EstimatePeriod(const FloatGrid& ridges, const OrientationField& field, const Segmentation& seg) {
  RidgePeriod result;
  const int columns = (ridges.width + kFrequencyBlock - 1) / kFrequencyBlock;
  const int rows = (ridges.height + kFrequencyBlock - 1) / kFrequencyBlock;
  FloatGrid periods(columns, rows, 0.0f);
  std::vector<float> valid;
  for (int by = 0; by < rows; ++by) {
    for (int bx = 0; bx < columns; ++bx) {
      const float cx = std::min(bx * kFrequencyBlock + kFrequencyBlock / 2, ridges.width - 1);
      const float cy = std::min(by * kFrequencyBlock + kFrequencyBlock / 2, ridges.height - 1);
      if (!seg.ContainsPixel(static_cast<int>(cx), static_cast<int>(cy))) continue;
      const float period = BlockPeriod(ridges, cx, cy, field.AngleAt(cx, cy));
      periods.at(bx, by) = period;
      if (period > 0) valid.push_back(period);
    }
  }
  if (!valid.empty()) {
    std::nth_element(valid.begin(), valid.begin() + valid.size() / 2, valid.end());
    result.median = valid[valid.size() / 2];
  }
  // Fill unknown blocks from known neighbours, growing outwards a few rings;
  // whatever is still unknown gets the print's median period.
  for (int ring = 0; ring < 4; ++ring) {
    FloatGrid next = periods;
    for (int by = 0; by < rows; ++by) {
      for (int bx = 0; bx < columns; ++bx) {
        if (periods.at(bx, by) > 0) continue;
        float sum = 0;
        int used = 0;
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx)
            if (periods.contains(bx + dx, by + dy) && periods.at(bx + dx, by + dy) > 0) {
              sum += periods.at(bx + dx, by + dy);
              ++used;
            }
        if (used > 0) next.at(bx, by) = sum / used;
      }
    }
    periods = std::move(next);
  }
  for (float& p : periods.data)
    if (p <= 0) p = result.median;
  result.blocks = BoxMean(periods, 1);
  return result;
}

}  // namespace ridgeline::matcher::extract
