#include "matcher/extract/quality.h"

#include <algorithm>

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

}  // namespace ridgeline::matcher::extract
