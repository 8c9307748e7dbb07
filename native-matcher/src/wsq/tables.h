// Marker segments of a WSQ file (FBI WSQ specification v3.1, section 3):
// frame header, transform, quantization and Huffman tables, comments.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "wsq/byte_reader.h"

namespace ridgeline::wsq {

enum Marker : uint16_t {
  kSOI = 0xFFA0,
  kEOI = 0xFFA1,
  kSOF = 0xFFA2,
  kSOB = 0xFFA3,
  kDTT = 0xFFA4,
  kDQT = 0xFFA5,
  kDHT = 0xFFA6,
  kDRT = 0xFFA7,
  kCOM = 0xFFA8,
};

constexpr int kSubbandCount = 64;
/** Subbands 60-63 (the finest diagonal detail) are never coded. */
constexpr int kCodedSubbands = 60;
constexpr int kHuffmanTableCount = 8;
constexpr int kMaxHuffmanBits = 16;
constexpr int kMaxHuffmanValues = 256;
/** Longest filter we accept; the standard 9/7 filter pair uses 9 and 7 taps. */
constexpr int kMaxFilterTaps = 31;

struct FrameHeader {
  uint8_t black = 0;
  uint8_t white = 0;
  uint16_t height = 0;
  uint16_t width = 0;
  float shift = 0;  // M: the mean subtracted before the transform
  float scale = 0;  // R: the divisor applied before the transform
  uint8_t encoder = 0;
  uint16_t software = 0;
};

/** Synthesis filters, derived from the analysis filters the file carries. */
struct TransformTable {
  bool defined = false;
  std::vector<float> lowpass;   // odd length, symmetric, centred
  std::vector<float> highpass;  // odd length, symmetric, centred
};

struct QuantizationTable {
  bool defined = false;
  float binCenter = 0;  // C
  std::array<float, kSubbandCount> q{};  // bin widths Q_k (0: subband not coded)
  std::array<float, kSubbandCount> z{};  // zero-bin widths Z_k
};

struct HuffmanTable {
  bool defined = false;
  std::array<uint8_t, kMaxHuffmanBits> counts{};  // codes of length 1..16
  std::vector<uint8_t> values;
};

struct Tables {
  TransformTable transform;
  QuantizationTable quantization;
  std::array<HuffmanTable, kHuffmanTableCount> huffman;
  std::vector<std::string> comments;
};

/** Reads the next two bytes as a marker and fails unless it is a WSQ marker. */
uint16_t readMarker(ByteReader& in);

FrameHeader readFrameHeader(ByteReader& in);
/** Reads a table or comment segment (DTT, DQT, DHT, DRT, COM) into `tables`. */
void readTableSegment(uint16_t marker, ByteReader& in, Tables& tables);
/** Reads a block header (after SOB) and returns its Huffman table id. */
uint8_t readBlockHeader(ByteReader& in, const Tables& tables);

bool isTableMarker(uint16_t marker);

}  // namespace ridgeline::wsq
