// Registration of each group of matcher bindings; called by napi_matcher.cc.
#pragma once

#include <napi.h>

namespace ridgeline::napi {

void RegisterExtract(Napi::Env env, Napi::Object exports);  // extract(image) -> Promise<Features>
void RegisterCompare(Napi::Env env, Napi::Object exports);  // compare(a, b) -> Promise<ComparisonResult>
void RegisterGallery(Napi::Env env, Napi::Object exports);  // class Gallery

}  // namespace ridgeline::napi
