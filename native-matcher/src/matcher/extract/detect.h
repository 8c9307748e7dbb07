// Stage 9: minutia detection by crossing number on the skeleton (1 = ridge
// ending, >= 3 = bifurcation), then tracing each ridge that leaves a candidate
// so later stages can judge spurs, bridges, short ridges and directions.
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/grid.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

// Distance along the ridge at which direction is sampled (~ one ridge period).
constexpr float kDirectionDistance = 10.0f;
// How far ridges are followed from each candidate (covers every filter rule).
constexpr int kTraceSteps = 24;

std::vector<Candidate> DetectCandidates(const ByteGrid& skeleton, const Segmentation& seg);

}  // namespace ridgeline::matcher::extract
