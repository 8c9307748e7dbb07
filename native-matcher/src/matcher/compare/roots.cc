#include "matcher/compare/roots.h"

#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher::compare {

namespace {

inline void Vote(Scratch& s, int probe, int candidate) {
  const int cell = probe * kMaxMinutiae + candidate;
  uint8_t& v = s.votes[cell];
  if (v == 0) s.touched[s.touched_count++] = static_cast<uint16_t>(cell);
  if (v < 255) ++v;
}

// Keeps the kMaxRoots best cells in scratch.roots, best first.
void Rank(Scratch& s, uint16_t cell, uint8_t votes) {
  int at = s.root_count;
  if (at == kMaxRoots) {
    const Root& last = s.roots[kMaxRoots - 1];
    const uint16_t last_cell = static_cast<uint16_t>(last.probe * kMaxMinutiae + last.candidate);
    if (votes < last.votes || (votes == last.votes && cell > last_cell)) return;
    at = kMaxRoots - 1;
  } else {
    ++s.root_count;
  }
  while (at > 0) {
    const Root& prev = s.roots[at - 1];
    const uint16_t prev_cell = static_cast<uint16_t>(prev.probe * kMaxMinutiae + prev.candidate);
    if (prev.votes > votes || (prev.votes == votes && prev_cell < cell)) break;
    s.roots[at] = prev;
    --at;
  }
  s.roots[at] = Root{static_cast<uint8_t>(cell / kMaxMinutiae), static_cast<uint8_t>(cell % kMaxMinutiae), votes};
}

}  // namespace

void FindRoots(const PreparedTemplate& probe, const PreparedTemplate& candidate, Scratch& s) {
  s.touched_count = 0;
  s.root_count = 0;
  const int probe_count = static_cast<int>(probe.root_edges.size());
  const int candidate_count = static_cast<int>(candidate.root_edges.size());
  const uint8_t* candidate_lengths = candidate.root_lengths.data();
  const uint16_t* candidate_edges = candidate.root_edges.data();
  const NeighbourEdge* candidate_table = candidate.edges.data();

  // Both root lists are sorted by length and the window bounds grow with
  // length, so the window only ever slides forward.
  int begin = 0;
  for (int r = 0; r < probe_count; ++r) {
    const int probe_edge_index = probe.root_edges[r];
    const NeighbourEdge& pe = probe.edges[probe_edge_index];
    const int tolerance = LengthTolerance(pe.length);
    const int low = pe.length - tolerance;
    const int high = pe.length + tolerance;
    while (begin < candidate_count && candidate_lengths[begin] < low) ++begin;
    const int probe_from = probe_edge_index / kNeighbours;
    for (int c = begin; c < candidate_count && candidate_lengths[c] <= high; ++c) {
      const int candidate_edge_index = candidate_edges[c];
      const NeighbourEdge& ce = candidate_table[candidate_edge_index];
      if (AngleDistance(pe.from_angle, ce.from_angle) > kAngleTolerance) continue;
      if (AngleDistance(pe.to_angle, ce.to_angle) > kAngleTolerance) continue;
      const int candidate_from = candidate_edge_index / kNeighbours;
      Vote(s, probe_from, candidate_from);
      Vote(s, pe.to, ce.to);
    }
  }

  for (int t = 0; t < s.touched_count; ++t) {
    const uint16_t cell = s.touched[t];
    Rank(s, cell, s.votes[cell]);
    s.votes[cell] = 0;
  }
}

}  // namespace ridgeline::matcher::compare
