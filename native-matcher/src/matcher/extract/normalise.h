// Stage 2: local contrast normalisation. Pressure and sensor gain vary across
// a print; dividing by the local standard deviation makes later thresholds
// independent of them. Polarity is flipped so ridges (dark) become positive.
#pragma once

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

struct Normalised {
  FloatGrid ridges;     // (local mean - gray) / local std, clamped to [-3, 3]
  FloatGrid contrast;   // local standard deviation of the gray levels
};

Normalised Normalise(const FloatGrid& gray);

}  // namespace ridgeline::matcher::extract
