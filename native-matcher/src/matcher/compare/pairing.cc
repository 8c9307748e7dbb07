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
    const double c = fit.cos, sn = fit.sin;
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
  ++s.generation;
  // Pass 1: grow and align from every distinct root; remember the best.
  double best_local = -1;
  int best_root = -1;
  RigidFit best_fit;
  for (int r = 0; r < s.root_count; ++r) {
    const Root& root = s.roots[r];
    if (s.covered_stamp[root.probe] == s.generation && s.covered_partner[root.probe] == root.candidate) continue;
    // Roots with a small fraction of the leader's votes are chance agreements
    // of a few edges; growing them costs time and rarely wins.
    if (root.votes * kRootVoteRatio < s.roots[0].votes) break;
    GrowPairing(probe, candidate, root, s);
    for (int k = 0; k < s.pair_count; ++k) {
      s.covered_stamp[s.pair_probe[k]] = s.generation;
      s.covered_partner[s.pair_probe[k]] = s.pair_candidate[k];
    }
    // One or two pairs are what any two prints share by chance.
    if (s.pair_count < kMinPairsToComplete) continue;
    // Alignment can only drop pairs and lower closeness below 1 per pair, so
    // a pairing whose best case cannot beat the leader is not aligned at all.
    PairingEvidence best_case;
    best_case.pairs = s.pair_count;
    best_case.support = s.support;
    best_case.probe_count = probe.size();
    best_case.candidate_count = candidate.size();
    best_case.closeness = s.pair_count;
    if (ScoreEvidence(best_case) <= best_local) continue;
    const RigidFit fit = AlignPairs(probe, candidate, root, s);
    const double local = ScoreEvidence(Gather(probe, candidate, fit, s));
    if (local > best_local) {
      best_local = local;
      best_root = r;
      best_fit = fit;
      s.best_count = s.pair_count;
      s.best_support = s.support;
      std::copy_n(s.pair_probe.begin(), s.pair_count, s.best_probe.begin());
      std::copy_n(s.pair_candidate.begin(), s.pair_count, s.best_candidate.begin());
    }
    // A pairing this strong will not be beaten in a way that changes any decision.
    if (local >= kCertainRawScore) break;
  }
  if (best_root < 0) {
    if (explain.comparison != nullptr) explain.comparison->score = Calibrate(0);
    return Calibrate(0);
  }
  // Pass 2: the winning pairing, completed by position under its alignment
  // (done once rather than per root).
  for (int k = 0; k < s.pair_count; ++k) {
    s.probe_partner[s.pair_probe[k]] = kNone;
    s.candidate_partner[s.pair_candidate[k]] = kNone;
  }
  s.pair_count = s.best_count;
  s.support = s.best_support;
  for (int k = 0; k < s.pair_count; ++k) {
    s.pair_probe[k] = s.best_probe[k];
    s.pair_candidate[k] = s.best_candidate[k];
    s.probe_partner[s.pair_probe[k]] = s.pair_candidate[k];
    s.candidate_partner[s.pair_candidate[k]] = s.pair_probe[k];
  }
  const RigidFit fit = best_fit;
  // A pairing of one or two minutiae aligns nothing; completing it by
  // position would only collect coincidences.
  const int augmented = s.pair_count >= kMinPairsToComplete ? AugmentPairs(probe, candidate, fit, s) : 0;
  PairingEvidence evidence = Gather(probe, candidate, fit, s);
  evidence.augmented = augmented;
  const double best = ScoreEvidence(evidence);
  if (explain.comparison != nullptr) Record(probe, candidate, fit, s, *explain.comparison);
  if (explain.evidence != nullptr) *explain.evidence = evidence;
  const double score = Calibrate(best);
  if (explain.comparison != nullptr) explain.comparison->score = score;
  return score;
}

}  // namespace ridgeline::matcher::compare
