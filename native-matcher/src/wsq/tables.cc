#include "wsq/tables.h"

#include <cstdio>

namespace ridgeline::wsq {
namespace {

// Scaled integers: value / 10^scale. The repeated division in single
// precision matches how the reference implementation derives these values,
// which keeps our output within rounding of theirs.
float scaled(uint32_t value, uint8_t scale) {
  float v = static_cast<float>(value);
  for (uint8_t i = 0; i < scale; ++i) v = static_cast<float>(static_cast<double>(v) / 10.0);
  return v;
}

// A segment's payload as its own bounded reader: a wrong length field can
// neither make us read into the next segment nor past the end of the file.
ByteReader segment(ByteReader& in, const char* what) {
  size_t start = in.offset();
  uint16_t length = in.u16(what);
  if (length < 2) badFile(std::string(what) + " segment length is below 2", start);
  const uint8_t* body = in.take(length - 2u, what);
  return ByteReader(body, length - 2u);
}

std::string hex(uint16_t v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04X", v);
  return buf;
}

// One half of a symmetric filter is stored from its centre outwards; the
// synthesis filter of the other channel is its alternating-sign modulation
// (h_synth(n) = (-1)^n h_analysis(n)), which makes the pair reconstruct.
std::vector<float> readModulatedFilter(ByteReader& body, uint8_t taps, size_t at) {
  if (taps == 0 || taps > kMaxFilterTaps) unsupported("WSQ transform filter length " + std::to_string(taps) + " is not supported", at);
  if (taps % 2 == 0) unsupported("even-length WSQ transform filters are not supported", at);
  int half = taps / 2;
  std::vector<float> filter(taps);
  for (int i = 0; i <= half; ++i) {
    uint8_t sign = body.u8("filter coefficient sign");
    uint8_t scale = body.u8("filter coefficient scale");
    float v = scaled(body.u32("filter coefficient"), scale);
    if (sign != 0) v = -v;
    if (i % 2 == 1) v = -v;
    filter[half + i] = v;
    filter[half - i] = v;
  }
  return filter;
}

void readTransformTable(ByteReader& in, TransformTable& table) {
  size_t at = in.offset();
  ByteReader body = segment(in, "DTT");
  uint8_t analysisLowTaps = body.u8("DTT lowpass length");
  uint8_t analysisHighTaps = body.u8("DTT highpass length");
  // The analysis lowpass filter comes first; modulated it becomes the synthesis highpass.
  table.highpass = readModulatedFilter(body, analysisLowTaps, at);
  table.lowpass = readModulatedFilter(body, analysisHighTaps, at);
  table.defined = true;
}

void readQuantizationTable(ByteReader& in, QuantizationTable& table) {
  ByteReader body = segment(in, "DQT");
  uint8_t scale = body.u8("bin centre scale");
  table.binCenter = scaled(body.u16("bin centre"), scale);
  for (int k = 0; k < kSubbandCount; ++k) {
    uint8_t qs = body.u8("quantizer bin width scale");
    table.q[k] = scaled(body.u16("quantizer bin width"), qs);
    uint8_t zs = body.u8("zero bin width scale");
    table.z[k] = scaled(body.u16("zero bin width"), zs);
  }
  table.defined = true;
}

void readHuffmanTables(ByteReader& in, std::array<HuffmanTable, kHuffmanTableCount>& tables) {
  size_t at = in.offset();
  ByteReader body = segment(in, "DHT");
  // One DHT segment may define several tables back to back.
  do {
    size_t tableAt = at + 2 + body.offset();
    uint8_t id = body.u8("Huffman table id");
    if (id >= kHuffmanTableCount) badFile("Huffman table id " + std::to_string(id) + " is out of range", tableAt);
    HuffmanTable& table = tables[id];
    int total = 0;
    for (int i = 0; i < kMaxHuffmanBits; ++i) {
      table.counts[i] = body.u8("Huffman code counts");
      total += table.counts[i];
    }
    if (total == 0 || total > kMaxHuffmanValues) badFile("Huffman table " + std::to_string(id) + " declares " + std::to_string(total) + " codes", tableAt);
    const uint8_t* values = body.take(static_cast<size_t>(total), "Huffman values");
    table.values.assign(values, values + total);
    table.defined = true;
  } while (!body.atEnd());
}

}  // namespace

bool isTableMarker(uint16_t marker) {
  return marker == kDTT || marker == kDQT || marker == kDHT || marker == kDRT || marker == kCOM;
}

uint16_t readMarker(ByteReader& in) {
  size_t at = in.offset();
  uint16_t marker = in.u16("marker");
  if (marker < kSOI || marker > kCOM) badFile("expected a WSQ marker, found 0x" + hex(marker), at);
  return marker;
}

FrameHeader readFrameHeader(ByteReader& in) {
  size_t at = in.offset();
  ByteReader body = segment(in, "SOF");
  FrameHeader frame;
  frame.black = body.u8("black level");
  frame.white = body.u8("white level");
  frame.height = body.u16("height");
  frame.width = body.u16("width");
  uint8_t shiftScale = body.u8("shift scale");
  frame.shift = scaled(body.u16("shift"), shiftScale);
  uint8_t rScale = body.u8("scale exponent");
  frame.scale = scaled(body.u16("scale"), rScale);
  frame.encoder = body.u8("encoder number");
  frame.software = body.u16("software number");
  if (frame.width == 0 || frame.height == 0) badFile("WSQ frame has zero width or height", at);
  return frame;
}

void readTableSegment(uint16_t marker, ByteReader& in, Tables& tables) {
  switch (marker) {
    case kDTT:
      readTransformTable(in, tables.transform);
      return;
    case kDQT:
      readQuantizationTable(in, tables.quantization);
      return;
    case kDHT:
      readHuffmanTables(in, tables.huffman);
      return;
    case kCOM: {
      ByteReader body = segment(in, "COM");
      const uint8_t* text = body.take(body.remaining(), "comment");
      tables.comments.emplace_back(reinterpret_cast<const char*>(text), body.size());
      return;
    }
    case kDRT:
      // Restart intervals only help error recovery; the coded data decodes the same without them.
      segment(in, "DRT");
      return;
    default:
      badFile("unexpected marker 0x" + hex(marker) + " where a table was expected", in.offset() - 2);
  }
}

uint8_t readBlockHeader(ByteReader& in, const Tables& tables) {
  size_t at = in.offset();
  ByteReader body = segment(in, "SOB");
  uint8_t id = body.u8("block Huffman table id");
  if (id >= kHuffmanTableCount || !tables.huffman[id].defined) badFile("block uses undefined Huffman table " + std::to_string(id), at);
  return id;
}

}  // namespace ridgeline::wsq
