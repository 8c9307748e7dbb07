// Index of the lowest set bit (v != 0), for walking SIMD and bitmask matches.
#pragma once

#if defined(_MSC_VER)
#include <intrin.h>
#endif

namespace ridgeline::matcher::compare {

inline int LowestBit(unsigned v) {
#if defined(_MSC_VER)
  unsigned long index = 0;
  _BitScanForward(&index, v);
  return static_cast<int>(index);
#else
  return __builtin_ctz(v);
#endif
}

inline int LowestBit64(unsigned long long v) {
#if defined(_MSC_VER)
  unsigned long index = 0;
  _BitScanForward64(&index, v);
  return static_cast<int>(index);
#else
  return __builtin_ctzll(v);
#endif
}

}  // namespace ridgeline::matcher::compare
