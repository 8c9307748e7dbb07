#include "matcher/extract/validate.h"

#include <cmath>
#include <string>

#include "matcher/matcher.h"

namespace ridgeline::matcher::extract {

void ValidateImage(const GrayImageView& image) {
  if (image.pixels == nullptr) throw InvalidInput("image has no pixel buffer");
  if (image.width < kMinSide || image.height < kMinSide) {
    throw InvalidInput("image is too small: " + std::to_string(image.width) + "x" +
                       std::to_string(image.height) + " (minimum " + std::to_string(kMinSide) + ")");
  }
  if (image.width > kMaxSide || image.height > kMaxSide) {
    throw InvalidInput("image is too large: " + std::to_string(image.width) + "x" +
                       std::to_string(image.height) + " (maximum " + std::to_string(kMaxSide) + ")");
  }
  if (!std::isfinite(image.ppi) || image.ppi < kMinPpi || image.ppi > kMaxPpi) {
    throw InvalidInput("resolution must be between " + std::to_string(static_cast<int>(kMinPpi)) +
                       " and " + std::to_string(static_cast<int>(kMaxPpi)) + " ppi");
  }
  // A small image at very high ppi would shrink below anything we can analyse.
  const double scale = 500.0 / image.ppi;
  if (image.width * scale < kMinSide || image.height * scale < kMinSide) {
    throw InvalidInput("image covers too small an area at its resolution");
  }
  // Low-ppi images are upsampled; bound the working image like the source.
  if (image.width * scale > kMaxSide || image.height * scale > kMaxSide) {
    throw InvalidInput("image is too large once resampled to 500 ppi");
  }
}

}  // namespace ridgeline::matcher::extract
