// Core value types shared by the matcher's stages, the template codecs and the
// Node-API bindings. Kept free of Node-API so stages build and test standalone.
#pragma once

#include <cstdint>
#include <vector>

namespace ridgeline::matcher {

enum class MinutiaType : uint8_t { Ending = 0, Bifurcation = 1, Other = 2 };

// One minutia in the coordinates of the source image (pixels, origin top-left,
// y down). `direction` is in radians in [0, 2pi), counter-clockwise from the +x
// axis as seen on screen (ISO/IEC 19794-2 convention), so a stored angle a is
// the screen vector (cos a, -sin a). `quality` is 0..100.
struct Minutia {
  float x = 0;
  float y = 0;
  float direction = 0;
  MinutiaType type = MinutiaType::Other;
  uint8_t quality = 0;
};

// A borrowed view of an 8-bit grayscale image, row-major, `width * height` bytes.
struct GrayImageView {
  int width = 0;
  int height = 0;
  const uint8_t* pixels = nullptr;
  double ppi = 500;
};

// Region of interest: one flag per block of `block_size` x `block_size` source pixels.
struct RoiMask {
  int block_size = 0;
  int columns = 0;
  int rows = 0;
  std::vector<uint8_t> foreground;  // 1 = fingerprint area
};

// What extraction produces and every comparison consumes. Coordinates stay in
// source pixels; `ppi` lets comparison normalise to a common scale.
struct Template {
  int width = 0;
  int height = 0;
  double ppi = 500;
  std::vector<Minutia> minutiae;
};

struct Features {
  Template tmpl;
  RoiMask roi;
  // NFIQ-style print quality 0..100 (extract/quality.h): how much usable,
  // clearly ridged area the print has, and how many reliable minutiae.
  uint8_t quality = 0;
};

// A probe minutia paired with a candidate minutia by the comparison.
struct MinutiaPair {
  uint16_t probe = 0;
  uint16_t candidate = 0;
  float weight = 0;  // contribution to the score, for display
};

// Rigid transform mapping probe source pixels onto candidate source pixels:
// scale (ppi ratio) then rotate by `rotation` radians then translate.
struct Transform {
  double rotation = 0;
  double dx = 0;
  double dy = 0;
  double scale = 1;
};

struct Comparison {
  double score = 0;
  std::vector<MinutiaPair> pairs;
  Transform transform;
};

}  // namespace ridgeline::matcher
