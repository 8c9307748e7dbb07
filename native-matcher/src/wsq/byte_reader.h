// Bounded big-endian reader over the WSQ byte stream. Every read checks the
// remaining length first, so no marker segment can read past the input.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "wsq/wsq_error.h"

namespace ridgeline::wsq {

class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  size_t offset() const { return pos_; }
  size_t size() const { return size_; }
  size_t remaining() const { return size_ - pos_; }
  bool atEnd() const { return pos_ >= size_; }

  uint8_t u8(const char* what) {
    need(1, what);
    return data_[pos_++];
  }
  uint16_t u16(const char* what) {
    need(2, what);
    uint16_t v = static_cast<uint16_t>((data_[pos_] << 8) | data_[pos_ + 1]);
    pos_ += 2;
    return v;
  }
  uint32_t u32(const char* what) {
    need(4, what);
    uint32_t v = (uint32_t{data_[pos_]} << 24) | (uint32_t{data_[pos_ + 1]} << 16) |
                 (uint32_t{data_[pos_ + 2]} << 8) | uint32_t{data_[pos_ + 3]};
    pos_ += 4;
    return v;
  }
  const uint8_t* take(size_t n, const char* what) {
    need(n, what);
    const uint8_t* p = data_ + pos_;
    pos_ += n;
    return p;
  }
  void skip(size_t n, const char* what) { take(n, what); }
  /** Moves to an absolute offset within the data (at most its end). */
  void seek(size_t pos) {
    if (pos > size_) badFile("seek past the end of the WSQ data", size_);
    pos_ = pos;
  }

  /** Fails unless `n` more bytes are present. */
  void need(size_t n, const char* what) const {
    if (n > size_ - pos_) badFile(std::string("truncated WSQ data while reading ") + what, pos_);
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

}  // namespace ridgeline::wsq
