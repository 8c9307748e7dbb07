#include "matcher/compare/scoring.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::compare {

PairingEvidence Gather(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit,
                       const Scratch& s) {
  PairingEvidence e;
  e.pairs = s.pair_count;
  e.support = s.support;
  e.probe_count = probe.size();
  e.candidate_count = candidate.size();
  e.mean_residual = fit.mean_residual;
  for (int k = 0; k < s.pair_count; ++k) {
    if (probe.minutiae[s.pair_probe[k]].type == candidate.minutiae[s.pair_candidate[k]].type) ++e.same_type;
  }
  return e;
}

double ScoreEvidence(const PairingEvidence& e) {
  if (e.pairs < 2) return 0;
  const double n = e.pairs;
  const double coverage = n * n / (std::max(1, e.probe_count) * static_cast<double>(std::max(1, e.candidate_count)));
  const double support = std::min<double>(e.support, 2.0 * n);
  return 2.0 * n + support + 20.0 * std::sqrt(coverage) + 0.5 * e.same_type;
}

}  // namespace ridgeline::matcher::compare
