#include "wsq/bit_allocation.h"

#include <cmath>

namespace ridgeline::wsq {
namespace {

// Subbands below this variance carry no information worth a bit.
constexpr double kVarianceThreshold = 1.01;
// Subbands 0..3 are 1/1024 of the image each, 4..50 1/256, 51..59 1/16.
constexpr int kSecondSizeRegion = 4;
constexpr int kThirdSizeRegion = 51;
constexpr int kThirdBlock = 52;

double areaFraction(int k) {
  if (k < kSecondSizeRegion) return 1.0 / 1024.0;
  if (k < kThirdSizeRegion) return 1.0 / 256.0;
  return 1.0 / 16.0;
}

// Weights of the specification for the finest coded subbands (52..59): the
// eye tolerates more error along the diagonals.
double weight(int k) {
  static constexpr double kFinest[8] = {1.32, 1.08, 1.42, 1.08, 1.32, 1.42, 1.08, 1.08};
  return k < kThirdBlock ? 1.0 : kFinest[k - kThirdBlock];
}

struct Moments {
  double sum = 0, squares = 0;
  long count = 0;
};

Moments moments(const std::vector<float>& image, int width, const Subband& band, int x0, int y0, int w, int h) {
  Moments m;
  for (int y = 0; y < h; ++y) {
    const float* row = image.data() + static_cast<size_t>(band.y + y0 + y) * width + band.x + x0;
    for (int x = 0; x < w; ++x) {
      m.sum += row[x];
      m.squares += static_cast<double>(row[x]) * row[x];
    }
  }
  m.count = static_cast<long>(w) * h;
  return m;
}

double unbiasedVariance(const Moments& m) {
  if (m.count < 2) return 0.0;
  return (m.squares - m.sum * m.sum / m.count) / (m.count - 1);
}

// The specification estimates variance on a central window of the subband
// (x from X/8 over 3X/4, y from 9Y/32 over 7Y/16), away from the borders
// where the symmetric extension distorts the statistics.
double centralVariance(const std::vector<float>& image, int width, const Subband& band) {
  return unbiasedVariance(moments(image, width, band, band.width / 8, (9 * band.height) / 32, (3 * band.width) / 4,
                                  (7 * band.height) / 16));
}

double wholeVariance(const std::vector<float>& image, int width, const Subband& band) {
  return unbiasedVariance(moments(image, width, band, 0, 0, band.width, band.height));
}

}  // namespace

std::array<double, kCodedSubbands> subbandVariances(const std::vector<float>& image, int width,
                                                     const SubbandTree& tree) {
  std::array<double, kCodedSubbands> variances{};
  double lowSum = 0;
  for (int k = 0; k < kSecondSizeRegion; ++k) {
    variances[k] = centralVariance(image, width, tree.subbands[k]);
    lowSum += variances[k];
  }
  // A low-energy image (small, or nearly flat) gives central windows too
  // small to trust: the specification then uses whole subbands throughout.
  const bool whole = lowSum < 20000.0;
  for (int k = whole ? 0 : kSecondSizeRegion; k < kCodedSubbands; ++k) {
    variances[k] = whole ? wholeVariance(image, width, tree.subbands[k]) : centralVariance(image, width, tree.subbands[k]);
  }
  return variances;
}

BinWidths allocateBits(const std::array<double, kCodedSubbands>& variances, double bitsPerPixel) {
  BinWidths out;
  std::array<double, kCodedSubbands> relative{};  // q'_k: bin width up to the common factor
  std::array<double, kCodedSubbands> sigma{};
  std::vector<int> initial;
  for (int k = 0; k < kCodedSubbands; ++k) {
    if (variances[k] < kVarianceThreshold) continue;
    relative[k] = k < kSecondSizeRegion ? 1.0 : 10.0 / (weight(k) * std::log(variances[k]));
    sigma[k] = std::sqrt(variances[k]);
    initial.push_back(k);
  }
  if (initial.empty()) {
    // A flat image: code the coarsest subbands so the file still has data.
    for (int k = 0; k < kSecondSizeRegion; ++k) {
      out.q[k] = 1.0;
      out.z[k] = 1.2;
    }
    return out;
  }

  // Find the common factor for the target rate; subbands that would get a
  // non-positive rate (Q_k >= 5 sigma_k) leave the set and the factor is recomputed.
  std::vector<int> active = initial;
  double factor = 1.0;
  for (;;) {
    double s = 0, logProduct = 0;
    for (int k : active) {
      s += areaFraction(k);
      logProduct += areaFraction(k) * std::log(sigma[k] / relative[k]);
    }
    factor = std::pow(2.0, bitsPerPixel / s - 1.0) / 2.5 / std::exp(logProduct / s);
    std::vector<int> kept;
    for (int k : active) {
      if (relative[k] / factor < 5.0 * sigma[k]) kept.push_back(k);
    }
    if (kept.size() == active.size() || kept.empty()) break;
    active = std::move(kept);
  }
  // As in the specification, every subband of the initial set keeps a bin
  // width from the final factor; the dropped ones quantize to (nearly) all zero.
  for (int k : initial) {
    out.q[k] = relative[k] / factor;
    out.z[k] = 1.2 * out.q[k];
  }
  return out;
}

}  // namespace ridgeline::wsq
