#include "matcher/compare/roots.h"

#include <array>

#include "matcher/compare/bits.h"
#include "matcher/compare/tolerances.h"

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define RIDGELINE_ROOTS_SSE2 1
#endif

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

struct ProbeEdge {
  uint8_t from_angle, to_angle, length, from;
  int length_tolerance;
};

// Tests candidate root edges [begin, end) against one probe edge and votes
// for the minutia pair of every match.
inline void ScanRange(const RootIndex& index, const ProbeEdge& pe, int begin, int end, Scratch& s) {
  const uint8_t* from_angles = index.Plane(kFromAnglePlane);
  const uint8_t* to_angles = index.Plane(kToAnglePlane);
  const uint8_t* lengths = index.Plane(kLengthPlane);
  const uint8_t* froms = index.Plane(kFromPlane);
#ifdef RIDGELINE_ROOTS_SSE2
  // Angles: (a - b + tol) mod 256 <= 2 tol  <=>  |a - b| <= tol on the circle.
  const __m128i angle_shift = _mm_set1_epi8(static_cast<char>(kAngleTolerance));
  const __m128i angle_span = _mm_set1_epi8(static_cast<char>(2 * kAngleTolerance));
  const __m128i probe_from = _mm_set1_epi8(static_cast<char>(pe.from_angle));
  const __m128i probe_to = _mm_set1_epi8(static_cast<char>(pe.to_angle));
  const __m128i probe_length = _mm_set1_epi8(static_cast<char>(pe.length));
  const __m128i length_tolerance = _mm_set1_epi8(static_cast<char>(pe.length_tolerance));
  const __m128i zero = _mm_setzero_si128();
  for (int e = begin; e < end; e += 16) {
    const __m128i fa = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from_angles + e));
    const __m128i ta = _mm_loadu_si128(reinterpret_cast<const __m128i*>(to_angles + e));
    const __m128i ln = _mm_loadu_si128(reinterpret_cast<const __m128i*>(lengths + e));
    const __m128i fd = _mm_subs_epu8(_mm_add_epi8(_mm_sub_epi8(fa, probe_from), angle_shift), angle_span);
    const __m128i td = _mm_subs_epu8(_mm_add_epi8(_mm_sub_epi8(ta, probe_to), angle_shift), angle_span);
    const __m128i ld = _mm_subs_epu8(_mm_or_si128(_mm_subs_epu8(ln, probe_length), _mm_subs_epu8(probe_length, ln)),
                                     length_tolerance);
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(_mm_or_si128(fd, td), ld), zero)));
    if (end - e < 16) mask &= (1u << (end - e)) - 1;
    while (mask != 0) {
      const int k = e + LowestBit(mask);
      mask &= mask - 1;
      // Only the pair the edges start from: the far ends get their votes
      // from their own edges, and counting them twice favours dense clusters.
      Vote(s, pe.from, froms[k]);

    }
  }
#else
  for (int k = begin; k < end; ++k) {
    if (AngleDistance(pe.from_angle, from_angles[k]) > kAngleTolerance) continue;
    if (AngleDistance(pe.to_angle, to_angles[k]) > kAngleTolerance) continue;
    const int dl = static_cast<int>(pe.length) - lengths[k];
    if (dl > pe.length_tolerance || -dl > pe.length_tolerance) continue;
    Vote(s, pe.from, froms[k]);
  }
#endif
}

// Counting sort of the candidate's root edges into from_angle buckets.
void BuildIndex(const PreparedTemplate& candidate, RootIndex& index) {
  std::array<uint16_t, kRootBuckets + 1> next{};
  const int n = candidate.size();
  for (int i = 0; i < n; ++i) {
    const NeighbourEdge* e = candidate.NeighboursOf(i);
    for (int slot = 0; slot < kRootNeighbours && e[slot].to != kNone; ++slot) {
      ++next[(e[slot].from_angle >> kRootBucketShift) + 1];
    }
  }
  for (int b = 0; b < kRootBuckets; ++b) next[b + 1] += next[b];
  index.buckets = next;
  index.count = next[kRootBuckets];
  uint8_t* planes = index.planes.data();
  for (int i = 0; i < n; ++i) {
    const NeighbourEdge* e = candidate.NeighboursOf(i);
    for (int slot = 0; slot < kRootNeighbours && e[slot].to != kNone; ++slot) {
      const int at = next[e[slot].from_angle >> kRootBucketShift]++;
      planes[kFromAnglePlane * kRootStride + at] = e[slot].from_angle;
      planes[kToAnglePlane * kRootStride + at] = e[slot].to_angle;
      planes[kLengthPlane * kRootStride + at] = e[slot].length;
      planes[kFromPlane * kRootStride + at] = static_cast<uint8_t>(i);
    }
  }
}

}  // namespace

void FindRoots(const PreparedTemplate& probe, const PreparedTemplate& candidate, Scratch& s) {
  s.touched_count = 0;
  s.root_count = 0;
  RootIndex& index = s.root_index;
  BuildIndex(candidate, index);
  if (index.count == 0) return;
  const auto& buckets = index.buckets;
  const int probe_count = probe.size();
  for (int i = 0; i < probe_count; ++i) {
    const NeighbourEdge* edges = probe.NeighboursOf(i);
    for (int slot = 0; slot < kRootNeighbours && edges[slot].to != kNone; ++slot) {
      const NeighbourEdge& edge = edges[slot];
      ProbeEdge pe;
      pe.from_angle = edge.from_angle;
      pe.to_angle = edge.to_angle;
      pe.length = edge.length;
      pe.from = static_cast<uint8_t>(i);
      pe.length_tolerance = LengthTolerance(pe.length);
      // The candidates whose from_angle can be within tolerance, as whole
      // buckets; the window may wrap past 0 / 256.
      constexpr int b = kRootBucketShift;
      const int low = pe.from_angle - kAngleTolerance;
      const int high = pe.from_angle + kAngleTolerance;
      if (low < 0) {
        ScanRange(index, pe, buckets[(low + 256) >> b], index.count, s);
        ScanRange(index, pe, 0, buckets[(high >> b) + 1], s);
      } else if (high > 255) {
        ScanRange(index, pe, buckets[low >> b], index.count, s);
        ScanRange(index, pe, 0, buckets[((high - 256) >> b) + 1], s);
      } else {
        ScanRange(index, pe, buckets[low >> b], buckets[(high >> b) + 1], s);
      }
    }
  }

  for (int t = 0; t < s.touched_count; ++t) {
    const uint16_t cell = s.touched[t];
    Rank(s, cell, s.votes[cell]);
    s.votes[cell] = 0;
  }
}

}  // namespace ridgeline::matcher::compare
