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
    std::fill(dst, dst + nodeWidth, 0.0f);
    for (int t = taps.begin[n]; t < taps.begin[n + 1]; ++t) {
      const float* src = in + static_cast<size_t>(taps.source[t]) * stride;
      const float w = taps.weight[t];
      for (int x = 0; x < nodeWidth; ++x) dst[x] += w * src[x];
    }
  }
}

void synthesizeRows(const float* in, float* out, int stride, int nodeWidth, const SynthesisTaps& taps,
                    int nodeHeight) {
  for (int y = 0; y < nodeHeight; ++y) {
    const float* src = in + static_cast<size_t>(y) * stride;
    float* dst = out + static_cast<size_t>(y) * stride;
    for (int n = 0; n < nodeWidth; ++n) {
      float sum = 0.0f;
      for (int t = taps.begin[n]; t < taps.begin[n + 1]; ++t) sum += taps.weight[t] * src[taps.source[t]];
      dst[n] = sum;
    }
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
    synthesizeRows(scratch.data() + origin, image.data() + origin, width, node.width, rows, node.height);
  }
}

}  // namespace ridgeline::wsq
