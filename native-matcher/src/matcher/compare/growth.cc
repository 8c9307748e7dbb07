#include "matcher/compare/growth.h"

#include "matcher/compare/bits.h"
#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher::compare {

namespace {

// Binary min-heap on EdgePair::error, with a deterministic tie-break so the
// result never depends on insertion accidents.
inline bool Before(const EdgePair& a, const EdgePair& b) {
  if (a.error != b.error) return a.error < b.error;
  if (a.probe_to != b.probe_to) return a.probe_to < b.probe_to;
  if (a.candidate_to != b.candidate_to) return a.candidate_to < b.candidate_to;
  if (a.probe_from != b.probe_from) return a.probe_from < b.probe_from;
  return a.candidate_from < b.candidate_from;
}

void Push(Scratch& s, const EdgePair& e) {
  if (s.queue_size == kMaxQueue) return;
  int at = s.queue_size++;
  while (at > 0) {
    const int parent = (at - 1) / 2;
    if (!Before(e, s.queue[parent])) break;
    s.queue[at] = s.queue[parent];
    at = parent;
  }
  s.queue[at] = e;
}

EdgePair Pop(Scratch& s) {
  const EdgePair top = s.queue[0];
  const EdgePair last = s.queue[--s.queue_size];
  int at = 0;
  for (;;) {
    int child = 2 * at + 1;
    if (child >= s.queue_size) break;
    if (child + 1 < s.queue_size && Before(s.queue[child + 1], s.queue[child])) ++child;
    if (!Before(s.queue[child], last)) break;
    s.queue[at] = s.queue[child];
    at = child;
  }
  s.queue[at] = last;
  return top;
}

void AddPair(Scratch& s, uint8_t probe, uint8_t candidate) {
  s.probe_partner[probe] = candidate;
  s.candidate_partner[candidate] = probe;
  s.pair_probe[s.pair_count] = probe;
  s.pair_candidate[s.pair_count] = candidate;
  ++s.pair_count;
}

// Queues every compatible pair of neighbour edges leaving the pair (p, c).
void Expand(const PreparedTemplate& probe, const PreparedTemplate& candidate, uint8_t root_rotation, uint8_t p,
            uint8_t c, uint8_t parent_probe, Scratch& s) {
  const NeighbourEdge* pe = probe.NeighboursOf(p);
  const NeighbourEdge* ce = candidate.NeighboursOf(c);
  for (int a = 0; a < kNeighbours && pe[a].to != kNone; ++a) {
    const NeighbourEdge& x = pe[a];
    // The edge back to the pair this one was reached from proves nothing new.
    if (x.to == parent_probe) continue;
    const uint8_t settled = s.probe_partner[x.to];
    const int tolerance = LengthTolerance(x.length);
    // Geometry first, without branches: which candidate edges look like x.
    unsigned similar = 0;
    for (int b = 0; b < kNeighbours; ++b) {
      const NeighbourEdge& y = ce[b];
      const int dl = static_cast<int>(x.length) - y.length;
      const int da = static_cast<uint8_t>(x.from_angle - y.from_angle + kAngleTolerance);
      const int db = static_cast<uint8_t>(x.to_angle - y.to_angle + kAngleTolerance);
      const bool ok = (y.to != kNone) & (static_cast<unsigned>(dl + tolerance) <= static_cast<unsigned>(2 * tolerance)) &
                      (da <= 2 * kAngleTolerance) & (db <= 2 * kAngleTolerance);
      similar |= static_cast<unsigned>(ok) << b;
    }
    while (similar != 0) {
      const int b = LowestBit(similar);
      similar &= similar - 1;
      const NeighbourEdge& y = ce[b];
      if (settled != kNone && settled != y.to) continue;
      if (settled == kNone && s.candidate_partner[y.to] != kNone) continue;
      const int dl = x.length > y.length ? x.length - y.length : y.length - x.length;
      const int da = AngleDistance(x.from_angle, y.from_angle);
      const int db = AngleDistance(x.to_angle, y.to_angle);
      const uint8_t rotation = static_cast<uint8_t>(candidate.minutiae[y.to].direction - probe.minutiae[x.to].direction);
      if (AngleDistance(rotation, root_rotation) > kDriftTolerance) continue;
      // Already-settled ends are still queued: when popped they count as support.
      EdgePair e;
      e.error = static_cast<uint16_t>(dl * kAngleTolerance * 2 / tolerance + da + db);
      e.probe_from = p;
      e.probe_to = x.to;
      e.candidate_from = c;
      e.candidate_to = y.to;
      Push(s, e);
    }
  }
}

}  // namespace

void GrowPairing(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Root& root, Scratch& s) {
  // Reset only what the previous pairing touched.
  for (int k = 0; k < s.pair_count; ++k) {
    s.probe_partner[s.pair_probe[k]] = kNone;
    s.candidate_partner[s.pair_candidate[k]] = kNone;
  }
  s.pair_count = 0;
  s.support = 0;
  s.queue_size = 0;

  const uint8_t root_rotation =
      static_cast<uint8_t>(candidate.minutiae[root.candidate].direction - probe.minutiae[root.probe].direction);
  AddPair(s, root.probe, root.candidate);
  Expand(probe, candidate, root_rotation, root.probe, root.candidate, kNone, s);
  while (s.queue_size > 0) {
    const EdgePair e = Pop(s);
    const uint8_t known = s.probe_partner[e.probe_to];
    if (known == kNone) {
      if (s.candidate_partner[e.candidate_to] != kNone) continue;
      AddPair(s, e.probe_to, e.candidate_to);
      Expand(probe, candidate, root_rotation, e.probe_to, e.candidate_to, e.probe_from, s);
    } else if (known == e.candidate_to && s.probe_partner[e.probe_from] == e.candidate_from) {
      // An edge between two pairs that was not needed to reach them: independent
      // evidence that both pairs are right.
      ++s.support;
    }
  }
}

}  // namespace ridgeline::matcher::compare
