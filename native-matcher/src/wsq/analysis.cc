#include "wsq/analysis.h"

#include <cstddef>
#include <cstdlib>

namespace ridgeline::wsq {
namespace {

// Whole-sample symmetric extension about 0 and length-1 (length >= 2), the
// rule that makes the odd-length filter pair invertible at the borders.
int reflect(int j, int length) {
  const int period = 2 * (length - 1);
  int r = j % period;
  if (r < 0) r += period;
  return r >= length ? period - r : r;
}

// One line of `length` samples, read and written with `stride`: lowpass
// outputs centred on even samples, highpass on odd ones. A spectrally
// inverted node stores its highpass half first.
class LineAnalyser {
 public:
  explicit LineAnalyser(const AnalysisFilters& filters) : low_(filters.lowpassHalf), high_(filters.highpassHalf) {
    reach_ = static_cast<int>(low_.size() > high_.size() ? low_.size() : high_.size());
  }

  void run(const float* src, float* dst, ptrdiff_t stride, int length, bool inverted) {
    // The line with `reach_` reflected samples on each side, so the filter loops have no branches.
    extended_.resize(static_cast<size_t>(length + 2 * reach_));
    for (int i = -reach_; i < length + reach_; ++i) extended_[i + reach_] = src[reflect(i, length) * stride];
    const float* line = extended_.data() + reach_;
    const int lowCount = (length + 1) / 2;
    const int highCount = length / 2;
    const int lowStart = inverted ? highCount : 0;
    const int highStart = inverted ? 0 : lowCount;
    const int lowTaps = static_cast<int>(low_.size());
    const int highTaps = static_cast<int>(high_.size());
    for (int k = 0; k < lowCount; ++k) {
      const float* c = line + 2 * k;
      float sum = low_[0] * c[0];
      for (int j = 1; j < lowTaps; ++j) sum += low_[j] * (c[j] + c[-j]);
      dst[(lowStart + k) * stride] = sum;
    }
    for (int k = 0; k < highCount; ++k) {
      const float* c = line + 2 * k + 1;
      float sum = high_[0] * c[0];
      for (int j = 1; j < highTaps; ++j) sum += high_[j] * (c[j] + c[-j]);
      dst[(highStart + k) * stride] = sum;
    }
  }

 private:
  const std::vector<float>& low_;
  const std::vector<float>& high_;
  int reach_ = 0;
  std::vector<float> extended_;
};

}  // namespace

const AnalysisFilters& standardFilters() {
  // CDF 9/7 scaled by sqrt(2), rounded as the specification's example tables store them.
  static const AnalysisFilters filters{
      {0.852698679f, 0.3774028556f, -0.1106244044f, -0.02384946502f, 0.03782845551f},
      {0.788485616f, -0.4180922732f, -0.04068941761f, 0.06453888263f},
  };
  return filters;
}

void forwardTransform(std::vector<float>& image, int width, int height, const SubbandTree& tree,
                      const AnalysisFilters& filters) {
  (void)height;
  LineAnalyser analyser(filters);
  std::vector<float> scratch(image.size());
  for (int i = 0; i < kTransformNodes; ++i) {
    const TransformNode& node = tree.nodes[i];
    const size_t origin = static_cast<size_t>(node.y) * width + node.x;
    for (int r = 0; r < node.height; ++r) {
      const size_t at = origin + static_cast<size_t>(r) * width;
      analyser.run(image.data() + at, scratch.data() + at, 1, node.width, node.invertRows);
    }
    for (int c = 0; c < node.width; ++c) {
      analyser.run(scratch.data() + origin + c, image.data() + origin + c, width, node.height, node.invertColumns);
    }
  }
}

}  // namespace ridgeline::wsq
