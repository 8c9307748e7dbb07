#include "matcher/compare/normalise.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "matcher/matcher.h"

namespace ridgeline::matcher::compare {

namespace {
constexpr double kReferencePpi = 500.0;
constexpr double kTwoPi = 6.283185307179586;
// Prints wider than this (in 500 ppi pixels) are not fingerprints; the bound
// keeps every prepared coordinate inside int16.
constexpr double kMaxExtent = 16000.0;
// Index kNone (255) is reserved, and prepared indices are bytes.
constexpr int kKeptMinutiae = kMaxMinutiae - 1;
}  // namespace

uint8_t QuantiseAngle(double radians) {
  double turns = radians / kTwoPi;
  turns -= std::floor(turns);
  return static_cast<uint8_t>(static_cast<int>(std::lround(turns * kAngleSteps)) & (kAngleSteps - 1));
}

double AngleRadians(int quantised) { return quantised * (kTwoPi / kAngleSteps); }

void NormaliseMinutiae(const Template& tmpl, PreparedTemplate& prepared) {
  if (!std::isfinite(tmpl.ppi) || tmpl.ppi < 100 || tmpl.ppi > 5000) {
    throw InvalidInput("template ppi must be a finite value between 100 and 5000");
  }
  const double scale = kReferencePpi / tmpl.ppi;
  prepared.scale = static_cast<float>(scale);

  std::vector<int> order;
  order.reserve(tmpl.minutiae.size());
  for (size_t i = 0; i < tmpl.minutiae.size(); ++i) {
    const Minutia& m = tmpl.minutiae[i];
    if (!std::isfinite(m.x) || !std::isfinite(m.y) || !std::isfinite(m.direction)) {
      throw InvalidInput("minutia has a non-finite coordinate or direction");
    }
    if (std::fabs(m.x * scale) > kMaxExtent || std::fabs(m.y * scale) > kMaxExtent) {
      throw InvalidInput("minutia lies outside any plausible print area");
    }
    order.push_back(static_cast<int>(i));
  }
  if (tmpl.minutiae.size() > 0xFFFF) throw InvalidInput("template has too many minutiae");
  // Keep the most reliable minutiae when there are too many; stable so equal
  // qualities keep extraction order and preparation is deterministic.
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return tmpl.minutiae[a].quality > tmpl.minutiae[b].quality;
  });
  if (order.size() > static_cast<size_t>(kKeptMinutiae)) order.resize(kKeptMinutiae);

  prepared.minutiae.clear();
  prepared.source_index.clear();
  for (int i : order) {
    const Minutia& m = tmpl.minutiae[i];
    PreparedMinutia p;
    p.x = static_cast<int16_t>(std::lround(m.x * scale));
    p.y = static_cast<int16_t>(std::lround(-m.y * scale));  // y up: directions are then plain CCW angles
    p.direction = QuantiseAngle(m.direction);
    p.type = static_cast<uint8_t>(m.type);
    prepared.minutiae.push_back(p);
    prepared.source_index.push_back(static_cast<uint16_t>(i));
  }
  // Sorted by position (x, then y, then direction): alignment looks up
  // neighbours of a point by binary search on x, and the prepared form no
  // longer depends on the order the extractor listed minutiae in.
  std::vector<int> by_position(prepared.minutiae.size());
  std::iota(by_position.begin(), by_position.end(), 0);
  std::sort(by_position.begin(), by_position.end(), [&](int a, int b) {
    const PreparedMinutia& p = prepared.minutiae[a];
    const PreparedMinutia& q = prepared.minutiae[b];
    if (p.x != q.x) return p.x < q.x;
    if (p.y != q.y) return p.y < q.y;
    if (p.direction != q.direction) return p.direction < q.direction;
    return p.type < q.type;
  });
  std::vector<PreparedMinutia> minutiae;
  std::vector<uint16_t> source;
  for (int k : by_position) {
    minutiae.push_back(prepared.minutiae[k]);
    source.push_back(prepared.source_index[k]);
  }
  prepared.minutiae = std::move(minutiae);
  prepared.source_index = std::move(source);
}

}  // namespace ridgeline::matcher::compare
