#include "wsq/coefficient_stream.h"

#include <string>

namespace ridgeline::wsq {
namespace {

// Huffman symbol meanings (specification table 5).
constexpr int kMaxShortRun = 100;
constexpr int kPositive8 = 101;
constexpr int kNegative8 = 102;
constexpr int kPositive16 = 103;
constexpr int kNegative16 = 104;
constexpr int kRun8 = 105;
constexpr int kRun16 = 106;
constexpr int kFirstInline = 107;  // 107..254: value = symbol - 180
constexpr int kInlineBias = 180;

class BitReader {
 public:
  BitReader(const uint8_t* data, size_t size, size_t pos) : data_(data), size_(size), pos_(pos) {}

  int available() const { return count_; }
  /** Tops up the bit buffer until a marker (left unread), the end of the data, or 57+ bits. */
  void refill() {
    while (count_ <= 56 && !stopped_) {
      if (pos_ >= size_) {
        stopped_ = true;
        break;
      }
      uint8_t b = data_[pos_];
      if (b == 0xFF) {
        if (pos_ + 1 >= size_) {  // a lone 0xFF at the very end: truncated
          stopped_ = true;
          break;
        }
        if (data_[pos_ + 1] != 0x00) {  // a marker: the block ends here
          stopped_ = true;
          break;
        }
        pos_ += 2;  // stuffed zero after a data byte 0xFF
      } else {
        pos_ += 1;
      }
      acc_ = (acc_ << 8) | b;
      count_ += 8;
    }
  }
  uint32_t peek(int n) const { return static_cast<uint32_t>((acc_ >> (count_ - n)) & ((uint64_t{1} << n) - 1)); }
  void consume(int n) { count_ -= n; }
  size_t position() const { return pos_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_;
  uint64_t acc_ = 0;
  int count_ = 0;
  bool stopped_ = false;
};

// -1 when the bits left before the marker cannot complete a code: that is the
// end of the block (the encoder pads the last byte with one-bits).
int nextSymbol(BitReader& bits, const HuffmanDecoder& huffman) {
  if (bits.available() < HuffmanDecoder::kLookupBits) bits.refill();
  if (bits.available() >= HuffmanDecoder::kLookupBits) {
    uint32_t window = bits.peek(HuffmanDecoder::kLookupBits);
    int len = huffman.lookupLength(window);
    if (len > 0) {
      bits.consume(len);
      return huffman.lookupSymbol(window);
    }
  }
  if (bits.available() < kMaxHuffmanBits) bits.refill();
  for (int len = 1; len <= kMaxHuffmanBits; ++len) {
    if (bits.available() < len) return -1;
    int32_t code = static_cast<int32_t>(bits.peek(len));
    if (code <= huffman.maxCode(len)) {
      bits.consume(len);
      return huffman.symbol(len, code);
    }
  }
  return -2;
}

uint32_t extraBits(BitReader& bits, int n) {
  if (bits.available() < n) bits.refill();
  if (bits.available() < n) badFile("WSQ block data ends inside a coefficient", bits.position());
  uint32_t v = bits.peek(n);
  bits.consume(n);
  return v;
}

void pushValue(CoefficientSink& sink, int32_t value, size_t at) {
  if (sink.filled >= sink.values.size()) badFile("WSQ block data holds more coefficients than the image", at);
  sink.values[sink.filled++] = value;
}

// Zero runs that overshoot the last subband only add zeros we would not
// store anyway, so they are clipped rather than refused.
void pushZeros(CoefficientSink& sink, uint32_t run) {
  size_t room = sink.values.size() - sink.filled;
  sink.filled += run < room ? run : room;
}

}  // namespace

void decodeBlock(const uint8_t* data, size_t size, size_t& pos, const HuffmanDecoder& huffman, CoefficientSink& sink) {
  BitReader bits(data, size, pos);
  for (;;) {
    int symbol = nextSymbol(bits, huffman);
    if (symbol == -1) break;
    if (symbol == -2) badFile("invalid Huffman code in WSQ block data", bits.position());
    if (symbol >= 1 && symbol <= kMaxShortRun) {
      pushZeros(sink, static_cast<uint32_t>(symbol));
    } else if (symbol >= kFirstInline && symbol < 0xFF) {
      pushValue(sink, symbol - kInlineBias, bits.position());
    } else {
      switch (symbol) {
        case kPositive8:
          pushValue(sink, static_cast<int32_t>(extraBits(bits, 8)), bits.position());
          break;
        case kNegative8:
          pushValue(sink, -static_cast<int32_t>(extraBits(bits, 8)), bits.position());
          break;
        case kPositive16:
          pushValue(sink, static_cast<int32_t>(extraBits(bits, 16)), bits.position());
          break;
        case kNegative16:
          pushValue(sink, -static_cast<int32_t>(extraBits(bits, 16)), bits.position());
          break;
        case kRun8:
          pushZeros(sink, extraBits(bits, 8));
          break;
        case kRun16:
          pushZeros(sink, extraBits(bits, 16));
          break;
        default:
          badFile("invalid WSQ Huffman symbol " + std::to_string(symbol), bits.position());
      }
    }
  }
  pos = bits.position();
}

}  // namespace ridgeline::wsq
