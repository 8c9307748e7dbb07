// Prepare / Compare / Score: the public comparison entry points (matcher.h).
// Stages live in compare/: normalise -> neighbours -> roots -> growth ->
// alignment -> scoring -> calibration.
#include <atomic>
#include <cmath>
#include <cstring>
#include <utility>

#include "matcher/compare/neighbours.h"
#include "matcher/compare/normalise.h"
#include "matcher/compare/pairing.h"
#include "matcher/compare/prepared.h"
#include "matcher/matcher.h"

namespace ridgeline::matcher {

namespace {

// FNV-1a over the prepared minutiae: equal content gives equal identity, so
// canonical ordering (and thus the score) never depends on argument order.
uint64_t Identity(const PreparedTemplate& prepared) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  mix(prepared.minutiae.size());
  for (const compare::PreparedMinutia& m : prepared.minutiae) {
    mix(static_cast<uint16_t>(m.x));
    mix(static_cast<uint16_t>(m.y));
    mix(m.direction);
    mix(m.type);
  }
  return h;
}

void Swap(Comparison& c) {
  for (MinutiaPair& p : c.pairs) std::swap(p.probe, p.candidate);
  // Inverse of x -> s R x + t is x -> (1/s) R^-1 (x - t), in source (y-down) pixels.
  Transform& t = c.transform;
  const double cs = std::cos(t.rotation), sn = std::sin(t.rotation);
  const double inv = 1.0 / t.scale;
  // Forward: x' = s( x cos + y sin) + dx ; y' = s(-x sin + y cos) + dy.
  const double ux = t.dx, uy = t.dy;
  Transform r;
  r.rotation = -t.rotation;
  r.scale = inv;
  r.dx = -inv * (ux * cs - uy * sn);
  r.dy = -inv * (ux * sn + uy * cs);
  t = r;
}

}  // namespace

PreparedPtr Prepare(const Template& tmpl) {
  auto prepared = std::make_shared<PreparedTemplate>();
  compare::NormaliseMinutiae(tmpl, *prepared);
  compare::BuildNeighbourEdges(*prepared);
  prepared->identity = Identity(*prepared);
  static std::atomic<uint64_t> next_serial{1};
  prepared->serial = next_serial.fetch_add(1, std::memory_order_relaxed);
  return prepared;
}

Comparison Compare(const PreparedTemplate& probe, const PreparedTemplate& candidate) {
  Comparison result;
  compare::Explanation explain;
  explain.comparison = &result;
  if (compare::ProbeFirst(probe, candidate)) {
    compare::CompareOrdered(probe, candidate, explain);
  } else {
    compare::CompareOrdered(candidate, probe, explain);
    Swap(result);
  }
  return result;
}

double Score(const PreparedTemplate& probe, const PreparedTemplate& candidate) {
  if (compare::ProbeFirst(probe, candidate)) return compare::CompareOrdered(probe, candidate, {});
  return compare::CompareOrdered(candidate, probe, {});
}

size_t PreparedSize(const PreparedTemplate& prepared) {
  return sizeof(PreparedTemplate) + prepared.minutiae.capacity() * sizeof(compare::PreparedMinutia) +
         prepared.source_index.capacity() * sizeof(uint16_t) +
         prepared.edges.capacity() * sizeof(compare::NeighbourEdge);
}

}  // namespace ridgeline::matcher
