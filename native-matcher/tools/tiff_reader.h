// Minimal reader for the uncompressed 8-bit grayscale TIFFs of the FVC
// databases, for the standalone extraction tools only (the product reads
// images through its own decoders).
#pragma once

#include <cstdint>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace ridgeline::tools {

struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;
};

inline GrayImage ReadGrayTiff(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot open " + path);
  const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (bytes.size() < 8) throw std::runtime_error("not a TIFF: " + path);
  const bool little = bytes[0] == 'I';
  auto u16 = [&](size_t at) -> uint32_t {
    if (at + 2 > bytes.size()) throw std::runtime_error("truncated TIFF");
    return little ? bytes[at] | bytes[at + 1] << 8 : bytes[at] << 8 | bytes[at + 1];
  };
  auto u32 = [&](size_t at) -> uint32_t {
    if (at + 4 > bytes.size()) throw std::runtime_error("truncated TIFF");
    return little ? u16(at) | u16(at + 2) << 16 : u16(at) << 16 | u16(at + 2);
  };
  const size_t ifd = u32(4);
  const uint32_t entries = u16(ifd);
  uint32_t width = 0, height = 0, bits = 8, compression = 1, photometric = 1, rows_per_strip = 0;
  std::vector<uint32_t> offsets;
  for (uint32_t e = 0; e < entries; ++e) {
    const size_t at = ifd + 2 + 12 * e;
    const uint32_t tag = u16(at), type = u16(at + 2), count = u32(at + 4);
    auto value = [&](uint32_t i) -> uint32_t {
      const size_t size = type == 3 ? 2 : 4;
      const size_t base = count * size <= 4 ? at + 8 : u32(at + 8);
      return type == 3 ? u16(base + i * 2) : u32(base + i * 4);
    };
    switch (tag) {
      case 256: width = value(0); break;
      case 257: height = value(0); break;
      case 258: bits = value(0); break;
      case 259: compression = value(0); break;
      case 262: photometric = value(0); break;
      case 278: rows_per_strip = value(0); break;
      case 273:
        for (uint32_t i = 0; i < count; ++i) offsets.push_back(value(i));
        break;
      default: break;
    }
  }
  if (bits != 8 || compression != 1 || width == 0 || height == 0 || offsets.empty())
    throw std::runtime_error("unsupported TIFF: " + path);
  if (rows_per_strip == 0) rows_per_strip = height;
  GrayImage image;
  image.width = static_cast<int>(width);
  image.height = static_cast<int>(height);
  image.pixels.resize(static_cast<size_t>(width) * height);
  size_t written = 0;
  for (uint32_t offset : offsets) {
    const size_t take = std::min<size_t>(static_cast<size_t>(rows_per_strip) * width, image.pixels.size() - written);
    if (offset + take > bytes.size()) throw std::runtime_error("truncated TIFF strip");
    std::copy(bytes.begin() + offset, bytes.begin() + offset + take, image.pixels.begin() + written);
    written += take;
  }
  if (photometric == 0)
    for (uint8_t& p : image.pixels) p = static_cast<uint8_t>(255 - p);
  return image;
}

}  // namespace ridgeline::tools
