// Minutiae extraction entry point; the stages live in extract/ (see pipeline.cc).
#include "matcher/extract/pipeline.h"
#include "matcher/matcher.h"

namespace ridgeline::matcher {

Features Extract(const GrayImageView& image, const ExtractOptions& options) {
  (void)options;
  return extract::RunPipeline(image, nullptr);
}

}  // namespace ridgeline::matcher
