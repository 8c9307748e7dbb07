#include "wsq/decoder.h"

#include <cmath>

#include "wsq/byte_reader.h"
#include "wsq/coefficient_stream.h"
#include "wsq/dwt.h"
#include "wsq/nistcom.h"
#include "wsq/quantization.h"
#include "wsq/subband_tree.h"
#include "wsq/tables.h"

namespace ridgeline::wsq {
namespace {

FrameHeader readHeaders(ByteReader& in, Tables& tables) {
  if (in.size() < 2 || in.u16("SOI") != kSOI) badFile("not a WSQ file: no SOI marker", 0);
  for (;;) {
    size_t at = in.offset();
    uint16_t marker = readMarker(in);
    if (marker == kSOF) return readFrameHeader(in);
    if (!isTableMarker(marker)) badFile("unexpected marker before the WSQ frame header", at);
    readTableSegment(marker, in, tables);
  }
}

void checkGeometry(const FrameHeader& frame, const SubbandTree& tree, const DecodeLimits& limits) {
  size_t pixels = static_cast<size_t>(frame.width) * frame.height;
  if (pixels > limits.maxPixels) {
    unsupported("WSQ image of " + std::to_string(frame.width) + "x" + std::to_string(frame.height) +
                    " pixels exceeds the decoder limit",
                0);
  }
  // Five levels of splitting need every transform node to be at least 2x2.
  for (const TransformNode& node : tree.nodes) {
    if (node.width < 2 || node.height < 2) {
      unsupported("WSQ image of " + std::to_string(frame.width) + "x" + std::to_string(frame.height) +
                      " pixels is too small for the WSQ decomposition",
                  0);
    }
  }
}

// Reads tables and blocks after the frame header up to EOI. Tables may be
// (re)defined between blocks, except the quantization table, which fixes
// how many coefficients the data holds.
std::vector<int32_t> readCoefficients(ByteReader& in, const uint8_t* data, Tables& tables, const SubbandTree& tree) {
  std::vector<int32_t> indices;
  CoefficientSink sink{indices};
  bool started = false;
  bool sawEnd = false;
  while (!in.atEnd()) {
    const size_t at = in.offset();
    const uint16_t marker = readMarker(in);
    if (marker == kEOI) {
      sawEnd = true;
      break;
    }
    if (isTableMarker(marker)) {
      if (marker == kDQT && started) unsupported("WSQ quantization table redefined between blocks", at);
      readTableSegment(marker, in, tables);
      continue;
    }
    if (marker != kSOB) badFile("unexpected marker in WSQ data", at);
    const uint8_t tableId = readBlockHeader(in, tables);
    if (!started) {
      if (!tables.quantization.defined) badFile("WSQ block before the quantization table", at);
      if (!tables.transform.defined) badFile("WSQ block before the transform table", at);
      indices.assign(codedCoefficientCount(tables.quantization, tree), 0);
      started = true;
    }
    HuffmanDecoder huffman(tables.huffman[tableId], at);
    size_t pos = in.offset();
    decodeBlock(data, in.size(), pos, huffman, sink);
    in.seek(pos);
  }
  if (!started) badFile("WSQ file has no coded blocks", in.offset());
  // With EOI present, uncoded trailing coefficients are zero (as the reference
  // decoder treats them); without it the file was cut short.
  if (!sawEnd && sink.filled < indices.size()) badFile("WSQ data is truncated", in.size());
  return indices;
}

std::vector<uint8_t> toPixels(const std::vector<float>& image, const FrameHeader& frame) {
  std::vector<uint8_t> pixels(image.size());
  for (size_t i = 0; i < image.size(); ++i) {
    float v = image[i] * frame.scale + frame.shift + 0.5f;
    // Written so NaN (from absurd filter or scale values) lands on 0 instead
    // of reaching the float-to-integer conversion.
    pixels[i] = v >= 0.0f ? (v <= 255.0f ? static_cast<uint8_t>(v) : 255) : 0;
  }
  return pixels;
}

}  // namespace

DecodedImage decode(const uint8_t* data, size_t size, const DecodeLimits& limits) {
  ByteReader in(data, size);
  Tables tables;
  FrameHeader frame = readHeaders(in, tables);
  SubbandTree tree = buildSubbandTree(frame.width, frame.height);
  checkGeometry(frame, tree, limits);

  std::vector<int32_t> indices = readCoefficients(in, data, tables, tree);
  std::vector<float> image(static_cast<size_t>(frame.width) * frame.height, 0.0f);
  dequantize(indices, tables.quantization, tree, frame.width, image);
  indices = {};
  inverseTransform(image, frame.width, frame.height, tree, tables.transform);

  DecodedImage out;
  out.width = frame.width;
  out.height = frame.height;
  out.pixels = toPixels(image, frame);
  out.ppi = nistcomPpi(tables.comments);
  out.comments = std::move(tables.comments);
  return out;
}

}  // namespace ridgeline::wsq
