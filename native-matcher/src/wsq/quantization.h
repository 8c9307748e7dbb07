// Dequantization (specification section 3.4): each coded subband's integer
// bin indices become wavelet coefficients at the reconstruction points
// Q_k (p - C) + Z_k/2 (p > 0) and Q_k (p + C) - Z_k/2 (p < 0).
#pragma once
#include <cstdint>
#include <vector>

#include "wsq/subband_tree.h"
#include "wsq/tables.h"

namespace ridgeline::wsq {

/** Number of coefficients coded in the data: all pixels of subbands with Q_k != 0. */
size_t codedCoefficientCount(const QuantizationTable& table, const SubbandTree& tree);

/** Writes the coefficients into `image` (width*height, zero where nothing was coded). */
void dequantize(const std::vector<int32_t>& indices, const QuantizationTable& table, const SubbandTree& tree,
                int width, std::vector<float>& image);

}  // namespace ridgeline::wsq
