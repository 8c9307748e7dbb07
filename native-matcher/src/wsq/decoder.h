// WSQ decoder (FBI "WSQ Gray-scale Fingerprint Image Compression
// Specification", version 3.1): parses the marker segments, decodes the
// Huffman-coded quantized subbands, dequantizes, inverts the wavelet
// transform and converts back to 8-bit pixels.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ridgeline::wsq {

struct DecodeLimits {
  /** Largest image we allocate for; about 11 bytes of working memory per pixel. */
  size_t maxPixels = 48u * 1024u * 1024u;
};

struct DecodedImage {
  int width = 0;
  int height = 0;
  /** From the NISTCOM comment; empty when the file does not say. */
  std::optional<int> ppi;
  std::vector<uint8_t> pixels;  // row-major, 8-bit gray
  std::vector<std::string> comments;
};

/** Throws WsqError (bad-file / unsupported) for any input it cannot decode. */
DecodedImage decode(const uint8_t* data, size_t size, const DecodeLimits& limits = {});

}  // namespace ridgeline::wsq
