// Bit allocation of the WSQ encoder (specification annex on quantization):
// the variance of every subband, then the bin widths Q_k that spread the
// target bit rate over the subbands in proportion to their log-variance,
// dropping subbands whose share would be non-positive. Zero bins Z_k = 1.2 Q_k.
#pragma once
#include <array>
#include <vector>

#include "wsq/subband_tree.h"
#include "wsq/tables.h"

namespace ridgeline::wsq {

/** Variances of subbands 0..59 of a decomposed image. */
std::array<double, kCodedSubbands> subbandVariances(const std::vector<float>& image, int width,
                                                     const SubbandTree& tree);

/** Bin widths for `bitsPerPixel`; Q_k = 0 marks a subband that is not coded. */
struct BinWidths {
  std::array<double, kSubbandCount> q{};
  std::array<double, kSubbandCount> z{};
};

BinWidths allocateBits(const std::array<double, kCodedSubbands>& variances, double bitsPerPixel);

}  // namespace ridgeline::wsq
