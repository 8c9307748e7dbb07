#include "wsq/encoder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>

#include "wsq/analysis.h"
#include "wsq/bit_allocation.h"
#include "wsq/byte_writer.h"
#include "wsq/huffman_encoder.h"
#include "wsq/subband_tree.h"
#include "wsq/tables.h"
#include "wsq/wsq_error.h"

namespace ridgeline::wsq {
namespace {

constexpr int kSecondBlock = 19;
constexpr int kThirdBlock = 52;
constexpr double kBinCenter = 0.44;

// A non-negative value as the specification stores it: an integer below
// `limit` and a power-of-ten scale, as many digits as fit.
struct Scaled {
  uint8_t scale = 0;
  uint32_t integer = 0;
  double value() const { return integer / std::pow(10.0, scale); }
};

Scaled scaled(double magnitude, double limit) {
  Scaled s;
  while (s.scale < 20 && std::round(magnitude * std::pow(10.0, s.scale + 1)) < limit) ++s.scale;
  s.integer = static_cast<uint32_t>(std::round(magnitude * std::pow(10.0, s.scale)));
  return s;
}

void writeScaled16(ByteWriter& out, const Scaled& s) {
  out.u8(s.scale);
  out.u16(s.integer);
}

void checkInput(int width, int height, const SubbandTree& tree, const EncodeOptions& options) {
  if (width <= 0 || height <= 0 || width > 0xFFFF || height > 0xFFFF) {
    unsupported("WSQ cannot encode an image of " + std::to_string(width) + "x" + std::to_string(height) + " pixels", 0);
  }
  for (const TransformNode& node : tree.nodes) {
    if (node.width < 2 || node.height < 2) {
      unsupported("image of " + std::to_string(width) + "x" + std::to_string(height) +
                      " pixels is too small for the WSQ decomposition",
                  0);
    }
  }
  if (!(options.bitsPerPixel > 0.0 && options.bitsPerPixel <= 8.0)) {
    unsupported("WSQ bit rate must be above 0 and at most 8 bits per pixel", 0);
  }
}

std::string nistcom(int width, int height, const EncodeOptions& options) {
  char rate[32];
  std::snprintf(rate, sizeof rate, "%f", options.bitsPerPixel);
  const std::string lines[] = {
      "PIX_WIDTH " + std::to_string(width),
      "PIX_HEIGHT " + std::to_string(height),
      "PIX_DEPTH 8",
      "PPI " + std::to_string(options.ppi.value_or(-1)),
      "LOSSY 1",
      "COLORSPACE GRAY",
      "COMPRESSION WSQ",
      std::string("WSQ_BITRATE ") + rate,
  };
  // The count includes the NIST_COM line itself.
  std::string text = "NIST_COM " + std::to_string(std::size(lines) + 1) + "\n";
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

void writeTransformTable(ByteWriter& file, const AnalysisFilters& filters) {
  ByteWriter dtt;
  dtt.u8(static_cast<unsigned>(2 * filters.lowpassHalf.size() - 1));
  dtt.u8(static_cast<unsigned>(2 * filters.highpassHalf.size() - 1));
  auto coefficient = [&](float v) {
    Scaled s = scaled(std::fabs(v), 4294967295.0);
    dtt.u8(v < 0 ? 1 : 0);
    dtt.u8(s.scale);
    dtt.u32(s.integer);
  };
  for (float v : filters.lowpassHalf) coefficient(v);
  for (float v : filters.highpassHalf) coefficient(v);
  file.segment(kDTT, dtt);
}

void writeHuffmanTable(ByteWriter& file, int id, const HuffmanTable& table) {
  ByteWriter dht;
  dht.u8(static_cast<unsigned>(id));
  for (uint8_t c : table.counts) dht.u8(c);
  dht.raw(table.values);
  file.segment(kDHT, dht);
}

int blockOf(int k) { return k < kSecondBlock ? 0 : k < kThirdBlock ? 1 : 2; }

}  // namespace

std::vector<uint8_t> encode(const uint8_t* pixels, int width, int height, const EncodeOptions& options) {
  const SubbandTree tree = buildSubbandTree(width, height);
  checkInput(width, height, tree, options);
  const size_t count = static_cast<size_t>(width) * height;

  // Normalise to about +-128 around the mean; the stored (rounded) shift and
  // scale are the ones used, so the decoder inverts exactly this mapping.
  double sum = 0;
  int low = 255, high = 0;
  for (size_t i = 0; i < count; ++i) {
    sum += pixels[i];
    low = std::min<int>(low, pixels[i]);
    high = std::max<int>(high, pixels[i]);
  }
  const Scaled shift = scaled(sum / count, 65535.0);
  const double spread = std::max(shift.value() - low, high - shift.value()) / 128.0;
  const Scaled scale = scaled(spread > 0.0 ? spread : 1.0, 65535.0);
  std::vector<float> image(count);
  const double m = shift.value(), r = scale.value();
  for (size_t i = 0; i < count; ++i) image[i] = static_cast<float>((pixels[i] - m) / r);

  const AnalysisFilters& filters = standardFilters();
  forwardTransform(image, width, height, tree, filters);

  // Bin widths as stored, so quantizer and dequantizer agree to the bit.
  const BinWidths widths = allocateBits(subbandVariances(image, width, tree), options.bitsPerPixel);
  std::array<Scaled, kSubbandCount> q{}, z{};
  for (int k = 0; k < kSubbandCount; ++k) {
    // A bin wider than the 16-bit field could hold would quantize everything to zero anyway.
    if (widths.z[k] >= 65535.0) continue;
    q[k] = scaled(widths.q[k], 65535.0);
    z[k] = scaled(widths.z[k], 65535.0);
  }

  std::vector<int32_t> indices[3];
  for (int k = 0; k < kCodedSubbands; ++k) {
    const double qk = q[k].value();
    if (qk == 0.0) continue;
    const double halfZero = z[k].value() / 2.0;
    const Subband& band = tree.subbands[k];
    std::vector<int32_t>& out = indices[blockOf(k)];
    for (int y = 0; y < band.height; ++y) {
      const float* row = image.data() + static_cast<size_t>(band.y + y) * width + band.x;
      for (int x = 0; x < band.width; ++x) {
        const double a = row[x];
        int32_t index = 0;
        if (a > halfZero) {
          index = static_cast<int32_t>((a - halfZero) / qk + 1.0);
        } else if (a < -halfZero) {
          index = static_cast<int32_t>((a + halfZero) / qk - 1.0);
        }
        out.push_back(index);
      }
    }
  }
  image = {};

  ByteWriter file;
  file.u16(kSOI);
  {
    ByteWriter com;
    const std::string text = nistcom(width, height, options);
    com.raw(reinterpret_cast<const uint8_t*>(text.data()), text.size());
    file.segment(kCOM, com);
  }
  writeTransformTable(file, filters);
  {
    ByteWriter dqt;
    writeScaled16(dqt, scaled(kBinCenter, 65535.0));
    for (int k = 0; k < kSubbandCount; ++k) {
      writeScaled16(dqt, q[k]);
      writeScaled16(dqt, z[k]);
    }
    file.segment(kDQT, dqt);
  }
  {
    ByteWriter sof;
    sof.u8(0);    // black
    sof.u8(255);  // white
    sof.u16(static_cast<unsigned>(height));
    sof.u16(static_cast<unsigned>(width));
    writeScaled16(sof, shift);
    writeScaled16(sof, scale);
    sof.u8(0);   // encoder: not a certified implementation number
    sof.u16(0);  // software implementation number
    file.segment(kSOF, sof);
  }

  // Block 1 (subbands 0..18) has table 0; blocks 2 and 3 share table 1.
  // A block with no coded subband is left out, as the decoder counts
  // coefficients from the quantization table.
  const std::vector<CodedSymbol> symbols[3] = {blockSymbols(indices[0]), blockSymbols(indices[1]),
                                               blockSymbols(indices[2])};
  const HuffmanCode codes[2] = {buildHuffmanCode({&symbols[0]}), buildHuffmanCode({&symbols[1], &symbols[2]})};
  bool tableWritten[2] = {false, false};
  std::vector<uint8_t> data;
  for (int block = 0; block < 3; ++block) {
    if (indices[block].empty()) continue;
    const int id = block == 0 ? 0 : 1;
    if (!tableWritten[id]) {
      writeHuffmanTable(file, id, codes[id].table);
      tableWritten[id] = true;
    }
    ByteWriter sob;
    sob.u8(static_cast<unsigned>(id));
    file.segment(kSOB, sob);
    data.clear();
    writeBlock(symbols[block], codes[id], data);
    file.raw(data);
  }
  file.u16(kEOI);
  return file.take();
}

}  // namespace ridgeline::wsq
