#include "matcher/extract/normalise.h"

#include <algorithm>
#include <cmath>
#include <vector>

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

  // Bilinear interpolation between cell centres. The horizontal weights are
  // the same for every row: computed once per column.
  std::vector<int> x0s(gray.width), x1s(gray.width);
  std::vector<float> fxs(gray.width);
  for (int x = 0; x < gray.width; ++x) {
    const float cx = std::clamp((x + 0.5f) / kCell - 0.5f, 0.0f, static_cast<float>(columns - 1));
    x0s[x] = std::min(static_cast<int>(cx), std::max(columns - 2, 0));
    x1s[x] = std::min(x0s[x] + 1, columns - 1);
    fxs[x] = cx - x0s[x];
  }
  FloatGrid out(gray.width, gray.height);
  std::vector<float> row_mean(columns), row_gain(columns);
  for (int y = 0; y < gray.height; ++y) {
    const float cy = std::clamp((y + 0.5f) / kCell - 0.5f, 0.0f, static_cast<float>(rows - 1));
    const int y0 = std::min(static_cast<int>(cy), std::max(rows - 2, 0));
    const int y1 = std::min(y0 + 1, rows - 1);
    const float fy = cy - y0;
    // Interpolate vertically once per cell column, then horizontally per pixel.
    for (int c = 0; c < columns; ++c) {
      row_mean[c] = mean.at(c, y0) * (1 - fy) + mean.at(c, y1) * fy;
      row_gain[c] = gain.at(c, y0) * (1 - fy) + gain.at(c, y1) * fy;
    }
    const float* src = &gray.data[static_cast<size_t>(y) * gray.width];
    float* dst = &out.data[static_cast<size_t>(y) * gray.width];
    for (int x = 0; x < gray.width; ++x) {
      const float fx = fxs[x];
      const float m = row_mean[x0s[x]] * (1 - fx) + row_mean[x1s[x]] * fx;
      const float g = row_gain[x0s[x]] * (1 - fx) + row_gain[x1s[x]] * fx;
      dst[x] = std::clamp((m - src[x]) * g, -kClamp, kClamp);
    }
  }
  return out;
}

}  // namespace ridgeline::matcher::extract
