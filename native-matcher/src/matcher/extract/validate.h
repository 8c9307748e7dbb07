// Input checks run before any allocation sized from the input.
#pragma once

#include "matcher/types.h"

namespace ridgeline::matcher::extract {

constexpr int kMinSide = 16;
constexpr int kMaxSide = 4096;
constexpr double kMinPpi = 150;
constexpr double kMaxPpi = 2000;

// Throws InvalidInput (matcher.h) describing the first problem found.
void ValidateImage(const GrayImageView& image);

}  // namespace ridgeline::matcher::extract
