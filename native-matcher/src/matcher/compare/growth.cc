#include "matcher/compare/growth.h"

#include "matcher/compare/bits.h"
#include "matcher/compare/tolerances.h"

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace ridgeline::matcher::compare {

namespace {

// Binary min-heap on EdgePair::error, with a deterministic tie-break so the
// result never depends on insertion accidents: error, then probe_to,
// candidate_to, probe_from, candidate_from, packed into one integer so each
// heap step is a single comparison.
inline uint64_t QueueKey(const EdgePair& e) {
  return static_cast<uint64_t>(e.error) << 32 | static_cast<uint64_t>(e.probe_to) << 24 |
         static_cast<uint64_t>(e.candidate_to) << 16 | static_cast<uint64_t>(e.probe_from) << 8 | e.candidate_from;
}

inline EdgePair FromQueueKey(uint64_t key) {
  EdgePair e;
  e.error = static_cast<uint16_t>(key >> 32);
  e.probe_to = static_cast<uint8_t>(key >> 24);
  e.candidate_to = static_cast<uint8_t>(key >> 16);
  e.probe_from = static_cast<uint8_t>(key >> 8);
  e.candidate_from = static_cast<uint8_t>(key);
  return e;
}

void Push(Scratch& s, const EdgePair& pair) {
  if (s.queue_size == kMaxQueue) return;
  const uint64_t key = QueueKey(pair);
  int at = s.queue_size++;
  while (at > 0) {
    const int parent = (at - 1) / 2;
    if (!(key < s.queue[parent])) break;
    s.queue[at] = s.queue[parent];
    at = parent;
  }
  s.queue[at] = key;
}

EdgePair Pop(Scratch& s) {
  const uint64_t top = s.queue[0];
  const uint64_t last = s.queue[--s.queue_size];
  int at = 0;
  for (;;) {
    int child = 2 * at + 1;
    if (child >= s.queue_size) break;
    if (child + 1 < s.queue_size && s.queue[child + 1] < s.queue[child]) ++child;
    if (!(s.queue[child] < last)) break;
    s.queue[at] = s.queue[child];
    at = child;
  }
  s.queue[at] = last;
  return FromQueueKey(top);
}

#if defined(__SSE2__) || defined(_M_X64)
// The eight neighbour edges of a candidate minutia, as two vectors of four
// packed NeighbourEdge {to, length, from_angle, to_angle} bytes.
struct CandidateEdges {
  __m128i low, high;
};

inline CandidateEdges LoadEdges(const NeighbourEdge* ce) {
  static_assert(sizeof(NeighbourEdge) == 4 && kNeighbours == 8, "edge packing");
  return {_mm_loadu_si128(reinterpret_cast<const __m128i*>(ce)),
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(ce + 4))};
}

inline uint32_t Pack(uint8_t to, uint8_t length, uint8_t from_angle, uint8_t to_angle) {
  return static_cast<uint32_t>(to) | static_cast<uint32_t>(length) << 8 | static_cast<uint32_t>(from_angle) << 16 |
         static_cast<uint32_t>(to_angle) << 24;
}

// Bit b set when candidate edge b exists and its length and both angles are
// within tolerance of x (the scalar test below, four edges per instruction).
inline unsigned SimilarEdges(const NeighbourEdge& x, int tolerance, const CandidateEdges& y) {
  const __m128i probe = _mm_set1_epi32(static_cast<int>(Pack(0, x.length, x.from_angle, x.to_angle)));
  const __m128i shift = _mm_set1_epi32(static_cast<int>(Pack(0, 0, kAngleTolerance, kAngleTolerance)));
  const __m128i span = _mm_set1_epi32(static_cast<int>(Pack(0, 0, 2 * kAngleTolerance, 2 * kAngleTolerance)));
  const __m128i length_tolerance = _mm_set1_epi8(static_cast<char>(tolerance));
  const __m128i angle_lanes = _mm_set1_epi32(static_cast<int>(Pack(0, 0, 0xFF, 0xFF)));
  const __m128i length_lane = _mm_set1_epi32(static_cast<int>(Pack(0, 0xFF, 0, 0)));
  const __m128i to_lane = _mm_set1_epi32(static_cast<int>(Pack(0xFF, 0, 0, 0)));
  const __m128i none = _mm_set1_epi8(static_cast<char>(kNone));
  const __m128i zero = _mm_setzero_si128();
  auto test = [&](__m128i v) {
    // Non-zero bytes are failures: angle outside the window, length too far
    // apart, or a padding edge (to == kNone).
    const __m128i angles = _mm_subs_epu8(_mm_add_epi8(_mm_sub_epi8(v, probe), shift), span);
    const __m128i length =
        _mm_subs_epu8(_mm_or_si128(_mm_subs_epu8(v, probe), _mm_subs_epu8(probe, v)), length_tolerance);
    const __m128i padding = _mm_cmpeq_epi8(v, none);
    const __m128i fail = _mm_or_si128(_mm_or_si128(_mm_and_si128(angles, angle_lanes), _mm_and_si128(length, length_lane)),
                                      _mm_and_si128(padding, to_lane));
    return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(fail, zero))));
  };
  return test(y.low) | test(y.high) << 4;
}
#else
struct CandidateEdges {
  const NeighbourEdge* edges;
};

inline CandidateEdges LoadEdges(const NeighbourEdge* ce) { return {ce}; }

inline unsigned SimilarEdges(const NeighbourEdge& x, int tolerance, const CandidateEdges& candidate) {
  unsigned similar = 0;
  for (int b = 0; b < kNeighbours; ++b) {
    const NeighbourEdge& y = candidate.edges[b];
    const int dl = static_cast<int>(x.length) - y.length;
    const int da = static_cast<uint8_t>(x.from_angle - y.from_angle + kAngleTolerance);
    const int db = static_cast<uint8_t>(x.to_angle - y.to_angle + kAngleTolerance);
    const bool ok = (y.to != kNone) & (static_cast<unsigned>(dl + tolerance) <= static_cast<unsigned>(2 * tolerance)) &
                    (da <= 2 * kAngleTolerance) & (db <= 2 * kAngleTolerance);
    similar |= static_cast<unsigned>(ok) << b;
  }
  return similar;
}
#endif

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
  const CandidateEdges candidate_edges = LoadEdges(ce);
  // Geometry first, without branches: which candidate edges look like each
  // probe edge, as one mask (bit 8a + b: probe edge a, candidate edge b).
  // Padding edges (to == kNone) and the edge back to the pair this one was
  // reached from (it proves nothing new) contribute nothing.
  uint64_t similar = 0;
  for (int a = 0; a < kNeighbours; ++a) {
    const NeighbourEdge& x = pe[a];
    const unsigned edges = SimilarEdges(x, LengthTolerance(x.length), candidate_edges);
    const bool skip = (x.to == kNone) | (x.to == parent_probe);
    similar |= static_cast<uint64_t>(skip ? 0u : edges) << (8 * a);
  }
  // Lowest bit first: probe edges in order, then candidate edges (the queue
  // drops pushes once full, so the order is kept fixed).
  for (; similar != 0; similar &= similar - 1) {
    const int bit = LowestBit64(similar);
    const NeighbourEdge& x = pe[bit >> 3];
    const NeighbourEdge& y = ce[bit & 7];
    const uint8_t settled = s.probe_partner[x.to];
    if (settled != kNone && settled != y.to) continue;
    if (settled == kNone && s.candidate_partner[y.to] != kNone) continue;
    const int tolerance = LengthTolerance(x.length);
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
