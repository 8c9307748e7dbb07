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

/**
 * Away from the borders no reflection applies and every even (odd) output
 * draws on the same pattern of stored samples, shifted by one per output
 * pair: out[2j+p] = sum_i weight[p][i] * line[j + offset[p][i]]. The 2-D row
 * pass uses this to run unit-stride loops instead of per-sample tap lists.
 */
struct InteriorPattern {
  int first = 0;  // first output index covered (inclusive)
  int last = -1;  // last output index covered (inclusive); last < first: none
  std::vector<int32_t> offset[2];
  std::vector<float> weight[2];
};

InteriorPattern buildInteriorPattern(int length, bool highpassFirst, const std::vector<float>& lowpass,
                                     const std::vector<float>& highpass);

/** N >= 2; filters odd-length, symmetric and centred. */
SynthesisTaps buildSynthesisTaps(int length, bool highpassFirst, const std::vector<float>& lowpass,
                                 const std::vector<float>& highpass);

}  // namespace ridgeline::wsq
