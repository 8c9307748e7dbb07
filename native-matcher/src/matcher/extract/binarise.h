// Stage 7: binarisation. The enhanced image is zero-mean band-pass output, so
// its sign separates ridges (1) from valleys (0) without a threshold to tune.
#pragma once

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

ByteGrid Binarise(const FloatGrid& enhanced);

}  // namespace ridgeline::matcher::extract
