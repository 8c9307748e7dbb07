// Stage 10: removal of false minutiae. Thinning a binarised print leaves
// artefacts with recognisable shapes; each rule below names one. Distances
// scale with the local ridge period so the rules hold on fine and coarse ridges.
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/frequency.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

// Needs directions (AssignDirections) for the broken-ridge rule.
void FilterCandidates(std::vector<Candidate>& candidates, const Segmentation& seg, const RidgePeriod& period,
                      const OrientationField& field);

}  // namespace ridgeline::matcher::extract
