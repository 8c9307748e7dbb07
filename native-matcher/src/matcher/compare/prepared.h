// The prepared (comparison-ready) form of a template: minutiae normalised to
// 500 ppi in a y-up frame, each with its nearest neighbours as quantised,
// rotation-invariant edges, plus a length-sorted index of the shortest edges
// used to find root pairs. Everything is small integers so a template stays
// around 2 KB and comparisons stream through a few cache lines.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "matcher/compare/tolerances.h"

namespace ridgeline::matcher {

namespace compare {

// Angles are stored in 1/256 of a turn so wrap-around is free uint8 arithmetic.
constexpr int kAngleSteps = 256;
// Neighbour edges kept per minutia (growth of the pairing walks these).
constexpr int kNeighbours = XP_NEIGH;
// The first kRootNeighbours of those also index root candidates.
constexpr int kRootNeighbours = XP_ROOTN;
// Index 255 marks "no minutia"; more than this many are cut by quality.
constexpr int kMaxMinutiae = 128;
constexpr uint8_t kNone = 0xFF;
// Longest edge kept, in 500 ppi pixels (fits the uint8 length field).
constexpr int kMaxEdgeLength = 255;

struct PreparedMinutia {
  int16_t x = 0;  // 500 ppi pixels, y axis pointing up
  int16_t y = 0;
  uint8_t direction = 0;  // 1/256 turn, counter-clockwise
  uint8_t type = 0;       // MinutiaType
};

// Edge from minutia i to neighbour `to`. Both angles are measured against the
// edge's own direction, so they do not change when the print is rotated.
struct NeighbourEdge {
  uint8_t to = kNone;
  uint8_t length = 0;     // 500 ppi pixels
  uint8_t from_angle = 0; // direction(i) - angle(edge)
  uint8_t to_angle = 0;   // direction(to) - angle(edge)
};

// The root index stores its short edges as byte planes (structure of arrays)
// sorted by from_angle, so sixteen edges are tested per SIMD instruction.
// Plane p of edge e is at root_planes[p * root_stride + e]; every plane is
// padded by 16 bytes so vector loads past the last edge stay in bounds.
enum RootPlane { kFromAnglePlane = 0, kToAnglePlane, kLengthPlane, kFromPlane, kToPlane, kRootPlanes };
// Edges whose from_angle >> 4 == b are [root_buckets[b], root_buckets[b + 1]).
constexpr int kRootBuckets = 16;

// Smallest signed difference of two quantised angles, as a magnitude 0..128.
inline int AngleDistance(uint8_t a, uint8_t b) {
  int d = static_cast<int8_t>(static_cast<uint8_t>(a - b));
  return d < 0 ? -d : d;
}

}  // namespace compare

class PreparedTemplate {
 public:
  // Content hash: orders the two sides of a comparison canonically so the
  // score is exactly symmetric without computing both directions.
  uint64_t identity = 0;
  // Source ppi divided into 500: multiplies source pixels into prepared units.
  float scale = 1;
  std::vector<compare::PreparedMinutia> minutiae;
  // Index of each prepared minutia in the source Template (pairs report these).
  std::vector<uint16_t> source_index;
  // minutiae.size() * kNeighbours edges, nearest first, padded with to == kNone.
  std::vector<compare::NeighbourEdge> edges;
  // The kRootNeighbours nearest edges of every minutia, sorted by from_angle.
  int root_count = 0;
  int root_stride = 0;
  std::vector<uint8_t> root_planes;
  std::array<uint16_t, compare::kRootBuckets + 1> root_buckets{};

  uint8_t RootValue(int plane, int edge) const { return root_planes[plane * root_stride + edge]; }

  int size() const { return static_cast<int>(minutiae.size()); }
  const compare::NeighbourEdge* NeighboursOf(int i) const { return &edges[i * compare::kNeighbours]; }
};

}  // namespace ridgeline::matcher
