#include "wsq/dwt.h"

#include <algorithm>

#include "wsq/synthesis_taps.h"

namespace ridgeline::wsq {
namespace {

// Column pass: output row n of the node is a weighted sum of whole stored
// rows, so the inner loop runs along contiguous memory and vectorises.
void synthesizeColumns(const float* in, float* out, int stride, int nodeWidth, const SynthesisTaps& taps,
                       int nodeHeight) {
  for (int n = 0; n < nodeHeight; ++n) {
    float* dst = out + static_cast<size_t>(n) * stride;
    int t = taps.begin[n];
    const int end = taps.begin[n + 1];
    std::fill(dst, dst + nodeWidth, 0.0f);
    // Four taps per sweep: a quarter of the read-modify-write traffic on dst.
    for (; t + 4 <= end; t += 4) {
      const float* s0 = in + static_cast<size_t>(taps.source[t]) * stride;
      const float* s1 = in + static_cast<size_t>(taps.source[t + 1]) * stride;
      const float* s2 = in + static_cast<size_t>(taps.source[t + 2]) * stride;
      const float* s3 = in + static_cast<size_t>(taps.source[t + 3]) * stride;
      const float w0 = taps.weight[t], w1 = taps.weight[t + 1], w2 = taps.weight[t + 2], w3 = taps.weight[t + 3];
      for (int x = 0; x < nodeWidth; ++x) dst[x] += ((w0 * s0[x] + w1 * s1[x]) + (w2 * s2[x] + w3 * s3[x]));
    }
    for (; t < end; ++t) {
      const float* src = in + static_cast<size_t>(taps.source[t]) * stride;
      const float w = taps.weight[t];
      for (int x = 0; x < nodeWidth; ++x) dst[x] += w * src[x];
    }
  }
}

float tapSum(const float* src, const SynthesisTaps& taps, int n) {
  float sum = 0.0f;
  for (int t = taps.begin[n]; t < taps.begin[n + 1]; ++t) sum += taps.weight[t] * src[taps.source[t]];
  return sum;
}

// Row pass: the borders use the tap lists (they reflect); the interior
// computes even and odd outputs as unit-stride weighted sums and interleaves.
void synthesizeRows(const float* in, float* out, int stride, int nodeWidth, const SynthesisTaps& taps,
                    const InteriorPattern& interior, int nodeHeight) {
  // Whole output pairs (2j, 2j+1) inside the interior.
  const int firstPair = (interior.first + 1) / 2;
  const int endPair = interior.last >= 0 ? (interior.last + 1) / 2 : firstPair;
  const int pairs = endPair - firstPair;
  std::vector<float> phase[2] = {std::vector<float>(pairs > 0 ? pairs : 0), std::vector<float>(pairs > 0 ? pairs : 0)};
  for (int y = 0; y < nodeHeight; ++y) {
    const float* src = in + static_cast<size_t>(y) * stride;
    float* dst = out + static_cast<size_t>(y) * stride;
    if (pairs <= 0) {
      for (int n = 0; n < nodeWidth; ++n) dst[n] = tapSum(src, taps, n);
      continue;
    }
    for (int p = 0; p < 2; ++p) {
      float* acc = phase[p].data();
      std::fill(acc, acc + pairs, 0.0f);
      for (size_t i = 0; i < interior.offset[p].size(); ++i) {
        const float w = interior.weight[p][i];
        const float* line = src + interior.offset[p][i] + firstPair;
        for (int j = 0; j < pairs; ++j) acc[j] += w * line[j];
      }
    }
    for (int n = 0; n < 2 * firstPair; ++n) dst[n] = tapSum(src, taps, n);
    for (int j = 0; j < pairs; ++j) {
      dst[2 * (firstPair + j)] = phase[0][j];
      dst[2 * (firstPair + j) + 1] = phase[1][j];
    }
    for (int n = 2 * endPair; n < nodeWidth; ++n) dst[n] = tapSum(src, taps, n);
  }
}

}  // namespace

void inverseTransform(std::vector<float>& image, int width, int height, const SubbandTree& tree,
                      const TransformTable& filters) {
  std::vector<float> scratch(static_cast<size_t>(width) * height);
  for (int i = kTransformNodes - 1; i >= 0; --i) {
    const TransformNode& node = tree.nodes[i];
    const size_t origin = static_cast<size_t>(node.y) * width + node.x;
    SynthesisTaps columns = buildSynthesisTaps(node.height, node.invertColumns, filters.lowpass, filters.highpass);
    synthesizeColumns(image.data() + origin, scratch.data() + origin, width, node.width, columns, node.height);
    SynthesisTaps rows = buildSynthesisTaps(node.width, node.invertRows, filters.lowpass, filters.highpass);
    InteriorPattern interior = buildInteriorPattern(node.width, node.invertRows, filters.lowpass, filters.highpass);
    synthesizeRows(scratch.data() + origin, image.data() + origin, width, node.width, rows, interior, node.height);
  }
}

}  // namespace ridgeline::wsq
