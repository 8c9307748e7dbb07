// Stage 8: thinning to a one-pixel, 8-connected ridge skeleton.
// Zhang-Suen reduces ridges to (almost) unit width; a second pass removes the
// remaining "simple" pixels (staircase corners, small triangles) so that every
// skeleton pixel that is not a minutia has exactly two neighbours.
#pragma once

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

// Returns the skeleton with a one-pixel zero frame guaranteed (border pixels cleared).
ByteGrid Thin(const ByteGrid& binary);

}  // namespace ridgeline::matcher::extract
