// Stage 11: minutia direction, in image coordinates (y down).
// Convention (the dual of ridges and valleys, matching ISO/IEC 19794-2 usage):
//  - ridge ending: points out of the end of the ridge, away from the ridge body;
//  - bifurcation: points along the single stem, away from the two branches
//    (that is, out of the end of the valley that separates the branches).
// The traced ridge resolves the sign; the smoothed orientation field gives the
// precise angle where the two agree (it is far less noisy than a short trace).
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/orientation.h"

namespace ridgeline::matcher::extract {

void AssignDirections(std::vector<Candidate>& candidates, const OrientationField& field);

}  // namespace ridgeline::matcher::extract
