#include "matcher/compare/alignment.h"

#include <cmath>

#include "matcher/compare/normalise.h"
#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher::compare {

namespace {

// Closed-form 2-D Procrustes (no scale: both sides are already at 500 ppi).
RigidFit Fit(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Scratch& s) {
  double px = 0, py = 0, qx = 0, qy = 0;
  for (int k = 0; k < s.pair_count; ++k) {
    const PreparedMinutia& p = probe.minutiae[s.pair_probe[k]];
    const PreparedMinutia& q = candidate.minutiae[s.pair_candidate[k]];
    px += p.x;
    py += p.y;
    qx += q.x;
    qy += q.y;
  }
  const double n = s.pair_count;
  px /= n;
  py /= n;
  qx /= n;
  qy /= n;
  double dot = 0, cross = 0;
  for (int k = 0; k < s.pair_count; ++k) {
    const PreparedMinutia& p = probe.minutiae[s.pair_probe[k]];
    const PreparedMinutia& q = candidate.minutiae[s.pair_candidate[k]];
    const double ax = p.x - px, ay = p.y - py, bx = q.x - qx, by = q.y - qy;
    dot += ax * bx + ay * by;
    cross += ax * by - ay * bx;
  }
  RigidFit fit;
  fit.rotation = std::atan2(cross, dot);
  const double c = std::cos(fit.rotation), sn = std::sin(fit.rotation);
  fit.dx = qx - (c * px - sn * py);
  fit.dy = qy - (sn * px + c * py);
  return fit;
}

double Residual(const RigidFit& fit, double c, double sn, const PreparedMinutia& p, const PreparedMinutia& q) {
  const double x = c * p.x - sn * p.y + fit.dx - q.x;
  const double y = sn * p.x + c * p.y + fit.dy - q.y;
  return std::sqrt(x * x + y * y);
}

}  // namespace

RigidFit AlignPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Root& root, Scratch& s) {
  if (s.pair_count < 3) {
    // Too few points for a meaningful fit: take the root's own frame.
    RigidFit fit;
    const PreparedMinutia& p = probe.minutiae[root.probe];
    const PreparedMinutia& q = candidate.minutiae[root.candidate];
    fit.rotation = AngleRadians(static_cast<uint8_t>(q.direction - p.direction));
    const double c = std::cos(fit.rotation), sn = std::sin(fit.rotation);
    fit.dx = q.x - (c * p.x - sn * p.y);
    fit.dy = q.y - (sn * p.x + c * p.y);
    double total = 0;
    for (int k = 0; k < s.pair_count; ++k) {
      total += Residual(fit, c, sn, probe.minutiae[s.pair_probe[k]], candidate.minutiae[s.pair_candidate[k]]);
    }
    fit.mean_residual = s.pair_count > 0 ? total / s.pair_count : 0;
    return fit;
  }

  RigidFit fit = Fit(probe, candidate, s);
  const double c = std::cos(fit.rotation), sn = std::sin(fit.rotation);
  int kept = 0;
  for (int k = 0; k < s.pair_count; ++k) {
    const uint8_t pi = s.pair_probe[k], ci = s.pair_candidate[k];
    if (Residual(fit, c, sn, probe.minutiae[pi], candidate.minutiae[ci]) <= kAlignmentTolerance) {
      s.pair_probe[kept] = pi;
      s.pair_candidate[kept] = ci;
      ++kept;
    } else {
      s.probe_partner[pi] = kNone;
      s.candidate_partner[ci] = kNone;
    }
  }
  s.pair_count = kept;
  if (kept >= 3) fit = Fit(probe, candidate, s);
  const double c2 = std::cos(fit.rotation), s2 = std::sin(fit.rotation);
  double total = 0;
  for (int k = 0; k < s.pair_count; ++k) {
    total += Residual(fit, c2, s2, probe.minutiae[s.pair_probe[k]], candidate.minutiae[s.pair_candidate[k]]);
  }
  fit.mean_residual = s.pair_count > 0 ? total / s.pair_count : 0;
  return fit;
}

int AugmentPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit, Scratch& s) {
  const double c = std::cos(fit.rotation), sn = std::sin(fit.rotation);
  const uint8_t rotation = QuantiseAngle(fit.rotation);
  const double limit2 = kAugmentDistance * kAugmentDistance;
  int added = 0;
  for (int i = 0; i < probe.size(); ++i) {
    if (s.probe_partner[i] != kNone) continue;
    const PreparedMinutia& p = probe.minutiae[i];
    const double x = c * p.x - sn * p.y + fit.dx;
    const double y = sn * p.x + c * p.y + fit.dy;
    const uint8_t direction = static_cast<uint8_t>(p.direction + rotation);
    int best = -1;
    double best_d2 = limit2;
    // Candidates are sorted by x: only a narrow x band can be close enough.
    // Branch-free lower bound: the comparisons are unpredictable.
    const PreparedMinutia* base = candidate.minutiae.data();
    int length = candidate.size();
    // Integer coordinates: q.x < x - d  <=>  q.x < ceil(x - d).
    const int left = static_cast<int>(std::ceil(x - kAugmentDistance));
    while (length > 1) {
      const int half = length / 2;
      base = base[half - 1].x < left ? base + half : base;
      length -= half;
    }
    int lo = static_cast<int>(base - candidate.minutiae.data());
    if (lo < candidate.size() && candidate.minutiae[lo].x < left) ++lo;
    for (int j = lo; j < candidate.size() && candidate.minutiae[j].x <= x + kAugmentDistance; ++j) {
      if (s.candidate_partner[j] != kNone) continue;
      const PreparedMinutia& q = candidate.minutiae[j];
      const double d2 = (q.x - x) * (q.x - x) + (q.y - y) * (q.y - y);
      if (d2 > best_d2) continue;
      if (AngleDistance(direction, q.direction) > kAugmentAngle) continue;
      best = j;
      best_d2 = d2;
    }
    if (best < 0) continue;
    s.probe_partner[i] = static_cast<uint8_t>(best);
    s.candidate_partner[best] = static_cast<uint8_t>(i);
    s.pair_probe[s.pair_count] = static_cast<uint8_t>(i);
    s.pair_candidate[s.pair_count] = static_cast<uint8_t>(best);
    ++s.pair_count;
    ++added;
  }
  return added;
}

}  // namespace ridgeline::matcher::compare
