// Stage 12: per-minutia quality 0..100 from how clearly the ridges around it
// are defined (orientation agreement) and how far it is from the print's edge.
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

void AssignQuality(std::vector<Candidate>& candidates, const OrientationField& field, const Segmentation& seg);

}  // namespace ridgeline::matcher::extract
