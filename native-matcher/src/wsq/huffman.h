// Canonical Huffman decoding tables (the JPEG-style construction the WSQ
// specification uses: code lengths 1..16, codes assigned in increasing order).
#pragma once
#include <array>
#include <cstdint>

#include "wsq/tables.h"

namespace ridgeline::wsq {

class HuffmanDecoder {
 public:
  /** Validates the table (no over-subscribed code lengths); `at` locates errors. */
  HuffmanDecoder(const HuffmanTable& table, size_t at);

  /** Largest code of length `len`, or -1 when there is none. */
  int32_t maxCode(int len) const { return maxCode_[len]; }
  /** The symbol of `code`, a code of length `len` with code <= maxCode(len). */
  uint8_t symbol(int len, int32_t code) const { return values_[valueIndex_[len] + (code - minCode_[len])]; }

  /** Fast path: for the next kLookupBits bits, the code length (0: longer code) and symbol. */
  static constexpr int kLookupBits = 9;
  uint8_t lookupLength(uint32_t bits) const { return lookupLength_[bits]; }
  uint8_t lookupSymbol(uint32_t bits) const { return lookupSymbol_[bits]; }

 private:
  std::array<int32_t, kMaxHuffmanBits + 1> maxCode_{};
  std::array<int32_t, kMaxHuffmanBits + 1> minCode_{};
  std::array<int32_t, kMaxHuffmanBits + 1> valueIndex_{};
  std::array<uint8_t, kMaxHuffmanValues> values_{};
  std::array<uint8_t, 1 << kLookupBits> lookupLength_{};
  std::array<uint8_t, 1 << kLookupBits> lookupSymbol_{};
};

}  // namespace ridgeline::wsq
