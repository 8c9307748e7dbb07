// The extraction pipeline as a sequence of named stages. Extract() runs it;
// the standalone tools also ask for the intermediate images to inspect them.
#pragma once

#include <vector>

#include "matcher/extract/candidate.h"
#include "matcher/extract/grid.h"
#include "matcher/types.h"

namespace ridgeline::matcher::extract {

// Intermediate results at the working resolution, for inspection only.
struct PipelineTrace {
  double scale = 1;                 // working pixels per source pixel
  int crop_x = 0, crop_y = 0;       // the working image starts at this source pixel (crop.h)
  FloatGrid enhanced;
  ByteGrid skeleton;
  ByteGrid roi_cells;               // per 4x4 working-pixel cell
  std::vector<Candidate> candidates;  // including removed ones
};

// Upper bound on minutiae reported (ISO/IEC 19794-2 stores at most 255).
constexpr size_t kMaxMinutiae = 255;

Features RunPipeline(const GrayImageView& image, PipelineTrace* trace);

}  // namespace ridgeline::matcher::extract
