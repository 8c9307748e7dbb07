// Stage 3 of comparison: candidate pairing. Short edges of the probe are
// matched with the candidate's short edges (length and angles within
// tolerance); every match votes for the pair of minutiae the edges start
// from. One side's edges are indexed and the other's looked up in it; the
// index stays in per-thread scratch while its template recurs (the probe of a
// 1:N search), and the votes are the same whichever side is indexed. The most-voted pairs become roots from which consolidation grows a
// full pairing.
#pragma once

#include "matcher/compare/prepared.h"
#include "matcher/compare/scratch.h"

namespace ridgeline::matcher::compare {

// Fills scratch.roots / root_count (best first, ties by index) and leaves
// scratch.votes cleared.
void FindRoots(const PreparedTemplate& probe, const PreparedTemplate& candidate, Scratch& scratch);

}  // namespace ridgeline::matcher::compare
