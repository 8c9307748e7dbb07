#include "matcher/extract/segment.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ridgeline::matcher::extract {

namespace {

// A cell is foreground when its gradient energy exceeds this share of the
// 90th percentile over the image (strong ridges are always present in a print).
constexpr float kRelativeEnergy = 0.12f;
// Gradient energy that even a faint print exceeds: (1.5 gray levels / px)^2.
constexpr float kAbsoluteEnergy = 2.25f;
// Ridges are oriented; sensor noise and smudges are not.
constexpr float kMinCoherence = 0.15f;
constexpr int kMajorityRadius = 2;
constexpr int kMajorityPasses = 2;

float Percentile(std::vector<float> values, double share) {
  if (values.empty()) return 0;
  const size_t k = std::min(values.size() - 1, static_cast<size_t>(share * values.size()));
  std::nth_element(values.begin(), values.begin() + k, values.end());
  return values[k];
}

void MajorityFilter(ByteGrid& mask) {
  FloatGrid as_float(mask.width, mask.height);
  for (size_t i = 0; i < mask.data.size(); ++i) as_float.data[i] = mask.data[i];
  const FloatGrid share = BoxMean(as_float, kMajorityRadius);
  for (size_t i = 0; i < mask.data.size(); ++i) mask.data[i] = share.data[i] > 0.5f ? 1 : 0;
}

// Labels 4-connected components of `value` cells; returns label per cell (0 = other).
std::vector<int> Label(const ByteGrid& mask, uint8_t value, std::vector<int>& sizes, std::vector<uint8_t>& touches_border) {
  std::vector<int> labels(mask.data.size(), 0);
  std::vector<int> stack;
  sizes.assign(1, 0);
  touches_border.assign(1, 0);
  for (int y = 0; y < mask.height; ++y) {
    for (int x = 0; x < mask.width; ++x) {
      const size_t start = static_cast<size_t>(y) * mask.width + x;
      if (mask.data[start] != value || labels[start] != 0) continue;
      const int label = static_cast<int>(sizes.size());
      sizes.push_back(0);
      touches_border.push_back(0);
      labels[start] = label;
      stack.assign(1, static_cast<int>(start));
      while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const int cx = i % mask.width;
        const int cy = i / mask.width;
        ++sizes[label];
        if (cx == 0 || cy == 0 || cx == mask.width - 1 || cy == mask.height - 1) touches_border[label] = 1;
        const int nx[4] = {cx - 1, cx + 1, cx, cx};
        const int ny[4] = {cy, cy, cy - 1, cy + 1};
        for (int k = 0; k < 4; ++k) {
          if (!mask.contains(nx[k], ny[k])) continue;
          const size_t j = static_cast<size_t>(ny[k]) * mask.width + nx[k];
          if (mask.data[j] == value && labels[j] == 0) {
            labels[j] = label;
            stack.push_back(static_cast<int>(j));
          }
        }
      }
    }
  }
  return labels;
}

void KeepLargestAndFill(ByteGrid& mask) {
  std::vector<int> sizes;
  std::vector<uint8_t> border;
  std::vector<int> labels = Label(mask, 1, sizes, border);
  const int largest = static_cast<int>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
  for (size_t i = 0; i < mask.data.size(); ++i) mask.data[i] = (labels[i] == largest && largest > 0) ? 1 : 0;
  // Background enclosed by the print (scars, smudges, pores of the mask) is print.
  labels = Label(mask, 0, sizes, border);
  for (size_t i = 0; i < mask.data.size(); ++i) {
    if (labels[i] > 0 && !border[labels[i]]) mask.data[i] = 1;
  }
}

// Two-pass chamfer distance (3-4 metric) from background cells, in pixels.
// Cells outside the image count as background: minutiae at the image edge are unreliable.
FloatGrid BorderDepth(const ByteGrid& mask) {
  const float inf = 1e9f;
  FloatGrid d(mask.width + 2, mask.height + 2, 0.0f);
  for (int y = 0; y < mask.height; ++y)
    for (int x = 0; x < mask.width; ++x) d.at(x + 1, y + 1) = mask.at(x, y) ? inf : 0.0f;
  for (int y = 1; y <= mask.height; ++y)
    for (int x = 1; x <= mask.width; ++x) {
      float& v = d.at(x, y);
      v = std::min({v, d.at(x - 1, y) + 3, d.at(x, y - 1) + 3, d.at(x - 1, y - 1) + 4, d.at(x + 1, y - 1) + 4});
    }
  for (int y = mask.height; y >= 1; --y)
    for (int x = mask.width; x >= 1; --x) {
      float& v = d.at(x, y);
      v = std::min({v, d.at(x + 1, y) + 3, d.at(x, y + 1) + 3, d.at(x + 1, y + 1) + 4, d.at(x - 1, y + 1) + 4});
    }
  FloatGrid out(mask.width, mask.height);
  for (int y = 0; y < mask.height; ++y)
    for (int x = 0; x < mask.width; ++x) out.at(x, y) = d.at(x + 1, y + 1) / 3.0f * kCell;
  return out;
}

}  // namespace

bool Segmentation::ContainsPixel(int x, int y) const {
  const int cx = x / kCell;
  const int cy = y / kCell;
  return cells.contains(cx, cy) && cells.at(cx, cy) != 0;
}

float Segmentation::DepthAtPixel(int x, int y) const {
  const int cx = x / kCell;
  const int cy = y / kCell;
  return border_depth.contains(cx, cy) ? border_depth.at(cx, cy) : 0.0f;
}

Segmentation Segment(const OrientationField& field) {
  Segmentation seg;
  seg.cells = ByteGrid(field.columns, field.rows);
  const float threshold = std::max(kAbsoluteEnergy, kRelativeEnergy * Percentile(field.energy.data, 0.9));
  for (size_t c = 0; c < seg.cells.data.size(); ++c) {
    seg.cells.data[c] = field.energy.data[c] > threshold && field.coherence.data[c] > kMinCoherence ? 1 : 0;
  }
  for (int pass = 0; pass < kMajorityPasses; ++pass) MajorityFilter(seg.cells);
  KeepLargestAndFill(seg.cells);
  seg.border_depth = BorderDepth(seg.cells);
  return seg;
}

}  // namespace ridgeline::matcher::extract
