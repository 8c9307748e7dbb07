#include "matcher/extract/normalise.h"

#include <algorithm>
#include <cmath>

#include "matcher/extract/orientation.h"

namespace ridgeline::matcher::extract {

namespace {
// Window of (2r+1) cells = 20 px: contains at least one ridge and one valley.
constexpr int kWindowRadius = 2;
// Below this deviation a window is sensor noise; do not amplify it further.
constexpr float kMinDeviation = 6.0f;
constexpr float kClamp = 3.0f;
}  // namespace

FloatGrid Normalise(const FloatGrid& gray) {
  const int columns = (gray.width + kCell - 1) / kCell;
  const int rows = (gray.height + kCell - 1) / kCell;
  FloatGrid sum(columns, rows), sum_sq(columns, rows), count(columns, rows);
  for (int y = 0; y < gray.height; ++y) {
    const float* row = &gray.data[static_cast<size_t>(y) * gray.width];
    const size_t cell_row = static_cast<size_t>(y / kCell) * columns;
    for (int x = 0; x < gray.width; ++x) {
      const size_t c = cell_row + x / kCell;
      sum.data[c] += row[x];
      sum_sq.data[c] += row[x] * row[x];
      count.data[c] += 1;
    }
  }
  for (size_t c = 0; c < sum.data.size(); ++c) {
    sum.data[c] /= count.data[c];
    sum_sq.data[c] /= count.data[c];
  }
  const FloatGrid mean = BoxMean(sum, kWindowRadius);
  const FloatGrid mean_sq = BoxMean(sum_sq, kWindowRadius);
  FloatGrid gain(columns, rows);
  for (size_t c = 0; c < gain.data.size(); ++c) {
    const float deviation = std::sqrt(std::max(0.0f, mean_sq.data[c] - mean.data[c] * mean.data[c]));
    gain.data[c] = 1.0f / std::max(deviation, kMinDeviation);
  }

  // Bilinear interpolation between cell centres; separable weights per row/column.
  FloatGrid out(gray.width, gray.height);
  for (int y = 0; y < gray.height; ++y) {
    const float cy = std::clamp((y + 0.5f) / kCell - 0.5f, 0.0f, static_cast<float>(rows - 1));
    const int y0 = std::min(static_cast<int>(cy), std::max(rows - 2, 0));
    const int y1 = std::min(y0 + 1, rows - 1);
    const float fy = cy - y0;
    const float* row = &gray.data[static_cast<size_t>(y) * gray.width];
    float* dst = &out.data[static_cast<size_t>(y) * gray.width];
    for (int x = 0; x < gray.width; ++x) {
      const float cx = std::clamp((x + 0.5f) / kCell - 0.5f, 0.0f, static_cast<float>(columns - 1));
      const int x0 = std::min(static_cast<int>(cx), std::max(columns - 2, 0));
      const int x1 = std::min(x0 + 1, columns - 1);
      const float fx = cx - x0;
      const float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
      const float m = w00 * mean.at(x0, y0) + w10 * mean.at(x1, y0) + w01 * mean.at(x0, y1) + w11 * mean.at(x1, y1);
      const float g = w00 * gain.at(x0, y0) + w10 * gain.at(x1, y0) + w01 * gain.at(x0, y1) + w11 * gain.at(x1, y1);
      dst[x] = std::clamp((m - row[x]) * g, -kClamp, kClamp);
    }
  }
  return out;
}

}  // namespace ridgeline::matcher::extract
