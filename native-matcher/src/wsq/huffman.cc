#include "wsq/huffman.h"

#include <string>

namespace ridgeline::wsq {

HuffmanDecoder::HuffmanDecoder(const HuffmanTable& table, size_t at) {
  int32_t code = 0;
  int32_t index = 0;
  for (int len = 1; len <= kMaxHuffmanBits; ++len) {
    int count = table.counts[len - 1];
    valueIndex_[len] = index;
    minCode_[len] = code;
    maxCode_[len] = count > 0 ? code + count - 1 : -1;
    code += count;
    index += count;
    if (code > (int32_t{1} << len)) badFile("Huffman table has more codes of length " + std::to_string(len) + " than fit", at);
    // Codes of each length fill a contiguous range; the next length starts after it.
    if (count > 0) {
      for (int32_t c = minCode_[len]; c <= maxCode_[len] && len <= kLookupBits; ++c) {
        int shift = kLookupBits - len;
        for (int32_t fill = 0; fill < (1 << shift); ++fill) {
          uint32_t slot = (static_cast<uint32_t>(c) << shift) | static_cast<uint32_t>(fill);
          lookupLength_[slot] = static_cast<uint8_t>(len);
          lookupSymbol_[slot] = table.values[valueIndex_[len] + (c - minCode_[len])];
        }
      }
    }
    code <<= 1;
  }
  for (size_t i = 0; i < table.values.size() && i < values_.size(); ++i) values_[i] = table.values[i];
}

}  // namespace ridgeline::wsq
