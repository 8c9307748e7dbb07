// Stage 5 of comparison: alignment. Fits the rigid transform (rotation and
// translation, least squares) that best maps the grown pairs' probe minutiae
// onto their candidate minutiae, drops pairs the transform cannot explain
// (chains that drifted), and refits. The transform is what the examiner's
// overlay shows; the residual measures how well the pairing holds together.
#pragma once

#include <cmath>

#include "matcher/compare/prepared.h"
#include "matcher/compare/scratch.h"

namespace ridgeline::matcher::compare {

// Rigid map in prepared units: q = R(rotation) p + (dx, dy), y up.
struct RigidFit {
  double rotation = 0;
  // cos and sin of rotation, computed once by SetRotation (every stage maps
  // points through the fit).
  double cos = 1;
  double sin = 0;
  double dx = 0;
  double dy = 0;
  double mean_residual = 0;  // 500 ppi pixels, over kept pairs
};

inline void SetRotation(RigidFit& fit, double rotation) {
  fit.rotation = rotation;
  fit.cos = std::cos(rotation);
  fit.sin = std::sin(rotation);
}

// Compacts scratch's pairs to those within kAlignmentTolerance of the fit.
RigidFit AlignPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const Root& root,
                    Scratch& scratch);

// Pairs still-unpaired minutiae that land on each other under `fit`
// (each to its nearest free candidate); returns how many were added. Growth only reaches minutiae
// linked by consistent neighbour edges; a spurious or missed neighbour breaks
// those links, but not the global position.
int AugmentPairs(const PreparedTemplate& probe, const PreparedTemplate& candidate, const RigidFit& fit,
                 Scratch& scratch);

}  // namespace ridgeline::matcher::compare
