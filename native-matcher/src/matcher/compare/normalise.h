// Stage 1 of comparison: bring a template's minutiae to a common frame
// (500 ppi, y up, angles in 1/256 turn), keeping at most kMaxMinutiae by quality.
#pragma once

#include "matcher/compare/prepared.h"
#include "matcher/types.h"

namespace ridgeline::matcher::compare {

// Fills prepared.scale, prepared.minutiae and prepared.source_index.
// Throws InvalidInput for non-finite ppi or coordinates.
void NormaliseMinutiae(const Template& tmpl, PreparedTemplate& prepared);

uint8_t QuantiseAngle(double radians);
double AngleRadians(int quantised);

}  // namespace ridgeline::matcher::compare
