// libFuzzer target over the WSQ decoder: any input must either decode or
// throw WsqError; crashes, leaks, hangs and ASan reports are findings.
#include <cstddef>
#include <cstdint>
#include <new>

#include "wsq/decoder.h"
#include "wsq/wsq_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A lower pixel ceiling keeps each run fast; the production limit only
  // changes how large an image may be, not which code paths run.
  ridgeline::wsq::DecodeLimits limits;
  limits.maxPixels = 1024u * 1024u;
  try {
    ridgeline::wsq::DecodedImage image = ridgeline::wsq::decode(data, size, limits);
    if (image.pixels.size() != static_cast<size_t>(image.width) * image.height) __builtin_trap();
  } catch (const ridgeline::wsq::WsqError&) {
  }
  return 0;
}
