#include "matcher/extract/quality.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {
// Depth (pixels from the edge of the print) at which the edge no longer matters.
constexpr float kFullDepth = 40.0f;
}  // namespace

void AssignQuality(std::vector<Candidate>& candidates, const OrientationField& field, const Segmentation& seg) {
  for (Candidate& c : candidates) {
    if (c.removed) continue;
    const float clarity = std::clamp(field.ReliabilityAt(c.x, c.y), 0.0f, 1.0f);
    const float depth = std::clamp(seg.DepthAtPixel(c.x, c.y) / kFullDepth, 0.0f, 1.0f);
    c.quality = clarity * (0.5f + 0.5f * depth);
  }
}

uint8_t PrintQuality(const std::vector<Candidate>& candidates, const OrientationField& field, const Segmentation& seg,
                     double working_ppi) {
  double clarity = 0;
  int cells = 0;
  for (int cy = 0; cy < seg.cells.height; ++cy) {
    for (int cx = 0; cx < seg.cells.width; ++cx) {
      if (!seg.cells.at(cx, cy)) continue;
      clarity += std::clamp(field.ReliabilityAt(cx * kCell + kCell / 2, cy * kCell + kCell / 2), 0.0f, 1.0f);
      ++cells;
    }
  }
  if (cells == 0) return 0;
  clarity /= cells;
  const double mm_per_pixel = 25.4 / working_ppi;
  const double area_mm2 = cells * kCell * kCell * mm_per_pixel * mm_per_pixel;
  int reliable = 0;
  for (const Candidate& c : candidates) reliable += !c.removed && c.quality >= 0.4f;
  const double area = std::min(1.0, area_mm2 / 150.0);
  const double minutiae = std::min(1.0, reliable / 30.0);
  const double score = 100.0 * std::pow(clarity, 0.75) * (0.3 + 0.7 * area) * (0.4 + 0.6 * minutiae);
  return static_cast<uint8_t>(std::clamp(std::lround(score), 0L, 100L));
}

}  // namespace ridgeline::matcher::extract
