#include "matcher/extract/grid.h"

#include <algorithm>

namespace ridgeline::matcher::extract {

FloatGrid BoxMean(const FloatGrid& in, int radius) {
  const int w = in.width;
  const int h = in.height;
  FloatGrid out(w, h);
  if (w == 0 || h == 0) return out;
  // Vertical pass: running column sums, updated a whole row at a time so the
  // inner loops walk memory contiguously.
  std::vector<double> column(static_cast<size_t>(w), 0.0);
  std::vector<float> vertical(static_cast<size_t>(w) * h);
  int lo = 0;
  int hi = std::min(radius, h - 1);
  for (int y = lo; y <= hi; ++y)
    for (int x = 0; x < w; ++x) column[x] += in.data[static_cast<size_t>(y) * w + x];
  for (int y = 0; y < h; ++y) {
    const double inv = 1.0 / (hi - lo + 1);
    float* dst = &vertical[static_cast<size_t>(y) * w];
    for (int x = 0; x < w; ++x) dst[x] = static_cast<float>(column[x] * inv);
    if (y + radius + 1 < h) {
      hi = y + radius + 1;
      const float* add = &in.data[static_cast<size_t>(hi) * w];
      for (int x = 0; x < w; ++x) column[x] += add[x];
    }
    if (y - radius >= 0) {
      const float* drop = &in.data[static_cast<size_t>(y - radius) * w];
      for (int x = 0; x < w; ++x) column[x] -= drop[x];
      lo = y - radius + 1;
    }
  }
  // Horizontal pass along each row.
  for (int y = 0; y < h; ++y) {
    const float* src = &vertical[static_cast<size_t>(y) * w];
    float* dst = &out.data[static_cast<size_t>(y) * w];
    double sum = 0;
    int left = 0;
    int right = std::min(radius, w - 1);
    for (int x = left; x <= right; ++x) sum += src[x];
    for (int x = 0; x < w; ++x) {
      dst[x] = static_cast<float>(sum / (right - left + 1));
      if (x + radius + 1 < w) {
        right = x + radius + 1;
        sum += src[right];
      }
      if (x - radius >= 0) {
        sum -= src[x - radius];
        left = x - radius + 1;
      }
    }
  }
  return out;
}

}  // namespace ridgeline::matcher::extract
