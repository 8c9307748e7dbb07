// Bounds checked before anything is allocated for caller-supplied input, so
// absurd sizes are refused with 'invalid-argument' instead of exhausting memory.
#pragma once

#include <cstddef>

namespace ridgeline::napi::limits {

// A 1000 ppi ten-print card is about 8000 x 8000; twice that is surely wrong.
constexpr int kMaxImageSide = 16384;
constexpr size_t kMaxImagePixels = size_t{16384} * 8192;
constexpr double kMinPpi = 50;
constexpr double kMaxPpi = 10000;
// ISO/IEC 19794-2 caps a finger view at 255; extractors at 1000 ppi stay far below this.
constexpr size_t kMaxMinutiae = 1024;
constexpr int kMaxTemplateSide = 65535;
constexpr size_t kMaxIdLength = 1024;
constexpr size_t kMaxTop = 1000000;

}  // namespace ridgeline::napi::limits
