// The matcher's public C++ surface: what the bindings, the template codecs and
// the standalone tools call. Stages live in extract/ and compare/.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "matcher/types.h"

namespace ridgeline::matcher {

// Thrown for input the matcher refuses (zero/absurd sizes, NaN ppi, ...).
// Bindings turn it into a typed JS error; it never crosses as a crash.
struct InvalidInput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ExtractOptions {
  // Reserved for tuning knobs exposed to benchmarks; defaults are the product.
};

Features Extract(const GrayImageView& image, const ExtractOptions& options = {});

// A template preprocessed for fast repeated comparison (local descriptors,
// normalised coordinates). The gallery holds these in native memory.
class PreparedTemplate;
using PreparedPtr = std::shared_ptr<const PreparedTemplate>;

PreparedPtr Prepare(const Template& tmpl);

// Full comparison with explanation (pairs and transform). Symmetric in score.
Comparison Compare(const PreparedTemplate& probe, const PreparedTemplate& candidate);

// Score only: the 1:N hot path. Must equal Compare(...).score.
double Score(const PreparedTemplate& probe, const PreparedTemplate& candidate);

// Approximate bytes a prepared template occupies (gallery memory budget).
size_t PreparedSize(const PreparedTemplate& prepared);

}  // namespace ridgeline::matcher
