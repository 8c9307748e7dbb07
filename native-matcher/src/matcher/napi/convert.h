// Conversions between the JS value types of native-matcher/lib/types.ts and
// the C++ types of matcher/types.h. Readers validate shape and bounds and throw
// matcher::InvalidInput; they never trust a length before checking it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <napi.h>

#include "matcher/types.h"

namespace ridgeline::napi {

// An image copied out of the JS heap, so the worker thread never touches a
// buffer the caller might mutate or the GC might move.
struct OwnedImage {
  int width = 0;
  int height = 0;
  double ppi = 500;
  std::vector<uint8_t> pixels;

  matcher::GrayImageView View() const { return {width, height, pixels.data(), ppi}; }
};

OwnedImage ReadImage(const Napi::Value& value);
matcher::Template ReadTemplate(const Napi::Value& value, const char* what);
std::string ReadId(const Napi::Value& value);

Napi::Object WriteTemplate(Napi::Env env, const matcher::Template& tmpl);
Napi::Object WriteFeatures(Napi::Env env, const matcher::Features& features);
Napi::Object WriteComparison(Napi::Env env, const matcher::Comparison& comparison);

}  // namespace ridgeline::napi
