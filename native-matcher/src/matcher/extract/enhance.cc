#include "matcher/extract/enhance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>


namespace ridgeline::matcher::extract {

namespace {

constexpr int kOrientationBins = 32;
// Along the ridge the kernel is long (sigma 5 px, reach 9 px, about one
// ridge period each way): it bridges pores, dry breaks and
// scratches, which are the main source of false endings.
constexpr int kAlongRadius = 9;
constexpr float kAlongSigma = 5.0f;
constexpr int kAcrossRadius = 8;
// Width of the across-ridge envelope relative to the period: about one and a
// half cycles contribute, enough to reject noise without inventing ridges.
constexpr float kAcrossSigmaPerPeriod = 0.3f;
constexpr int kMinPeriodBin = static_cast<int>(kMinPeriod);
constexpr int kMaxPeriodBin = static_cast<int>(kMaxPeriod);
constexpr int kPeriodBins = kMaxPeriodBin - kMinPeriodBin + 1;
constexpr int kMargin = (kAlongRadius > kAcrossRadius ? kAlongRadius : kAcrossRadius) + 1;

struct Kernels {
  std::array<float, 2 * kAlongRadius + 1> along{};
  std::array<std::array<float, 2 * kAcrossRadius + 1>, kPeriodBins> across{};
  // Integer offsets of tap k along the ridge / across it, per orientation bin.
  std::array<std::array<int, 2 * kAlongRadius + 1>, kOrientationBins> along_dx{}, along_dy{};
  std::array<std::array<int, 2 * kAcrossRadius + 1>, kOrientationBins> across_dx{}, across_dy{};

  Kernels() {
    float sum = 0;
    for (int k = -kAlongRadius; k <= kAlongRadius; ++k) {
      along[k + kAlongRadius] = std::exp(-0.5f * k * k / (kAlongSigma * kAlongSigma));
      sum += along[k + kAlongRadius];
    }
    for (float& w : along) w /= sum;
    for (int p = 0; p < kPeriodBins; ++p) {
      const float period = static_cast<float>(kMinPeriodBin + p);
      const float sigma = kAcrossSigmaPerPeriod * period;
      auto& taps = across[p];
      float mean = 0;
      for (int k = -kAcrossRadius; k <= kAcrossRadius; ++k) {
        taps[k + kAcrossRadius] = std::exp(-0.5f * k * k / (sigma * sigma)) * std::cos(2 * static_cast<float>(M_PI) * k / period);
        mean += taps[k + kAcrossRadius];
      }
      mean /= taps.size();
      // Zero mean: a flat area gives 0 whatever its level. The envelope keeps the
      // correction small; it is applied with the envelope so the tails stay quiet.
      float envelope_sum = 0;
      for (int k = -kAcrossRadius; k <= kAcrossRadius; ++k) envelope_sum += std::exp(-0.5f * k * k / (sigma * sigma));
      const float correction = mean * taps.size() / envelope_sum;
      float energy = 0;
      for (int k = -kAcrossRadius; k <= kAcrossRadius; ++k) {
        taps[k + kAcrossRadius] -= correction * std::exp(-0.5f * k * k / (sigma * sigma));
        energy += std::abs(taps[k + kAcrossRadius]);
      }
      for (float& w : taps) w /= energy;
    }
    for (int b = 0; b < kOrientationBins; ++b) {
      const double angle = M_PI * b / kOrientationBins;
      const double tx = std::cos(angle), ty = std::sin(angle);
      for (int k = -kAlongRadius; k <= kAlongRadius; ++k) {
        along_dx[b][k + kAlongRadius] = static_cast<int>(std::lround(k * tx));
        along_dy[b][k + kAlongRadius] = static_cast<int>(std::lround(k * ty));
      }
      for (int k = -kAcrossRadius; k <= kAcrossRadius; ++k) {
        across_dx[b][k + kAcrossRadius] = static_cast<int>(std::lround(-k * ty));
        across_dy[b][k + kAcrossRadius] = static_cast<int>(std::lround(k * tx));
      }
    }
  }
};

const Kernels& SharedKernels() {
  static const Kernels kernels;
  return kernels;
}

}  // namespace

FloatGrid Enhance(const FloatGrid& ridges, const OrientationField& field, const RidgePeriod& period,
                  const Segmentation& seg) {
  const Kernels& kernels = SharedKernels();
  const int w = ridges.width;
  const int h = ridges.height;
  const int pw = w + 2 * kMargin;
  const int ph = h + 2 * kMargin;

  // Orientation and period bins per cell: both fields vary slowly.
  ByteGrid orientation_bin(field.columns, field.rows);
  for (int cy = 0; cy < field.rows; ++cy)
    for (int cx = 0; cx < field.columns; ++cx) {
      const float angle = field.AngleAt(cx * kCell + kCell * 0.5f, cy * kCell + kCell * 0.5f);
      orientation_bin.at(cx, cy) = static_cast<uint8_t>(static_cast<int>(std::lround(angle / M_PI * kOrientationBins)) % kOrientationBins);
    }

  // Padded input so taps never leave the buffer; padding reads as "no ridge".
  std::vector<float> padded(static_cast<size_t>(pw) * ph, 0.0f);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) padded[static_cast<size_t>(y + kMargin) * pw + x + kMargin] = ridges.at(x, y);

  std::vector<float> smoothed(padded.size(), 0.0f);
  std::array<std::array<int, 2 * kAlongRadius + 1>, kOrientationBins> along_offset{};
  std::array<std::array<int, 2 * kAcrossRadius + 1>, kOrientationBins> across_offset{};
  for (int b = 0; b < kOrientationBins; ++b) {
    for (int k = 0; k <= 2 * kAlongRadius; ++k) along_offset[b][k] = kernels.along_dy[b][k] * pw + kernels.along_dx[b][k];
    for (int k = 0; k <= 2 * kAcrossRadius; ++k) across_offset[b][k] = kernels.across_dy[b][k] * pw + kernels.across_dx[b][k];
  }

  // Period bin per frequency block (the period varies slowly).
  ByteGrid period_bin(period.blocks.width, period.blocks.height);
  for (size_t b = 0; b < period_bin.data.size(); ++b) {
    const int bin = std::clamp(RoundCoordinate(period.blocks.data[b]), kMinPeriodBin, kMaxPeriodBin);
    period_bin.data[b] = static_cast<uint8_t>(bin - kMinPeriodBin);
  }
  // Cells that pass 2 may read from: the region of interest grown by the
  // across-ridge reach (kAcrossRadius <= 2 cells + rounding).
  ByteGrid needed(field.columns, field.rows, 0);
  const int reach = (kAcrossRadius + kCell - 1) / kCell;
  for (int cy = 0; cy < field.rows; ++cy)
    for (int cx = 0; cx < field.columns; ++cx) {
      if (!seg.cells.at(cx, cy)) continue;
      for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx)
          if (needed.contains(cx + dx, cy + dy)) needed.at(cx + dx, cy + dy) = 1;
    }

  // Pass 1: smoothing along the ridge.
  for (int y = 0; y < h; ++y) {
    const int cy = y / kCell;
    const size_t row = static_cast<size_t>(y + kMargin) * pw + kMargin;
    for (int x = 0; x < w; ++x) {
      const int cx = x / kCell;
      if (!needed.at(cx, cy)) continue;
      const int* offsets = along_offset[orientation_bin.at(cx, cy)].data();
      const float* centre = &padded[row + x];
      float sum = 0;
      for (int k = 0; k <= 2 * kAlongRadius; ++k) sum += kernels.along[k] * centre[offsets[k]];
      smoothed[row + x] = sum;
    }
  }

  // Pass 2: period-tuned band-pass across the ridge, inside the region of interest.
  FloatGrid enhanced(w, h, 0.0f);
  for (int y = 0; y < h; ++y) {
    const int cy = y / kCell;
    const size_t row = static_cast<size_t>(y + kMargin) * pw + kMargin;
    const int by = std::min(y / kFrequencyBlock, period_bin.height - 1);
    float* dst = &enhanced.data[static_cast<size_t>(y) * w];
    for (int x = 0; x < w; ++x) {
      const int cx = x / kCell;
      if (!seg.cells.at(cx, cy)) continue;
      const int* offsets = across_offset[orientation_bin.at(cx, cy)].data();
      const float* taps = kernels.across[period_bin.at(std::min(x / kFrequencyBlock, period_bin.width - 1), by)].data();
      const float* centre = &smoothed[row + x];
      float sum = 0;
      for (int k = 0; k <= 2 * kAcrossRadius; ++k) sum += taps[k] * centre[offsets[k]];
      dst[x] = sum;
    }
  }
  return enhanced;
}

}  // namespace ridgeline::matcher::extract
