// Typed decoder failures. The binding maps Kind onto the API error codes
// 'bad-file' (corrupt, truncated, inconsistent) and 'unsupported' (a valid but
// unhandled variant), so every malformed input ends as a typed JS error.
#pragma once
#include <stdexcept>
#include <string>

namespace ridgeline::wsq {

class WsqError : public std::runtime_error {
 public:
  enum class Kind { BadFile, Unsupported };
  WsqError(Kind kind, const std::string& message, size_t offset)
      : std::runtime_error(message), kind_(kind), offset_(offset) {}
  Kind kind() const { return kind_; }
  /** Byte offset in the input where the problem was found. */
  size_t offset() const { return offset_; }

 private:
  Kind kind_;
  size_t offset_;
};

[[noreturn]] inline void badFile(const std::string& message, size_t offset) {
  throw WsqError(WsqError::Kind::BadFile, message, offset);
}
[[noreturn]] inline void unsupported(const std::string& message, size_t offset) {
  throw WsqError(WsqError::Kind::Unsupported, message, offset);
}

}  // namespace ridgeline::wsq
