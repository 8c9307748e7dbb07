// Dense 2-D arrays used by every extraction stage. One allocation per stage
// output, sized from the (validated, bounded) working image, never per pixel.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ridgeline::matcher::extract {

template <typename T>
struct Grid {
  int width = 0;
  int height = 0;
  std::vector<T> data;

  Grid() = default;
  Grid(int w, int h, T fill = T{}) : width(w), height(h), data(static_cast<size_t>(w) * h, fill) {}

  T& at(int x, int y) { return data[static_cast<size_t>(y) * width + x]; }
  const T& at(int x, int y) const { return data[static_cast<size_t>(y) * width + x]; }
  bool contains(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
};

using FloatGrid = Grid<float>;
using ByteGrid = Grid<uint8_t>;

// Mean over a (2r+1)^2 window, clamped at the borders (divides by the number of
// samples actually inside). Separable running sums: O(1) per pixel for any r.
FloatGrid BoxMean(const FloatGrid& in, int radius);

}  // namespace ridgeline::matcher::extract

namespace ridgeline::matcher::extract {

// Round to nearest for coordinates within +-4096 without a libm call
// (lround is not inlined without -ffast-math and dominated inner loops).
inline int RoundCoordinate(float v) { return static_cast<int>(v + 4096.5f) - 4096; }

}  // namespace ridgeline::matcher::extract
