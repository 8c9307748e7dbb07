// Entropy-coded data of one WSQ block: Huffman symbols for zero runs and
// quantized coefficient values, with 0xFF00 byte stuffing. A block ends at
// the next marker; the coefficients of all blocks form one sequence in
// subband order.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "wsq/huffman.h"

namespace ridgeline::wsq {

struct CoefficientSink {
  std::vector<int32_t>& values;  // sized to the number of coded coefficients
  size_t filled = 0;
};

/**
 * Decodes block data from `data[pos]` until the next marker or the end of the
 * data, and leaves `pos` at that marker (or at the end).
 */
void decodeBlock(const uint8_t* data, size_t size, size_t& pos, const HuffmanDecoder& huffman, CoefficientSink& sink);

}  // namespace ridgeline::wsq
