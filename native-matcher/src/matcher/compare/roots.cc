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
  const int probe_count = static_cast<int>(probe.roots.size());
  const int count = static_cast<int>(candidate.roots.size());
  if (probe_count == 0 || count == 0) return;
  const RootEdge* edges = candidate.roots.data();

  // Both lists are sorted by from_angle. The candidate list is walked as if
  // repeated once per turn (virtual index v -> edges[v mod count] at angle
  // + 256 * (v div count)), so the window [a - tol, a + tol] slides forward
  // across the 0/256 wrap without copies.
  auto angle_at = [&](int v) {
    const int turn = v >= 0 ? v / count : -((-v + count - 1) / count);
    return static_cast<int>(edges[v - turn * count].from_angle) + 256 * turn;
  };
  int begin = -count;
  for (int r = 0; r < probe_count; ++r) {
    const RootEdge& pe = probe.roots[r];
    const int low = pe.from_angle - kAngleTolerance;
    const int high = pe.from_angle + kAngleTolerance;
    while (angle_at(begin) < low) ++begin;
    const int tolerance = LengthTolerance(pe.length);
    int index = begin - (begin >= 0 ? 0 : -((-begin + count - 1) / count)) * count;
    int turn_base = begin >= 0 ? (begin / count) * 256 : -((-begin + count - 1) / count) * 256;
    if (index >= count) index -= count;  // unreachable for begin < 2*count; kept for clarity
    for (int v = begin; v < begin + count; ++v) {
      const RootEdge& ce = edges[index];
      if (ce.from_angle + turn_base > high) break;
      if (++index == count) {
        index = 0;
        turn_base += 256;
      }
      // Branch-free test: most edges in the angle window fail here, and an
      // unpredictable branch per edge would cost more than the arithmetic.
      const int dl = static_cast<int>(pe.length) - ce.length;
      const int dt = static_cast<int8_t>(static_cast<uint8_t>(pe.to_angle - ce.to_angle));
      const bool match = (static_cast<unsigned>(dl + tolerance) <= static_cast<unsigned>(2 * tolerance)) &
                         (static_cast<unsigned>(dt + kAngleTolerance) <= static_cast<unsigned>(2 * kAngleTolerance));
      if (!match) continue;
      Vote(s, pe.from, ce.from);
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
