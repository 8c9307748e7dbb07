// The comparison pipeline over two prepared templates in a fixed order:
// roots -> growth -> alignment -> scoring for each distinct root, keeping the
// best; then completion of the winner by position, final score, calibration.
#pragma once

#include "matcher/compare/prepared.h"
#include "matcher/compare/scoring.h"
#include "matcher/types.h"

namespace ridgeline::matcher::compare {

struct Explanation {
  Comparison* comparison = nullptr;  // pairs (source indices) and transform, or null on the hot path
  PairingEvidence* evidence = nullptr;
};

// Score of `probe` against `candidate` in this order (callers canonicalise the
// order for symmetry). Allocates nothing unless `explain` asks for output.
double CompareOrdered(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Explanation& explain);

// True when a should play the probe role against b (canonical ordering).
bool ProbeFirst(const PreparedTemplate& a, const PreparedTemplate& b);

}  // namespace ridgeline::matcher::compare
