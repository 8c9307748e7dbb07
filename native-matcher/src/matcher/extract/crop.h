// Stage 0: crop to the print. Large-area sensors (640x480 and up) show the
// finger on a wide blank platen; every later stage costs per pixel, so the
// image is first cut to the bounding box of blocks with ridge-like contrast
// (with a margin). Only a clear saving crops: most plain-print images keep
// every pixel, and segmentation still decides the region of interest.
#pragma once

#include <cstdint>
#include <vector>

#include "matcher/types.h"

namespace ridgeline::matcher::extract {

struct Crop {
  int x0 = 0;  // offset of the crop in source pixels
  int y0 = 0;
  std::vector<uint8_t> pixels;  // empty when the whole image is kept
  GrayImageView view;           // the crop (or the image itself)
};

Crop CropToPrint(const GrayImageView& image);

}  // namespace ridgeline::matcher::extract
