// WSQ encoder (FBI "WSQ Gray-scale Fingerprint Image Compression
// Specification", version 3.1): normalises the pixels, decomposes them into
// the 64 wavelet subbands, allocates bits for a target rate, quantizes and
// Huffman-codes the three blocks, and writes a NISTCOM comment with the
// image attributes. The output decodes with decoder.h (and any conformant
// decoder).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ridgeline::wsq {

struct EncodeOptions {
  /** Target rate in bits per pixel; 0.75 is the rate partners expect for 500 ppi prints. */
  double bitsPerPixel = 0.75;
  /** Written to the NISTCOM comment (as -1 when unknown). */
  std::optional<int> ppi;
};

/** Throws WsqError (Unsupported) for images the decomposition cannot take or absurd rates. */
std::vector<uint8_t> encode(const uint8_t* pixels, int width, int height, const EncodeOptions& options = {});

}  // namespace ridgeline::wsq
