// The 8-neighbourhood of a pixel as a byte, shared by thinning and detection.
// Bit i is the neighbour at kRingDx[i], kRingDy[i], clockwise from north.
#pragma once

#include <cstdint>

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

constexpr int kRingDx[8] = {0, 1, 1, 1, 0, -1, -1, -1};
constexpr int kRingDy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};

// `image` must have a one-pixel zero frame (callers never ask at the edge).
inline uint8_t RingAt(const ByteGrid& image, int x, int y) {
  uint8_t ring = 0;
  for (int i = 0; i < 8; ++i) ring |= static_cast<uint8_t>((image.at(x + kRingDx[i], y + kRingDy[i]) != 0) << i);
  return ring;
}

// Number of 0->1 transitions around the ring: the crossing number. 1 = ridge
// ending, 2 = ridge continues, >= 3 = bifurcation.
inline int CrossingNumber(uint8_t ring) {
  int transitions = 0;
  for (int i = 0; i < 8; ++i) {
    const bool here = (ring >> i) & 1;
    const bool next = (ring >> ((i + 1) & 7)) & 1;
    transitions += !here && next;
  }
  return transitions;
}

}  // namespace ridgeline::matcher::extract

namespace ridgeline::matcher::extract {

// Same as RingAt for a 0/1 image given a pointer to the pixel and the row stride.
inline uint8_t RingAtPointer(const uint8_t* p, int stride) {
  return static_cast<uint8_t>(p[-stride] | p[-stride + 1] << 1 | p[1] << 2 | p[stride + 1] << 3 | p[stride] << 4 |
                              p[stride - 1] << 5 | p[-1] << 6 | p[-stride - 1] << 7);
}

}  // namespace ridgeline::matcher::extract
