#include "matcher/extract/binarise.h"

namespace ridgeline::matcher::extract {

ByteGrid Binarise(const FloatGrid& enhanced) {
  ByteGrid out(enhanced.width, enhanced.height, 0);
  for (size_t i = 0; i < enhanced.data.size(); ++i) out.data[i] = enhanced.data[i] > 0.0f ? 1 : 0;
  return out;
}

}  // namespace ridgeline::matcher::extract
