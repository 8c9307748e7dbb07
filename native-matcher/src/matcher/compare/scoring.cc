#include "matcher/compare/scoring.h"

#include <algorithm>
#include <cmath>

#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher::compare {

PairingEvidence Gather(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit,
                       const Scratch& s) {
  PairingEvidence e;
  e.pairs = s.pair_count;
  e.support = s.support;
  e.probe_count = probe.size();
  e.candidate_count = candidate.size();
  e.mean_residual = fit.mean_residual;
  const double c = fit.cos, sn = fit.sin;
  for (int k = 0; k < s.pair_count; ++k) {
    const PreparedMinutia& p = probe.minutiae[s.pair_probe[k]];
    const PreparedMinutia& q = candidate.minutiae[s.pair_candidate[k]];
    if (p.type == q.type) ++e.same_type;
    const double x = c * p.x - sn * p.y + fit.dx - q.x;
    const double y = sn * p.x + c * p.y + fit.dy - q.y;
    e.closeness += std::max(0.0, 1.0 - std::sqrt(x * x + y * y) / kAlignmentTolerance);
  }
  return e;
}

double ScoreEvidence(const PairingEvidence& e) {
  if (e.pairs < 2) return 0;
  // Pairs weighted by how well they sit under the alignment, plus a little
  // for independent confirming edges (capped: dense clusters must not
  // dominate), as a share of the geometric mean of both minutia counts:
  // chance pairings grow with the counts, true ones with the shared area.
  const double support = std::min<double>(e.support, 2.0 * e.pairs);
  const double evidence = e.closeness + 0.125 * support;
  const double crowd = std::sqrt(std::max(1.0, static_cast<double>(e.probe_count) * e.candidate_count));
  return 100.0 * evidence / crowd;
}

}  // namespace ridgeline::matcher::compare
