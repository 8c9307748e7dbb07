// Stage 1: resolution normalisation. Every later stage is tuned for 500 ppi
// (ridge period ~9 px), so prints at 569 or 1000 ppi are resampled first and
// minutiae are mapped back to source pixels at the end.
#pragma once

#include "matcher/extract/grid.h"
#include "matcher/types.h"

namespace ridgeline::matcher::extract {

constexpr double kWorkingPpi = 500.0;

struct WorkingImage {
  FloatGrid pixels;     // gray levels 0..255 at kWorkingPpi
  double scale = 1.0;   // working pixels per source pixel

  // Centre-aligned mapping back to source pixel coordinates.
  float ToSourceX(float x) const { return static_cast<float>((x + 0.5) / scale - 0.5); }
  float ToSourceY(float y) const { return static_cast<float>((y + 0.5) / scale - 0.5); }
};

// Resolutions within 2% of 500 ppi are used as they are (no interpolation blur).
WorkingImage ResampleToWorking(const GrayImageView& image);

}  // namespace ridgeline::matcher::extract
