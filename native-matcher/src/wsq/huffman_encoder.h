// Entropy coding for the WSQ encoder: quantized indices become the
// specification's symbols (zero runs, inline values, 8/16-bit escapes), and
// each block gets a canonical Huffman table fitted to its symbol counts with
// code lengths limited to 16 bits (the JPEG Annex K construction WSQ reuses).
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "wsq/tables.h"

namespace ridgeline::wsq {

struct CodedSymbol {
  uint8_t symbol = 0;
  uint8_t extraBits = 0;  // 0, 8 or 16 bits of magnitude or run length after the code
  uint16_t extra = 0;
};

/** Symbols of one block of quantized indices, in order. */
std::vector<CodedSymbol> blockSymbols(const std::vector<int32_t>& indices);

/** A canonical code: the table as it is written (DHT) and the code of every symbol. */
struct HuffmanCode {
  HuffmanTable table;
  std::array<uint16_t, 256> code{};
  std::array<uint8_t, 256> length{};  // 0: symbol absent
};

/** Fits a code to the symbols of one or more blocks that will share it. */
HuffmanCode buildHuffmanCode(const std::vector<const std::vector<CodedSymbol>*>& blocks);

/** Appends the entropy-coded block, byte-stuffed and padded with one-bits. */
void writeBlock(const std::vector<CodedSymbol>& symbols, const HuffmanCode& code, std::vector<uint8_t>& out);

}  // namespace ridgeline::wsq
