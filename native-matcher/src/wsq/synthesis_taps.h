// One-dimensional synthesis of a line of length N from its lowpass and
// highpass halves, written as, for every output sample, the list of stored
// coefficients it draws on and their weights. Symmetric extension and the
// half order (spectral inversion) are resolved once here, so the 2-D passes
// are plain weighted sums.
//
// Lowpass sample k sits at even position 2k of the upsampled line, highpass
// sample k at odd position 2k+1; both upsampled lines are extended by whole-
// sample symmetry about 0 and N-1 (the specification's rule for odd-length
// filters), which is what makes the transform invertible at the borders.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ridgeline::wsq {

struct SynthesisTaps {
  std::vector<int32_t> begin;   // N+1 offsets into source/weight
  std::vector<int32_t> source;  // index of the stored coefficient in the line
  std::vector<float> weight;
};

/** N >= 2; filters odd-length, symmetric and centred. */
SynthesisTaps buildSynthesisTaps(int length, bool highpassFirst, const std::vector<float>& lowpass,
                                 const std::vector<float>& highpass);

}  // namespace ridgeline::wsq
