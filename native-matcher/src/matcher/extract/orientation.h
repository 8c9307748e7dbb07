// Stage 3: ridge orientation from the smoothed gradient structure tensor,
// computed on cells of kCell x kCell pixels and interpolated per pixel.
// Angles are in image coordinates (x right, y down), modulo pi.
#pragma once

#include "matcher/extract/grid.h"

namespace ridgeline::matcher::extract {

constexpr int kCell = 4;

struct OrientationField {
  int columns = 0;
  int rows = 0;
  FloatGrid cos2;        // smoothed doubled-angle ridge direction (not unit length)
  FloatGrid sin2;
  FloatGrid coherence;   // 0 (isotropic / noise) .. 1 (parallel ridges), before smoothing
  FloatGrid energy;      // mean squared gradient: contrast of ridge structure

  // Ridge direction at pixel (x, y) in [0, pi), bilinear in the doubled angle.
  float AngleAt(float x, float y) const;
  // Reliability at (x, y): length of the smoothed doubled-angle vector, 0..1.
  float ReliabilityAt(int x, int y) const;
};

OrientationField EstimateOrientation(const FloatGrid& gray);

}  // namespace ridgeline::matcher::extract
