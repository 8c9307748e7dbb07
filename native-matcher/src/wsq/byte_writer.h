// Big-endian output for the WSQ encoder: marker segments (marker, length,
// body) and the entropy-coded bit stream with JPEG-style 0xFF stuffing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ridgeline::wsq {

class ByteWriter {
 public:
  void u8(unsigned v) { bytes_.push_back(static_cast<uint8_t>(v)); }
  void u16(unsigned v) {
    u8((v >> 8) & 0xFF);
    u8(v & 0xFF);
  }
  void u32(uint32_t v) {
    u16(v >> 16);
    u16(v & 0xFFFF);
  }
  void raw(const uint8_t* data, size_t size) { bytes_.insert(bytes_.end(), data, data + size); }
  void raw(const std::vector<uint8_t>& data) { raw(data.data(), data.size()); }
  /** Writes `marker`, the segment length (body + the two length bytes), then the body. */
  void segment(uint16_t marker, const ByteWriter& body) {
    u16(marker);
    u16(static_cast<unsigned>(body.size() + 2));
    raw(body.bytes_);
  }
  size_t size() const { return bytes_.size(); }
  std::vector<uint8_t> take() { return std::move(bytes_); }

 private:
  std::vector<uint8_t> bytes_;
};

/** Most significant bit first; a data byte 0xFF is followed by a stuffed 0x00 so it never reads as a marker. */
class BitWriter {
 public:
  explicit BitWriter(std::vector<uint8_t>& out) : out_(out) {}
  void write(uint32_t value, int bits) {
    for (int i = bits - 1; i >= 0; --i) {
      acc_ = static_cast<uint8_t>((acc_ << 1) | ((value >> i) & 1u));
      if (++count_ == 8) flushByte();
    }
  }
  /** Pads the last byte with one-bits, as the specification asks at the end of a block. */
  void finish() {
    if (count_ > 0) write(0xFFu, 8 - count_);
  }

 private:
  void flushByte() {
    out_.push_back(acc_);
    if (acc_ == 0xFF) out_.push_back(0x00);
    acc_ = 0;
    count_ = 0;
  }
  std::vector<uint8_t>& out_;
  uint8_t acc_ = 0;
  int count_ = 0;
};

}  // namespace ridgeline::wsq
