#include "wsq/quantization.h"

namespace ridgeline::wsq {

size_t codedCoefficientCount(const QuantizationTable& table, const SubbandTree& tree) {
  size_t count = 0;
  for (int k = 0; k < kCodedSubbands; ++k) {
    if (table.q[k] == 0.0f) continue;
    count += static_cast<size_t>(tree.subbands[k].width) * tree.subbands[k].height;
  }
  return count;
}

void dequantize(const std::vector<int32_t>& indices, const QuantizationTable& table, const SubbandTree& tree,
                int width, std::vector<float>& image) {
  const float center = table.binCenter;
  size_t next = 0;
  for (int k = 0; k < kCodedSubbands; ++k) {
    const float q = table.q[k];
    if (q == 0.0f) continue;
    const float halfZero = table.z[k] / 2.0f;
    const Subband& band = tree.subbands[k];
    for (int y = 0; y < band.height; ++y) {
      float* row = image.data() + static_cast<size_t>(band.y + y) * width + band.x;
      for (int x = 0; x < band.width; ++x, ++next) {
        // Branch-free form of the two reconstruction rules (sign s = +1/-1;
        // s = 0 gives 0 for an index of 0): coefficient signs are random,
        // so branches would mispredict half the time.
        const int32_t p = indices[next];
        const float s = static_cast<float>((p > 0) - (p < 0));
        row[x] = q * (static_cast<float>(p) - s * center) + s * halfZero;
      }
    }
  }
}

}  // namespace ridgeline::wsq
