// Stage 6: contextual (oriented) filtering, a separable approximation of a
// Gabor filter bank: a Gaussian along the local ridge direction, then a
// zero-mean Gabor profile across it tuned to the local ridge period. Kernels
// are precomputed per quantised orientation and period and applied along
// digital lines with integer offsets, so each pixel costs 36 multiply-adds
// (19 along, 17 across) and no interpolation.
#pragma once

#include "matcher/extract/frequency.h"
#include "matcher/extract/grid.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

// Positive on ridges, negative in valleys, 0 outside the region of interest.
FloatGrid Enhance(const FloatGrid& ridges, const OrientationField& field, const RidgePeriod& period,
                  const Segmentation& seg);

}  // namespace ridgeline::matcher::extract
