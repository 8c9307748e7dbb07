// Stage 5: local ridge period (pixels per ridge-valley cycle at 500 ppi).
// Per block, gray levels are projected onto the ridge normal ("x-signature")
// and the spacing of its peaks and troughs is measured. Blocks without a clear
// signature inherit from their neighbours.
#pragma once

#include <algorithm>

#include "matcher/extract/grid.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

constexpr int kFrequencyBlock = 16;
constexpr float kMinPeriod = 4.0f;
constexpr float kMaxPeriod = 15.0f;

struct RidgePeriod {
  FloatGrid blocks;  // period per kFrequencyBlock x kFrequencyBlock block
  float median = 9.0f;

  float At(int x, int y) const {
    return blocks.at(std::min(x / kFrequencyBlock, blocks.width - 1), std::min(y / kFrequencyBlock, blocks.height - 1));
  }
};

RidgePeriod EstimatePeriod(const FloatGrid& ridges, const OrientationField& field, const Segmentation& seg);

}  // namespace ridgeline::matcher::extract
