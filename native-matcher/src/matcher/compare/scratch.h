// Per-thread working memory for one comparison, sized for the largest
// prepared template, so the hot path never touches the heap.
#pragma once

#include <array>
#include <cstdint>

#include "matcher/compare/prepared.h"
#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher::compare {

// A probe edge matched to a candidate edge: both ends pair up if accepted.
struct EdgePair {
  uint16_t error = 0;
  uint8_t probe_from = 0;
  uint8_t probe_to = 0;
  uint8_t candidate_from = 0;
  uint8_t candidate_to = 0;
};

struct Root {
  uint8_t probe = 0;
  uint8_t candidate = 0;
  uint8_t votes = 0;
};

constexpr int kMaxQueue = 4096;

// One template's kRootNeighbours nearest edges per minutia as byte planes
// (structure of arrays) sorted by from_angle, so sixteen edges are tested per
// SIMD instruction and every lookup window is one contiguous range: the edges
// a window wrapping past 0 or 256 can reach are repeated before the first and
// after the last edge. Planes are padded so vector loads past the end stay in
// bounds.
enum RootPlane { kFromAnglePlane = 0, kToAnglePlane, kLengthPlane, kTolerancePlane, kOwnerPlane, kRootPlanes };
constexpr int kRootEdges = kMaxMinutiae * kRootNeighbours;
constexpr int kRootStride = 2 * kRootEdges + 32;

struct RootIndex {
  std::array<uint8_t, kRootPlanes * kRootStride> planes{};
  // first_at[v + kAngleTolerance]: the first edge whose from_angle, unwrapped
  // into the copies, is at least v (roots.cc).
  std::array<uint16_t, 256 + 2 * kAngleTolerance + 1> first_at{};
  int count = 0;
  // PreparedTemplate::serial of the indexed template; 0 = none. The index
  // is kept between comparisons: in 1:N search one side recurs in every call.
  uint64_t serial = 0;
  const uint8_t* Plane(int plane) const { return &planes[plane * kRootStride]; }
  uint8_t* Plane(int plane) { return &planes[plane * kRootStride]; }
};
constexpr int kMaxRoots = 7;
constexpr int kMaxMatches = 4096;

// Completion looks candidates up by x in a table with one entry per pixel
// column (prints up to this wide, in 500 ppi pixels; wider use binary search).
constexpr int kMaxBandColumns = 1024;

struct Scratch {
  Scratch() {
    probe_partner.fill(kNone);
    candidate_partner.fill(kNone);
  }

  // Root edges of one side of a recent comparison (roots.cc decides which).
  RootIndex root_index;
  // Serials of the previous comparison's templates: a template seen again is
  // the one worth indexing.
  uint64_t previous_serials[2] = {0, 0};

  // Root edge matches awaiting their votes (index edge, lookup-side minutia);
  // the last 16 slots are overrun room for unconditional vector stores.
  std::array<uint16_t, kMaxMatches + 16> match_edge{};
  std::array<uint8_t, kMaxMatches + 16> match_from{};
  int match_count = 0;
  // Root voting: votes[probe * kMaxMinutiae + candidate], cleared via `touched`.
  std::array<uint8_t, kMaxMinutiae * kMaxMinutiae> votes{};
  std::array<uint16_t, kMaxMinutiae * kMaxMinutiae> touched{};
  int touched_count = 0;
  std::array<Root, kMaxRoots> roots{};
  int root_count = 0;

  // Pairing under construction.
  std::array<uint8_t, kMaxMinutiae> probe_partner{};
  std::array<uint8_t, kMaxMinutiae> candidate_partner{};
  std::array<uint8_t, kMaxMinutiae> pair_probe{};
  std::array<uint8_t, kMaxMinutiae> pair_candidate{};
  int pair_count = 0;
  int support = 0;
  // The best pairing so far (restored for completion after all roots).
  std::array<uint8_t, kMaxMinutiae> best_probe{};
  std::array<uint8_t, kMaxMinutiae> best_candidate{};
  int best_count = 0;
  int best_support = 0;
  // Pairs produced by earlier roots of the same comparison: a root already
  // inside one of them would regrow the same pairing, so it is skipped.
  // Stamped with `generation` instead of cleared.
  std::array<uint32_t, kMaxMinutiae> covered_stamp{};
  std::array<uint8_t, kMaxMinutiae> covered_partner{};
  uint32_t generation = 0;
  // Growth's priority queue of EdgePairs, packed as ordered keys (growth.cc).
  std::array<uint64_t, kMaxQueue> queue{};
  // First candidate minutia of each x column (alignment.cc, completion).
  std::array<uint8_t, kMaxBandColumns + 1> band_starts{};
  int queue_size = 0;
};

Scratch& ThreadScratch();

}  // namespace ridgeline::matcher::compare
