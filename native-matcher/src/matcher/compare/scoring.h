// Stage 6 of comparison: scoring. Turns one consolidated pairing into a
// number that grows with the evidence that both prints share a finger.
#pragma once

#include "matcher/compare/alignment.h"
#include "matcher/compare/prepared.h"
#include "matcher/compare/scratch.h"

namespace ridgeline::matcher::compare {

// What the score is computed from; exposed so the evaluation tool can show it.
struct PairingEvidence {
  int pairs = 0;          // pairs kept after alignment (grown + augmented)
  int augmented = 0;      // of which paired by position after alignment
  int support = 0;        // extra edges confirming the pairs
  int probe_count = 0;    // minutiae on each side
  int candidate_count = 0;
  int same_type = 0;      // pairs whose minutia types agree
  double mean_residual = 0;
  double closeness = 0;   // sum over pairs of 1 - residual / tolerance
};

PairingEvidence Gather(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit,
                       const Scratch& scratch);

double ScoreEvidence(const PairingEvidence& evidence);

}  // namespace ridgeline::matcher::compare
