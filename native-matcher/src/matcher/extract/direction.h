// Stage 11: minutia direction, in image coordinates (y down).
// Convention (ISO/IEC 19794-2, ANSI/INCITS 378, ANSI/NIST-ITL): three rays
// leave the minutia along the "Y" it forms (the ridges of a bifurcation, the
// valleys around a ridge ending); the direction bisects the smallest angle:
//  - ridge ending: points from the end along its ridge, into the ridge body;
//  - bifurcation: points between the two branches, into the valley they enclose.
// The traced ridge resolves the sign; the smoothed orientation field gives the
// precise angle where the two agree (it is far less noisy than a short trace).
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/orientation.h"

namespace ridgeline::matcher::extract {

void AssignDirections(std::vector<Candidate>& candidates, const OrientationField& field);

}  // namespace ridgeline::matcher::extract
