// Stage 4: region of interest. A cell belongs to the print when its ridge
// structure is strong relative to the rest of the image; the mask is then
// smoothed, reduced to the largest component and its holes filled.
#pragma once

#include "matcher/extract/grid.h"
#include "matcher/extract/orientation.h"

namespace ridgeline::matcher::extract {

struct Segmentation {
  ByteGrid cells;          // per orientation cell: 1 = fingerprint
  FloatGrid border_depth;  // per cell: distance (in pixels) to the nearest background cell

  bool ContainsPixel(int x, int y) const;
  float DepthAtPixel(int x, int y) const;
};

Segmentation Segment(const OrientationField& field);

}  // namespace ridgeline::matcher::extract
