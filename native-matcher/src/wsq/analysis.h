// Forward wavelet transform of the WSQ decomposition (the encoder's side of
// dwt.h): every transform node, from the whole image (0) to the finest (19),
// is split by a row pass and then a column pass with the specification's
// 9/7 analysis filters, giving the 64 subbands of subband_tree.h in place.
#pragma once
#include <vector>

#include "wsq/subband_tree.h"

namespace ridgeline::wsq {

/** Analysis filters, centre tap first (the halves the transform table stores). */
struct AnalysisFilters {
  std::vector<float> lowpassHalf;   // 5 taps of the 9-tap lowpass filter
  std::vector<float> highpassHalf;  // 4 taps of the 7-tap highpass filter
};

/** The specification's filter pair, exactly as the encoder writes it into its transform table. */
const AnalysisFilters& standardFilters();

/** Decomposes `image` (width*height, row-major) in place. */
void forwardTransform(std::vector<float>& image, int width, int height, const SubbandTree& tree,
                      const AnalysisFilters& filters);

}  // namespace ridgeline::wsq
