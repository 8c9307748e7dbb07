// Stage 2 of comparison: local structures. Each minutia keeps its nearest
// neighbours as rotation- and translation-invariant edges (length plus both
// minutia directions relative to the edge); the shortest of them are indexed by
// length so root pairs are found by a sliding window instead of a full cross product.
#pragma once

#include "matcher/compare/prepared.h"

namespace ridgeline::matcher::compare {

// Requires prepared.minutiae; fills edges, root_edges, root_lengths.
void BuildNeighbourEdges(PreparedTemplate& prepared);

// The edge from a to b in prepared units (used for both tables and growth).
NeighbourEdge MakeEdge(const PreparedMinutia& a, const PreparedMinutia& b, uint8_t to);

}  // namespace ridgeline::matcher::compare
