// The prepared (comparison-ready) form of a template: minutiae normalised to
// 500 ppi in a y-up frame and sorted by position, each with its nearest
// neighbours as quantised, rotation-invariant edges. Everything is small
// integers, so a template takes 1.2-2 KB (FVC2002 averages) and a gallery of
// 100,000 fits in 200 MB; the root lookup index is built in per-thread
// scratch memory rather than stored, and reused while one side recurs.
#pragma once

#include <cstdint>
#include <vector>

namespace ridgeline::matcher {

namespace compare {

// Angles are stored in 1/256 of a turn so wrap-around is free uint8 arithmetic.
constexpr int kAngleSteps = 256;
// Neighbour edges kept per minutia (growth of the pairing walks these).
constexpr int kNeighbours = 8;
// The first kRootNeighbours of those also index root candidates.
constexpr int kRootNeighbours = 5;
// At most kMaxMinutiae - 1 minutiae are kept (the most reliable by quality),
// so an index fits a byte and 255 can mean "no minutia".
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
  // Unique per Prepare() call in this process (never 0 once prepared): keys
  // per-thread lookup structures kept between comparisons (roots.cc).
  uint64_t serial = 0;
  // Source ppi divided into 500: multiplies source pixels into prepared units.
  float scale = 1;
  std::vector<compare::PreparedMinutia> minutiae;
  // Index of each prepared minutia in the source Template (pairs report these).
  std::vector<uint16_t> source_index;
  // minutiae.size() * kNeighbours edges, nearest first, padded with to == kNone.
  std::vector<compare::NeighbourEdge> edges;
  int size() const { return static_cast<int>(minutiae.size()); }
  const compare::NeighbourEdge* NeighboursOf(int i) const { return &edges[i * compare::kNeighbours]; }
};

}  // namespace ridgeline::matcher
