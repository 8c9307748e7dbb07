#include "matcher/compare/alignment.h"

#include <algorithm>
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
  SetRotation(fit, std::atan2(cross, dot));
  const double c = fit.cos, sn = fit.sin;
  fit.dx = qx - (c * px - sn * py);
  fit.dy = qy - (sn * px + c * py);
  return fit;
}

double Residual(const RigidFit& fit, double c, double sn, const PreparedMinutia& p, const PreparedMinutia& q) {
  const double x = c * p.x - sn * p.y + fit.dx - q.x;
  const double y = sn * p.x + c * p.y + fit.dy - q.y;
  return std::sqrt(x * x + y * y);
}

// Smallest integer >= v, for |v| well inside int range (prepared
// coordinates are int16), without a libm call.
inline int CeilToInt(double v) {
  const int t = static_cast<int>(v);  // truncates toward zero
  return t + (static_cast<double>(t) < v);
}

// Lower bound on x over the candidate's minutiae (sorted by x): a table of
// the first minutia at or right of each pixel column, built once per
// comparison by counting (no data-dependent branches). A binary search per
// probe minutia cost more than the rest of completion.
class XBands {
 public:
  XBands(const PreparedTemplate& candidate, Scratch& s) : minutiae_(candidate.minutiae.data()), n_(candidate.size()) {
    if (n_ == 0) return;
    left_ = minutiae_[0].x;
    const int columns = minutiae_[n_ - 1].x - left_ + 1;
    if (columns > kMaxBandColumns) return;  // absurdly wide print: binary search
    columns_ = columns;
    // starts[c] = how many minutiae lie left of column c = the first at or right of it.
    uint8_t* starts = s.band_starts.data();
    std::fill_n(starts, columns + 1, uint8_t{0});
    for (int j = 0; j < n_; ++j) ++starts[minutiae_[j].x - left_ + 1];
    for (int c = 1; c <= columns; ++c) starts[c] = static_cast<uint8_t>(starts[c] + starts[c - 1]);
    starts_ = starts;
  }

  // Index of the first minutia with x >= left (n when none).
  int FirstAtOrRight(int left) const {
    if (left <= left_) return 0;
    if (columns_ == 0) {
      const PreparedMinutia* base = minutiae_;
      int length = n_;
      // Branch-free: the comparisons are unpredictable.
      while (length > 1) {
        const int half = length / 2;
        base = base[half - 1].x < left ? base + half : base;
        length -= half;
      }
      int lo = static_cast<int>(base - minutiae_);
      if (lo < n_ && minutiae_[lo].x < left) ++lo;
      return lo;
    }
    const int column = left - left_;
    return column >= columns_ ? n_ : starts_[column];
  }

 private:
  const PreparedMinutia* minutiae_;
  int n_;
  int left_ = 0;
  int columns_ = 0;
  const uint8_t* starts_ = nullptr;
};

}  // namespace

RigidFit AlignPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Root& root, Scratch& s) {
  if (s.pair_count < 3) {
    // Too few points for a meaningful fit: take the root's own frame.
    RigidFit fit;
    const PreparedMinutia& p = probe.minutiae[root.probe];
    const PreparedMinutia& q = candidate.minutiae[root.candidate];
    SetRotation(fit, AngleRadians(static_cast<uint8_t>(q.direction - p.direction)));
    const double c = fit.cos, sn = fit.sin;
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
  const double c = fit.cos, sn = fit.sin;
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
  const double c2 = fit.cos, s2 = fit.sin;
  double total = 0;
  for (int k = 0; k < s.pair_count; ++k) {
    total += Residual(fit, c2, s2, probe.minutiae[s.pair_probe[k]], candidate.minutiae[s.pair_candidate[k]]);
  }
  fit.mean_residual = s.pair_count > 0 ? total / s.pair_count : 0;
  return fit;
}

int AugmentPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit, Scratch& s) {
  const double c = fit.cos, sn = fit.sin;
  const uint8_t rotation = QuantiseAngle(fit.rotation);
  const double limit2 = kAugmentDistance * kAugmentDistance;
  const XBands band(candidate, s);
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
    // Integer coordinates: q.x < x - d  <=>  q.x < ceil(x - d).
    const int lo = band.FirstAtOrRight(CeilToInt(x - kAugmentDistance));
    // q.x <= x + d  <=>  q.x < floor(x + d) + 1.
    const int hi = band.FirstAtOrRight(-CeilToInt(-(x + kAugmentDistance)) + 1);
    // Branch-free selection: which candidates qualify is unpredictable.
    for (int j = lo; j < hi; ++j) {
      const PreparedMinutia& q = candidate.minutiae[j];
      const double d2 = (q.x - x) * (q.x - x) + (q.y - y) * (q.y - y);
      const bool take = (s.candidate_partner[j] == kNone) & (d2 <= best_d2) &
                        (AngleDistance(direction, q.direction) <= kAugmentAngle);
      best = take ? j : best;
      best_d2 = take ? d2 : best_d2;
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
