#include "matcher/extract/grid.h"

#include <algorithm>

namespace ridgeline::matcher::extract {

namespace {

// One 1-D pass of the box mean along rows (stride 1) or columns (stride width).
void BoxPass(const float* in, float* out, int length, int count, int step, int stride, int radius) {
  for (int line = 0; line < count; ++line) {
    const float* src = in + static_cast<size_t>(line) * stride;
    float* dst = out + static_cast<size_t>(line) * stride;
    double sum = 0;
    int lo = 0;
    int hi = std::min(radius, length - 1);
    for (int i = lo; i <= hi; ++i) sum += src[static_cast<size_t>(i) * step];
    for (int i = 0; i < length; ++i) {
      dst[static_cast<size_t>(i) * step] = static_cast<float>(sum / (hi - lo + 1));
      const int next_hi = i + radius + 1;
      if (next_hi < length) {
        sum += src[static_cast<size_t>(next_hi) * step];
        hi = next_hi;
      }
      const int drop = i - radius;
      if (drop >= 0) {
        sum -= src[static_cast<size_t>(drop) * step];
        lo = drop + 1;
      }
    }
  }
}

}  // namespace

FloatGrid BoxMean(const FloatGrid& in, int radius) {
  FloatGrid tmp(in.width, in.height);
  FloatGrid out(in.width, in.height);
  if (in.width == 0 || in.height == 0) return out;
  BoxPass(in.data.data(), tmp.data.data(), in.width, in.height, 1, in.width, radius);
  BoxPass(tmp.data.data(), out.data.data(), in.height, in.width, in.width, 1, radius);
  return out;
}

}  // namespace ridgeline::matcher::extract
