// Stage 2: local contrast normalisation. Pressure and sensor gain vary across
// a print; subtracting the local mean and dividing by the local standard
// deviation makes later stages independent of them. Polarity is flipped so
// ridges (dark) become positive. Statistics are gathered per 4x4 cell,
// smoothed over ~2 ridge periods and interpolated, which costs a few
// operations per pixel instead of full-resolution window filters.
#pragma once

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

// (local mean - gray) / local deviation, clamped to [-3, 3].
FloatGrid Normalise(const FloatGrid& gray);

}  // namespace ridgeline::matcher::extract
