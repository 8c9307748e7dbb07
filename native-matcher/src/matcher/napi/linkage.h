// Load guard: the matcher entry points are re-declared weak so the addon still
// loads when a build lacks a stage (the stages were developed in parallel, and
// the same addon carries WSQ decoding that the rest of the app needs); the
// bindings then answer 'unsupported' instead of dlopen failing for every user
// of the addon. In a complete build the strong definitions win and the checks
// are always true. GCC/Clang on ELF/Mach-O only: other toolchains take the
// strong declarations and need every stage present.
#pragma once

#include "matcher/matcher.h"

#if defined(__GNUC__) && !defined(_WIN32)
#define RIDGELINE_WEAK_MATCHER 1
namespace ridgeline::matcher {
Features Extract(const GrayImageView& image, const ExtractOptions& options) __attribute__((weak));
PreparedPtr Prepare(const Template& tmpl) __attribute__((weak));
Comparison Compare(const PreparedTemplate& probe, const PreparedTemplate& candidate) __attribute__((weak));
double Score(const PreparedTemplate& probe, const PreparedTemplate& candidate) __attribute__((weak));
size_t PreparedSize(const PreparedTemplate& prepared) __attribute__((weak));
}  // namespace ridgeline::matcher
#endif

namespace ridgeline::napi {

#if RIDGELINE_WEAK_MATCHER
inline bool ExtractionLinked() { return &matcher::Extract != nullptr; }
inline bool ComparisonLinked() {
  return &matcher::Prepare != nullptr && &matcher::Compare != nullptr && &matcher::Score != nullptr &&
         &matcher::PreparedSize != nullptr;
}
#else
inline bool ExtractionLinked() { return true; }
inline bool ComparisonLinked() { return true; }
#endif

}  // namespace ridgeline::napi
