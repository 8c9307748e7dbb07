// Geometry of the WSQ wavelet packet decomposition: the 20 transform nodes
// (each split once into four quadrants) and the 64 subbands they produce,
// numbered as in the FBI specification. Sizes follow the specification's
// rounding for odd lengths, including the spectrally inverted nodes whose
// highpass half comes first.
#pragma once
#include <array>

namespace ridgeline::wsq {

struct TransformNode {
  int x = 0, y = 0, width = 0, height = 0;
  bool invertRows = false;     // highpass half first along x
  bool invertColumns = false;  // highpass half first along y
};

struct Subband {
  int x = 0, y = 0, width = 0, height = 0;
};

constexpr int kTransformNodes = 20;

struct SubbandTree {
  std::array<TransformNode, kTransformNodes> nodes;
  std::array<Subband, 64> subbands;
};

SubbandTree buildSubbandTree(int width, int height);

}  // namespace ridgeline::wsq
