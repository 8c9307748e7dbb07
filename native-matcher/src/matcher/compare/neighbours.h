// Stage 2 of comparison: local structures. Each minutia keeps its nearest
// neighbours as rotation- and translation-invariant edges (length plus both
// minutia directions relative to the edge).
#pragma once

#include "matcher/compare/prepared.h"

namespace ridgeline::matcher::compare {

// Requires prepared.minutiae; fills prepared.edges.
void BuildNeighbourEdges(PreparedTemplate& prepared);

// The edge from a to b in prepared units (used for both tables and growth).
NeighbourEdge MakeEdge(const PreparedMinutia& a, const PreparedMinutia& b, uint8_t to);

}  // namespace ridgeline::matcher::compare
