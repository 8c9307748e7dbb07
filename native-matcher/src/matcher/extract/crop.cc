#include "matcher/extract/crop.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {

// Cells of ~4 px at 500 ppi average the sensor noise away but keep ridges (period ~9 px).
constexpr int kCellAt500 = 4;
constexpr int kCellsPerBlock = 4;
// A block is print when its cell means vary this much: absolutely (gray
// levels) and relative to the strongest blocks (the 95th percentile).
constexpr float kAbsoluteDeviation = 3.0f;
constexpr float kRelativeDeviation = 0.1f;
// Margin kept around the print's blocks, in 500 ppi pixels.
constexpr int kMarginAt500 = 32;
// Crop only when it saves at least this share of the pixels.
constexpr double kMinSaving = 0.2;

}  // namespace

Crop CropToPrint(const GrayImageView& image) {
  Crop crop;
  crop.view = image;
  const int cell = std::max(2, static_cast<int>(std::lround(kCellAt500 * image.ppi / 500.0)));
  const int columns = image.width / cell, rows = image.height / cell;
  const int block_columns = columns / kCellsPerBlock, block_rows = rows / kCellsPerBlock;
  if (block_columns < 3 || block_rows < 3) return crop;

  std::vector<float> means(static_cast<size_t>(columns) * rows, 0.0f);
  for (int y = 0; y < rows * cell; ++y) {
    const uint8_t* row = image.pixels + static_cast<size_t>(y) * image.width;
    float* out = &means[static_cast<size_t>(y / cell) * columns];
    for (int x = 0; x < columns * cell; ++x) out[x / cell] += row[x];
  }
  const float per_cell = 1.0f / (cell * cell);
  for (float& m : means) m *= per_cell;

  std::vector<float> deviation(static_cast<size_t>(block_columns) * block_rows);
  for (int by = 0; by < block_rows; ++by) {
    for (int bx = 0; bx < block_columns; ++bx) {
      float sum = 0, sum_sq = 0;
      for (int cy = 0; cy < kCellsPerBlock; ++cy) {
        for (int cx = 0; cx < kCellsPerBlock; ++cx) {
          const float m = means[static_cast<size_t>(by * kCellsPerBlock + cy) * columns + bx * kCellsPerBlock + cx];
          sum += m;
          sum_sq += m * m;
        }
      }
      const float n = kCellsPerBlock * kCellsPerBlock;
      deviation[static_cast<size_t>(by) * block_columns + bx] = std::sqrt(std::max(0.0f, sum_sq / n - sum * sum / (n * n)));
    }
  }
  std::vector<float> sorted(deviation);
  const size_t k = static_cast<size_t>(0.95 * (sorted.size() - 1));
  std::nth_element(sorted.begin(), sorted.begin() + k, sorted.end());
  const float threshold = std::max(kAbsoluteDeviation, kRelativeDeviation * sorted[k]);

  // Bounding box of print blocks that have print neighbours (a lone block is dust).
  int left = block_columns, right = -1, top = block_rows, bottom = -1;
  auto print = [&](int bx, int by) {
    return bx >= 0 && by >= 0 && bx < block_columns && by < block_rows &&
           deviation[static_cast<size_t>(by) * block_columns + bx] > threshold;
  };
  for (int by = 0; by < block_rows; ++by) {
    for (int bx = 0; bx < block_columns; ++bx) {
      if (!print(bx, by)) continue;
      int neighbours = 0;
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) neighbours += (dx != 0 || dy != 0) && print(bx + dx, by + dy);
      if (neighbours < 3) continue;
      left = std::min(left, bx), right = std::max(right, bx);
      top = std::min(top, by), bottom = std::max(bottom, by);
    }
  }
  if (right < 0) return crop;  // no print found: let the pipeline decide
  const int block = cell * kCellsPerBlock;
  const int margin = static_cast<int>(std::lround(kMarginAt500 * image.ppi / 500.0));
  const int x0 = std::max(0, left * block - margin), y0 = std::max(0, top * block - margin);
  const int x1 = std::min(image.width, (right + 1) * block + margin);
  const int y1 = std::min(image.height, (bottom + 1) * block + margin);
  const double kept = static_cast<double>(x1 - x0) * (y1 - y0) / (static_cast<double>(image.width) * image.height);
  if (kept > 1 - kMinSaving) return crop;
  // Leave enough around a tiny print for the later stages' windows.
  if ((x1 - x0) * 500.0 / image.ppi < 96 || (y1 - y0) * 500.0 / image.ppi < 96) return crop;

  crop.x0 = x0;
  crop.y0 = y0;
  crop.pixels.resize(static_cast<size_t>(x1 - x0) * (y1 - y0));
  for (int y = y0; y < y1; ++y) {
    std::copy_n(image.pixels + static_cast<size_t>(y) * image.width + x0, x1 - x0,
                &crop.pixels[static_cast<size_t>(y - y0) * (x1 - x0)]);
  }
  crop.view = GrayImageView{x1 - x0, y1 - y0, crop.pixels.data(), image.ppi};
  return crop;
}

}  // namespace ridgeline::matcher::extract
