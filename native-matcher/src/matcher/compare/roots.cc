#include "matcher/compare/roots.h"

#include <algorithm>
#include <array>

#include "matcher/compare/bits.h"
#include "matcher/compare/tolerances.h"

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define RIDGELINE_ROOTS_SSE2 1
#endif

namespace ridgeline::matcher::compare {

namespace {

// Root order: more votes first, then the lower cell (probe * kMaxMinutiae +
// candidate). One integer per cell, unique, larger is better.
inline uint32_t RootKey(uint16_t cell, uint8_t votes) {
  return static_cast<uint32_t>(votes) << 16 | static_cast<uint32_t>(kMaxMinutiae * kMaxMinutiae - 1 - cell);
}

// Keeps the kMaxRoots best touched cells in scratch.roots, best first, and
// clears the votes of every touched cell.
void Rank(Scratch& s) {
  std::array<uint32_t, kMaxRoots> keys{};
  int count = 0;
  uint8_t* votes = s.votes.data();
  for (int t = 0; t < s.touched_count; ++t) {
    const uint16_t cell = s.touched[t];
    const uint32_t key = RootKey(cell, votes[cell]);
    votes[cell] = 0;
    if (count == kMaxRoots && key < keys[kMaxRoots - 1]) continue;
    int at = count == kMaxRoots ? kMaxRoots - 1 : count++;
    while (at > 0 && keys[at - 1] < key) {
      keys[at] = keys[at - 1];
      --at;
    }
    keys[at] = key;
  }
  for (int k = 0; k < count; ++k) {
    const int cell = kMaxMinutiae * kMaxMinutiae - 1 - static_cast<int>(keys[k] & 0xFFFF);
    s.roots[k] = Root{static_cast<uint8_t>(cell / kMaxMinutiae), static_cast<uint8_t>(cell % kMaxMinutiae),
                      static_cast<uint8_t>(keys[k] >> 16)};
  }
  s.root_count = count;
}

#ifdef RIDGELINE_ROOTS_SSE2
// For each 8-bit match mask: the positions of its set bits, lowest first, as
// 16-bit lanes, and how many there are.
struct MatchLanes {
  alignas(16) std::array<std::array<uint16_t, 8>, 256> lanes{};
  std::array<uint8_t, 256> count{};
};

constexpr MatchLanes MakeMatchLanes() {
  MatchLanes table;
  for (int mask = 0; mask < 256; ++mask) {
    int n = 0;
    for (int bit = 0; bit < 8; ++bit) {
      if ((mask >> bit) & 1) table.lanes[mask][n++] = static_cast<uint16_t>(bit);
    }
    table.count[mask] = static_cast<uint8_t>(n);
  }
  return table;
}

constexpr MatchLanes kMatchLanes = MakeMatchLanes();
#endif

// One edge of the side that is not indexed, looked up among the indexed side's.
struct LookupEdge {
  uint8_t from_angle, to_angle, length, from;
  int length_tolerance;
};

// Tests indexed edges [begin, end) against one lookup edge and collects the
// matches (index edge, lookup minutia) in scratch. The length tolerance is always the probe
// edge's: broadcast from the lookup edge when the candidate is indexed, read
// from the tolerance plane when the probe is. Either way the same edge pairs
// match, so the votes do not depend on which side is indexed.
template <bool kProbeIndexed>
inline void ScanRange(const RootIndex& index, const LookupEdge& le, int begin, int end, Scratch& s) {
  // The count lives in a register: through memory, each append would wait
  // for the previous one's store (the vector stores may alias it).
  int count = s.match_count;
  uint16_t* match_edge = s.match_edge.data();
  uint8_t* match_from = s.match_from.data();
  const uint8_t* from_angles = index.Plane(kFromAnglePlane);
  const uint8_t* to_angles = index.Plane(kToAnglePlane);
  const uint8_t* lengths = index.Plane(kLengthPlane);
  const uint8_t* tolerances = index.Plane(kTolerancePlane);
#ifdef RIDGELINE_ROOTS_SSE2
  // Angles: (a - b + tol) mod 256 <= 2 tol  <=>  |a - b| <= tol on the circle.
  const __m128i angle_shift = _mm_set1_epi8(static_cast<char>(kAngleTolerance));
  const __m128i angle_span = _mm_set1_epi8(static_cast<char>(2 * kAngleTolerance));
  const __m128i lookup_from = _mm_set1_epi8(static_cast<char>(le.from_angle));
  const __m128i lookup_to = _mm_set1_epi8(static_cast<char>(le.to_angle));
  const __m128i lookup_length = _mm_set1_epi8(static_cast<char>(le.length));
  const __m128i lookup_tolerance = _mm_set1_epi8(static_cast<char>(le.length_tolerance));
  const __m128i zero = _mm_setzero_si128();
  const __m128i lookup_owner = _mm_set1_epi8(static_cast<char>(le.from));
  auto scan16 = [&](int e) {
    const __m128i fa = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from_angles + e));
    const __m128i ta = _mm_loadu_si128(reinterpret_cast<const __m128i*>(to_angles + e));
    const __m128i ln = _mm_loadu_si128(reinterpret_cast<const __m128i*>(lengths + e));
    const __m128i tolerance =
        kProbeIndexed ? _mm_loadu_si128(reinterpret_cast<const __m128i*>(tolerances + e)) : lookup_tolerance;
    const __m128i fd = _mm_subs_epu8(_mm_add_epi8(_mm_sub_epi8(fa, lookup_from), angle_shift), angle_span);
    const __m128i td = _mm_subs_epu8(_mm_add_epi8(_mm_sub_epi8(ta, lookup_to), angle_shift), angle_span);
    const __m128i ld = _mm_subs_epu8(_mm_or_si128(_mm_subs_epu8(ln, lookup_length), _mm_subs_epu8(lookup_length, ln)),
                                     tolerance);
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(_mm_or_si128(fd, td), ld), zero)));
    // Lanes past the window's end (branch-free: the window length varies).
    const int valid = std::clamp(end - e, 0, 16);
    mask &= (1u << valid) - 1;
    // Matches are appended without branches (whether an edge matches is
    // unpredictable): eight slots are always written, and the count advances
    // by the number of real matches. Votes are cast afterwards.
    for (int half = 0; half < 2; ++half) {
      const unsigned bits = (mask >> (8 * half)) & 0xFF;
      const __m128i lanes = _mm_load_si128(reinterpret_cast<const __m128i*>(kMatchLanes.lanes[bits].data()));
      const __m128i edge = _mm_add_epi16(lanes, _mm_set1_epi16(static_cast<short>(e + 8 * half)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(match_edge + count), edge);
      _mm_storel_epi64(reinterpret_cast<__m128i*>(match_from + count), lookup_owner);
      count += kMatchLanes.count[bits];
    }
  };
  // Windows hold about sixteen edges: two blocks unconditionally (the second
  // often empty) predict better than a loop that runs once or twice.
  if (end - begin <= 32) {
    scan16(begin);
    scan16(begin + 16);
  } else {
    for (int e = begin; e < end; e += 16) scan16(e);
  }
#else
  for (int k = begin; k < end; ++k) {
    if (AngleDistance(le.from_angle, from_angles[k]) > kAngleTolerance) continue;
    if (AngleDistance(le.to_angle, to_angles[k]) > kAngleTolerance) continue;
    const int dl = static_cast<int>(le.length) - lengths[k];
    const int tolerance = kProbeIndexed ? tolerances[k] : le.length_tolerance;
    if (dl > tolerance || -dl > tolerance) continue;
    match_edge[count] = static_cast<uint16_t>(k);
    match_from[count] = le.from;
    ++count;
  }
#endif
  s.match_count = count;
}

// Casts the votes of the collected matches: only for the pair the edges start
// from; the far ends get their votes from their own edges, and counting them
// twice favours dense clusters.
template <bool kProbeIndexed>
void CastVotes(const RootIndex& index, Scratch& s) {
  const uint8_t* owners = index.Plane(kOwnerPlane);
  // Locals, not scratch fields: the vote bytes may alias them.
  uint8_t* votes = s.votes.data();
  uint16_t* touched = s.touched.data();
  int touched_count = s.touched_count;
  for (int t = 0; t < s.match_count; ++t) {
    const uint8_t owner = owners[s.match_edge[t]];
    const int cell = kProbeIndexed ? owner * kMaxMinutiae + s.match_from[t] : s.match_from[t] * kMaxMinutiae + owner;
    uint8_t& v = votes[cell];
    // Branch-free: whether a cell is new or saturated is unpredictable.
    touched[touched_count] = static_cast<uint16_t>(cell);
    touched_count += v == 0;
    v = static_cast<uint8_t>(v + (v < 255));
  }
  s.touched_count = touched_count;
  s.match_count = 0;
}

// Counting sort of a template's root edges by from_angle, with the edges a
// wrapping window can reach copied on both sides: those with the largest
// from_angles before the first edge, those with the smallest after the last.
// Every window is then one range, found by two table lookups.
void BuildIndex(const PreparedTemplate& tmpl, RootIndex& index) {
  constexpr int T = kAngleTolerance;
  // starts[a] = number of edges with from_angle < a.
  std::array<uint16_t, 257> starts{};
  const int n = tmpl.size();
  for (int i = 0; i < n; ++i) {
    const NeighbourEdge* e = tmpl.NeighboursOf(i);
    for (int slot = 0; slot < kRootNeighbours && e[slot].to != kNone; ++slot) ++starts[e[slot].from_angle + 1];
  }
  for (int a = 0; a < 256; ++a) starts[a + 1] += starts[a];
  const int count = starts[256];
  const int front = count - starts[256 - T];  // from_angle >= 256 - T
  const int back = starts[T + 1];             // from_angle <= T
  index.count = count;
  std::array<uint16_t, 256> next{};
  std::copy_n(starts.begin(), 256, next.begin());
  uint8_t* from_angles = index.Plane(kFromAnglePlane);
  uint8_t* to_angles = index.Plane(kToAnglePlane);
  uint8_t* lengths = index.Plane(kLengthPlane);
  uint8_t* tolerances = index.Plane(kTolerancePlane);
  uint8_t* owners = index.Plane(kOwnerPlane);
  for (int i = 0; i < n; ++i) {
    const NeighbourEdge* e = tmpl.NeighboursOf(i);
    for (int slot = 0; slot < kRootNeighbours && e[slot].to != kNone; ++slot) {
      const int at = front + next[e[slot].from_angle]++;
      from_angles[at] = e[slot].from_angle;
      to_angles[at] = e[slot].to_angle;
      lengths[at] = e[slot].length;
      tolerances[at] = static_cast<uint8_t>(LengthTolerance(e[slot].length));
      owners[at] = static_cast<uint8_t>(i);
    }
  }
  for (int p = 0; p < kRootPlanes; ++p) {
    uint8_t* plane = index.Plane(p);
    std::copy_n(plane + front + count - front, front, plane);
    std::copy_n(plane + front, back, plane + front + count);
  }
  // first_at[v + T]: position of the first edge whose from_angle, unwrapped
  // into the copies, is >= v, for v in [-T, 256 + T].
  for (int v = -T; v < 0; ++v) index.first_at[v + T] = static_cast<uint16_t>(starts[v + 256] - starts[256 - T]);
  for (int v = 0; v <= 256; ++v) index.first_at[v + T] = static_cast<uint16_t>(front + starts[v]);
  for (int v = 257; v <= 256 + T; ++v) {
    index.first_at[v + T] = static_cast<uint16_t>(front + count + starts[v - 256]);
  }
}

// The indexed edges whose from_angle is within tolerance of `from_angle`, as
// one range that may run into the copies on either side.
inline void Window(const RootIndex& index, int from_angle, int& begin, int& end) {
  begin = index.first_at[from_angle];                            // v = from_angle - T
  end = index.first_at[from_angle + 2 * kAngleTolerance + 1];  // v = from_angle + T + 1
}

template <bool kProbeIndexed>
void LookUp(const PreparedTemplate& other, const RootIndex& index, Scratch& s) {
  const int n = other.size();
  for (int i = 0; i < n; ++i) {
    const NeighbourEdge* edges = other.NeighboursOf(i);
    // A fixed trip count (padding edges are skipped, not a loop exit) keeps
    // the loop predictable.
    for (int slot = 0; slot < kRootNeighbours; ++slot) {
      const NeighbourEdge& edge = edges[slot];
      if (edge.to == kNone) continue;
      LookupEdge le;
      le.from_angle = edge.from_angle;
      le.to_angle = edge.to_angle;
      le.length = edge.length;
      le.from = static_cast<uint8_t>(i);
      le.length_tolerance = LengthTolerance(le.length);
      int begin = 0, end = 0;
      Window(index, le.from_angle, begin, end);
      // Room for every edge of the window plus the unconditional 8-slot writes.
      if (s.match_count + (end - begin) + 32 > kMaxMatches) CastVotes<kProbeIndexed>(index, s);
      ScanRange<kProbeIndexed>(index, le, begin, end, s);
    }
  }
  CastVotes<kProbeIndexed>(index, s);
}

// Which side to index: the one already indexed, else one that also took part
// in the previous comparison (it is likely to recur, as the probe of a 1:N
// search does), else the candidate.
bool IndexProbe(const PreparedTemplate& probe, const PreparedTemplate& candidate, Scratch& s) {
  RootIndex& index = s.root_index;
  const bool indexed = index.serial != 0;
  if (indexed && index.serial == candidate.serial) return false;
  if (indexed && index.serial == probe.serial) return true;
  const bool probe_recurs =
      probe.serial != 0 && (probe.serial == s.previous_serials[0] || probe.serial == s.previous_serials[1]);
  const PreparedTemplate& chosen = probe_recurs ? probe : candidate;
  BuildIndex(chosen, index);
  index.serial = chosen.serial;
  return probe_recurs;
}

}  // namespace

void FindRoots(const PreparedTemplate& probe, const PreparedTemplate& candidate, Scratch& s) {
  s.touched_count = 0;
  s.root_count = 0;
  const bool probe_indexed = IndexProbe(probe, candidate, s);
  s.previous_serials[0] = probe.serial;
  s.previous_serials[1] = candidate.serial;
  const RootIndex& index = s.root_index;
  if (index.count != 0) {
    if (probe_indexed) {
      LookUp<true>(candidate, index, s);
    } else {
      LookUp<false>(probe, index, s);
    }
  }
  Rank(s);
}

}  // namespace ridgeline::matcher::compare
