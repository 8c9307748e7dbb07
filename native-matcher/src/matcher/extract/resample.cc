#include "matcher/extract/resample.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {

FloatGrid ToFloat(const GrayImageView& image) {
  FloatGrid out(image.width, image.height);
  const size_t n = static_cast<size_t>(image.width) * image.height;
  for (size_t i = 0; i < n; ++i) out.data[i] = image.pixels[i];
  return out;
}

float Bilinear(const FloatGrid& g, double x, double y) {
  x = std::clamp(x, 0.0, static_cast<double>(g.width - 1));
  y = std::clamp(y, 0.0, static_cast<double>(g.height - 1));
  const int x0 = std::min(static_cast<int>(x), g.width - 2 < 0 ? 0 : g.width - 2);
  const int y0 = std::min(static_cast<int>(y), g.height - 2 < 0 ? 0 : g.height - 2);
  const int x1 = std::min(x0 + 1, g.width - 1);
  const int y1 = std::min(y0 + 1, g.height - 1);
  const double fx = x - x0;
  const double fy = y - y0;
  const double top = g.at(x0, y0) * (1 - fx) + g.at(x1, y0) * fx;
  const double bottom = g.at(x0, y1) * (1 - fx) + g.at(x1, y1) * fx;
  return static_cast<float>(top * (1 - fy) + bottom * fy);
}

}  // namespace

WorkingImage ResampleToWorking(const GrayImageView& image) {
  WorkingImage result;
  result.scale = kWorkingPpi / image.ppi;
  FloatGrid source = ToFloat(image);
  if (std::abs(result.scale - 1.0) < 0.02) {
    result.scale = 1.0;
    result.pixels = std::move(source);
    return result;
  }
  // Downsampling: average over the footprint of one output pixel first so that
  // fine noise does not alias into ridge-like patterns.
  if (result.scale < 1.0) {
    const int radius = static_cast<int>(std::floor(0.5 / result.scale));
    if (radius > 0) source = BoxMean(source, radius);
  }
  const int width = std::max(1, static_cast<int>(std::lround(image.width * result.scale)));
  const int height = std::max(1, static_cast<int>(std::lround(image.height * result.scale)));
  result.pixels = FloatGrid(width, height);
  for (int y = 0; y < height; ++y) {
    const double sy = (y + 0.5) / result.scale - 0.5;
    for (int x = 0; x < width; ++x) {
      const double sx = (x + 0.5) / result.scale - 0.5;
      result.pixels.at(x, y) = Bilinear(source, sx, sy);
    }
  }
  return result;
}

}  // namespace ridgeline::matcher::extract
