#include "wsq/huffman_encoder.h"

#include <algorithm>
#include <cstdlib>

#include "wsq/byte_writer.h"
#include "wsq/wsq_error.h"

namespace ridgeline::wsq {
namespace {

// Symbol meanings (specification table 5), mirrored from the decoder.
constexpr int kMaxShortRun = 100;
constexpr int kPositive8 = 101;
constexpr int kNegative8 = 102;
constexpr int kPositive16 = 103;
constexpr int kNegative16 = 104;
constexpr int kRun8 = 105;
constexpr int kRun16 = 106;
constexpr int kInlineBias = 180;
constexpr int kInlineMin = -73;
constexpr int kInlineMax = 74;

void pushRun(uint32_t run, std::vector<CodedSymbol>& out) {
  while (run > 0) {
    const uint32_t part = std::min<uint32_t>(run, 0xFFFF);
    if (part <= kMaxShortRun) {
      out.push_back({static_cast<uint8_t>(part), 0, 0});
    } else if (part <= 0xFF) {
      out.push_back({kRun8, 8, static_cast<uint16_t>(part)});
    } else {
      out.push_back({kRun16, 16, static_cast<uint16_t>(part)});
    }
    run -= part;
  }
}

void pushValue(int32_t v, std::vector<CodedSymbol>& out) {
  if (v >= kInlineMin && v <= kInlineMax) {
    out.push_back({static_cast<uint8_t>(v + kInlineBias), 0, 0});
    return;
  }
  const uint32_t magnitude = static_cast<uint32_t>(std::abs(v));
  if (magnitude > 0xFFFF) throw WsqError(WsqError::Kind::Unsupported, "WSQ coefficient index beyond 16 bits", 0);
  if (magnitude <= 0xFF) {
    out.push_back({static_cast<uint8_t>(v > 0 ? kPositive8 : kNegative8), 8, static_cast<uint16_t>(magnitude)});
  } else {
    out.push_back({static_cast<uint8_t>(v > 0 ? kPositive16 : kNegative16), 16, static_cast<uint16_t>(magnitude)});
  }
}

// Code lengths by repeatedly merging the two rarest entries (JPEG Annex K.2),
// with one reserved pseudo-symbol (index 256) so no real code is all one-bits.
std::array<int, 257> codeSizes(std::array<long, 257> freq) {
  std::array<int, 257> size{};
  std::array<int, 257> next;
  next.fill(-1);
  for (;;) {
    int a = -1, b = -1;
    // Ties go to the larger index, as in the reference construction.
    for (int i = 0; i < 257; ++i) {
      if (freq[i] == 0) continue;
      if (a < 0 || freq[i] <= freq[a]) a = i;
    }
    for (int i = 0; i < 257; ++i) {
      if (freq[i] == 0 || i == a) continue;
      if (b < 0 || freq[i] <= freq[b]) b = i;
    }
    if (b < 0) break;
    freq[a] += freq[b];
    freq[b] = 0;
    for (int i = a;; i = next[i]) {
      ++size[i];
      if (next[i] < 0) {
        next[i] = b;
        break;
      }
    }
    for (int i = b; i >= 0; i = next[i]) ++size[i];
  }
  return size;
}

// Limits code lengths to 16 bits by moving pairs of the longest codes up a
// level (JPEG Annex K.3), then takes the reserved code out of the longest row.
std::array<int, 33> limitedCounts(const std::array<int, 257>& size) {
  std::array<int, 33> bits{};
  for (int s : size) {
    if (s > 0) ++bits[std::min(s, 32)];
  }
  for (int i = 32; i > kMaxHuffmanBits; --i) {
    while (bits[i] > 0) {
      int j = i - 2;
      while (bits[j] == 0) --j;
      bits[i] -= 2;
      bits[i - 1] += 1;
      bits[j + 1] += 2;
      bits[j] -= 1;
    }
  }
  int longest = kMaxHuffmanBits;
  while (bits[longest] == 0) --longest;
  --bits[longest];
  return bits;
}

}  // namespace

std::vector<CodedSymbol> blockSymbols(const std::vector<int32_t>& indices) {
  std::vector<CodedSymbol> out;
  out.reserve(indices.size() / 4);
  uint32_t run = 0;
  for (int32_t v : indices) {
    if (v == 0) {
      ++run;
      continue;
    }
    pushRun(run, out);
    run = 0;
    pushValue(v, out);
  }
  pushRun(run, out);
  return out;
}

HuffmanCode buildHuffmanCode(const std::vector<const std::vector<CodedSymbol>*>& blocks) {
  std::array<long, 257> freq{};
  for (const auto* block : blocks) {
    for (const CodedSymbol& s : *block) ++freq[s.symbol];
  }
  bool any = false;
  for (int i = 0; i < 256; ++i) any = any || freq[i] > 0;
  if (!any) freq[1] = 1;  // an empty block still needs a valid table
  freq[256] = 1;

  const std::array<int, 257> size = codeSizes(freq);
  const std::array<int, 33> bits = limitedCounts(size);

  // Symbols in order of their unlimited length, then value; the limited
  // counts then hand out lengths along that order.
  std::vector<int> order;
  for (int i = 0; i < 256; ++i) {
    if (size[i] > 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return size[x] < size[y]; });

  HuffmanCode out;
  out.table.defined = true;
  size_t next = 0;
  uint32_t code = 0;
  for (int len = 1; len <= kMaxHuffmanBits; ++len) {
    out.table.counts[len - 1] = static_cast<uint8_t>(bits[len]);
    for (int n = 0; n < bits[len]; ++n, ++next, ++code) {
      const int symbol = order[next];
      out.table.values.push_back(static_cast<uint8_t>(symbol));
      out.code[symbol] = static_cast<uint16_t>(code);
      out.length[symbol] = static_cast<uint8_t>(len);
    }
    code <<= 1;
  }
  return out;
}

void writeBlock(const std::vector<CodedSymbol>& symbols, const HuffmanCode& code, std::vector<uint8_t>& out) {
  BitWriter bits(out);
  for (const CodedSymbol& s : symbols) {
    bits.write(code.code[s.symbol], code.length[s.symbol]);
    if (s.extraBits > 0) bits.write(s.extra, s.extraBits);
  }
  bits.finish();
}

}  // namespace ridgeline::wsq
