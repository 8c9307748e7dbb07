// Inverse discrete wavelet transform of the WSQ decomposition: every
// transform node, from the finest (19) to the whole image (0), is rebuilt
// from its four quadrants by a column pass and then a row pass.
#pragma once
#include <vector>

#include "wsq/subband_tree.h"
#include "wsq/tables.h"

namespace ridgeline::wsq {

/** Reconstructs `image` (width*height, row-major) in place from its subbands. */
void inverseTransform(std::vector<float>& image, int width, int height, const SubbandTree& tree,
                      const TransformTable& filters);

}  // namespace ridgeline::wsq
