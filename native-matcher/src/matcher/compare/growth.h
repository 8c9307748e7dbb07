// Stage 4 of comparison: consolidation. From one root pair, grow a one-to-one
// pairing by repeatedly accepting the most similar pair of neighbour edges
// leaving already-paired minutiae (best first, like a Prim tree over edge
// similarity). Local edges tolerate elastic distortion that a single global
// transform would not; edges found between two already-paired minutiae count
// as support for the pairing.
#pragma once

#include "matcher/compare/prepared.h"
#include "matcher/compare/scratch.h"

namespace ridgeline::matcher::compare {

// Fills scratch.pair_* / pair_count / support from `root`.
void GrowPairing(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Root& root,
                 Scratch& scratch);

}  // namespace ridgeline::matcher::compare
