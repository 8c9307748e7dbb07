#include "matcher/extract/orientation.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {
// Tensor window: (2r+1) cells = 20 px, about two ridge periods.
constexpr int kTensorRadius = 2;
// Smoothing of the direction field, two box passes each (~ Gaussian):
// fine sigma ~ 5 px, coarse sigma ~ 11 px.
constexpr int kFineRadius = 1;
constexpr int kCoarseRadius = 3;
constexpr int kSmoothPasses = 2;
// Agreement of the fine field (0..1) between which the coarse one fades out.
constexpr float kBlendLow = 0.6f;
constexpr float kBlendHigh = 0.9f;

struct Smoothed {
  FloatGrid cos2;
  FloatGrid sin2;
};

// Coherence-weighted mean of the doubled-angle vectors, normalised by the mean
// weight so that the length measures directional agreement (1 = all agree).
Smoothed SmoothDirections(const FloatGrid& cos2, const FloatGrid& sin2, const FloatGrid& coherence, int radius) {
  Smoothed out{cos2, sin2};
  FloatGrid weight = coherence;
  for (int pass = 0; pass < kSmoothPasses; ++pass) {
    out.cos2 = BoxMean(out.cos2, radius);
    out.sin2 = BoxMean(out.sin2, radius);
    weight = BoxMean(weight, radius);
  }
  for (size_t c = 0; c < weight.data.size(); ++c) {
    if (weight.data[c] > 1e-6f) {
      out.cos2.data[c] /= weight.data[c];
      out.sin2.data[c] /= weight.data[c];
    }
  }
  return out;
}

}  // namespace

float OrientationField::AngleAt(float x, float y) const {
  const float cx = std::clamp(x / kCell - 0.5f, 0.0f, static_cast<float>(columns - 1));
  const float cy = std::clamp(y / kCell - 0.5f, 0.0f, static_cast<float>(rows - 1));
  const int x0 = std::min(static_cast<int>(cx), std::max(columns - 2, 0));
  const int y0 = std::min(static_cast<int>(cy), std::max(rows - 2, 0));
  const int x1 = std::min(x0 + 1, columns - 1);
  const int y1 = std::min(y0 + 1, rows - 1);
  const float fx = cx - x0;
  const float fy = cy - y0;
  auto lerp = [&](const FloatGrid& g) {
    return (g.at(x0, y0) * (1 - fx) + g.at(x1, y0) * fx) * (1 - fy) +
           (g.at(x0, y1) * (1 - fx) + g.at(x1, y1) * fx) * fy;
  };
  float angle = 0.5f * std::atan2(lerp(sin2), lerp(cos2));
  if (angle < 0) angle += static_cast<float>(M_PI);
  return angle;
}

float OrientationField::ReliabilityAt(int x, int y) const {
  const int cx = std::clamp(x / kCell, 0, columns - 1);
  const int cy = std::clamp(y / kCell, 0, rows - 1);
  return std::hypot(cos2.at(cx, cy), sin2.at(cx, cy));
}

OrientationField EstimateOrientation(const FloatGrid& gray) {
  OrientationField field;
  field.columns = (gray.width + kCell - 1) / kCell;
  field.rows = (gray.height + kCell - 1) / kCell;
  FloatGrid gxx(field.columns, field.rows), gyy(field.columns, field.rows), gxy(field.columns, field.rows);
  FloatGrid counts(field.columns, field.rows);

  // Sobel gradients summed per cell.
  const int w = gray.width;
  for (int y = 1; y + 1 < gray.height; ++y) {
    const float* up = &gray.data[static_cast<size_t>(y - 1) * w];
    const float* mid = up + w;
    const float* down = mid + w;
    const int cy = y / kCell;
    for (int x = 1; x + 1 < w; ++x) {
      const float gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) - (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
      const float gy = (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
      const size_t c = static_cast<size_t>(cy) * field.columns + x / kCell;
      gxx.data[c] += gx * gx;
      gyy.data[c] += gy * gy;
      gxy.data[c] += gx * gy;
      counts.data[c] += 1;
    }
  }
  for (size_t c = 0; c < counts.data.size(); ++c) {
    const float n = std::max(counts.data[c], 1.0f) * 16.0f;  // Sobel gain 4 per axis, squared
    gxx.data[c] /= n;
    gyy.data[c] /= n;
    gxy.data[c] /= n;
  }
  gxx = BoxMean(gxx, kTensorRadius);
  gyy = BoxMean(gyy, kTensorRadius);
  gxy = BoxMean(gxy, kTensorRadius);

  field.cos2 = FloatGrid(field.columns, field.rows);
  field.sin2 = FloatGrid(field.columns, field.rows);
  field.coherence = FloatGrid(field.columns, field.rows);
  field.energy = FloatGrid(field.columns, field.rows);
  for (size_t c = 0; c < gxx.data.size(); ++c) {
    const float diff = gxx.data[c] - gyy.data[c];
    const float cross = 2 * gxy.data[c];
    const float total = gxx.data[c] + gyy.data[c];
    const float anisotropy = std::hypot(diff, cross);
    const float coherence = total > 1e-6f ? anisotropy / total : 0.0f;
    field.coherence.data[c] = coherence;
    field.energy.data[c] = total;
    // The ridge runs perpendicular to the dominant gradient: doubled angle + pi.
    if (anisotropy > 1e-9f) {
      field.cos2.data[c] = -diff / anisotropy * coherence;
      field.sin2.data[c] = -cross / anisotropy * coherence;
    }
  }
  // Two smoothing scales: the fine one keeps the bend of ridges around cores
  // and deltas, the coarse one bridges creases, scars and noise. Where the fine
  // field is self-consistent it is used; elsewhere the coarse one takes over.
  const Smoothed fine = SmoothDirections(field.cos2, field.sin2, field.coherence, kFineRadius);
  const Smoothed coarse = SmoothDirections(field.cos2, field.sin2, field.coherence, kCoarseRadius);
  for (size_t c = 0; c < field.cos2.data.size(); ++c) {
    const float agreement = std::hypot(fine.cos2.data[c], fine.sin2.data[c]);
    const float w = std::clamp((agreement - kBlendLow) / (kBlendHigh - kBlendLow), 0.0f, 1.0f);
    field.cos2.data[c] = w * fine.cos2.data[c] + (1 - w) * coarse.cos2.data[c];
    field.sin2.data[c] = w * fine.sin2.data[c] + (1 - w) * coarse.sin2.data[c];
  }
  return field;
}

}  // namespace ridgeline::matcher::extract
