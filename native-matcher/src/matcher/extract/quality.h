// Stage 12: per-minutia quality 0..100 from how clearly the ridges around it
// are defined (orientation agreement) and how far it is from the print's edge.
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/segment.h"

namespace ridgeline::matcher::extract {

void AssignQuality(std::vector<Candidate>& candidates, const OrientationField& field, const Segmentation& seg);

// Print quality 0..100 in the spirit of NFIQ: the product of ridge clarity
// (mean orientation reliability over the print), usable area (foreground in
// mm^2 against a good plain impression's ~150 mm^2) and reliable minutiae
// (quality >= 40, against 30). A print scoring under ~20 rarely matches; the
// UI shows it next to each print so the examiner knows why.
uint8_t PrintQuality(const std::vector<Candidate>& candidates, const OrientationField& field, const Segmentation& seg,
                     double working_ppi);

}  // namespace ridgeline::matcher::extract
