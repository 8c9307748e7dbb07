#include "matcher/compare/pairing.h"

#include <algorithm>
#include <cmath>

#include "matcher/compare/alignment.h"
#include "matcher/compare/calibration.h"
#include "matcher/compare/growth.h"
#include "matcher/compare/tolerances.h"
#include "matcher/compare/roots.h"
#include "matcher/compare/scratch.h"

namespace ridgeline::matcher::compare {

namespace {

void Record(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit, const Scratch& s,
            Comparison& out) {
  out.pairs.clear();
  for (int k = 0; k < s.pair_count; ++k) {
    MinutiaPair pair;
    pair.probe = probe.source_index[s.pair_probe[k]];
    pair.candidate = candidate.source_index[s.pair_candidate[k]];
    // Display weight: how closely the pair sits under the transform (1 = exact).
    const PreparedMinutia& p = probe.minutiae[s.pair_probe[k]];
    const PreparedMinutia& q = candidate.minutiae[s.pair_candidate[k]];
    const double c = std::cos(fit.rotation), sn = std::sin(fit.rotation);
    const double x = c * p.x - sn * p.y + fit.dx - q.x;
    const double y = sn * p.x + c * p.y + fit.dy - q.y;
    pair.weight = static_cast<float>(std::max(0.0, 1.0 - std::sqrt(x * x + y * y) / kAlignmentTolerance));
    out.pairs.push_back(pair);
  }
  // Prepared frame: 500 ppi, y up. Source frame: own ppi, y down. See Transform in types.h.
  out.transform.rotation = fit.rotation;
  out.transform.scale = static_cast<double>(probe.scale) / candidate.scale;
  out.transform.dx = fit.dx / candidate.scale;
  out.transform.dy = -fit.dy / candidate.scale;
}

}  // namespace

bool ProbeFirst(const PreparedTemplate& a, const PreparedTemplate& b) {
  if (a.identity != b.identity) return a.identity < b.identity;
  return a.size() <= b.size();
}

double CompareOrdered(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Explanation& explain) {
  if (explain.comparison != nullptr) *explain.comparison = Comparison{};
  if (probe.size() == 0 || candidate.size() == 0) return 0;
  Scratch& s = ThreadScratch();
  FindRoots(probe, candidate, s);
  double best = 0;
  for (int r = 0; r < s.root_count; ++r) {
    const Root& root = s.roots[r];
    GrowPairing(probe, candidate, root, s);
    const RigidFit fit = AlignPairs(probe, candidate, root, s);
    const PairingEvidence evidence = Gather(probe, candidate, fit, s);
    const double raw = ScoreEvidence(evidence);
    if (raw > best) {
      best = raw;
      if (explain.comparison != nullptr) Record(probe, candidate, fit, s, *explain.comparison);
      if (explain.evidence != nullptr) *explain.evidence = evidence;
    }
    // A pairing this strong will not be beaten in a way that changes any decision.
    if (best >= kCertainRawScore) break;
  }
  const double score = Calibrate(best);
  if (explain.comparison != nullptr) explain.comparison->score = score;
  return score;
}

}  // namespace ridgeline::matcher::compare
