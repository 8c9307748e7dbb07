#include "wsq/synthesis_taps.h"

namespace ridgeline::wsq {
namespace {

// Whole-sample symmetric extension of [0, N-1] (period 2(N-1)).
int reflect(int j, int length) {
  int period = 2 * (length - 1);
  j %= period;
  if (j < 0) j += period;
  return j >= length ? period - j : j;
}

}  // namespace

SynthesisTaps buildSynthesisTaps(int length, bool highpassFirst, const std::vector<float>& lowpass,
                                 const std::vector<float>& highpass) {
  const int lowCount = (length + 1) / 2;
  const int highCount = length / 2;
  const int lowStart = highpassFirst ? highCount : 0;
  const int highStart = highpassFirst ? 0 : lowCount;
  const int lowHalf = static_cast<int>(lowpass.size()) / 2;
  const int highHalf = static_cast<int>(highpass.size()) / 2;

  SynthesisTaps taps;
  taps.begin.reserve(length + 1);
  taps.source.reserve(static_cast<size_t>(length) * (lowpass.size() + highpass.size()) / 2 + 2);
  taps.weight.reserve(taps.source.capacity());
  for (int n = 0; n < length; ++n) {
    taps.begin.push_back(static_cast<int32_t>(taps.source.size()));
    for (int m = -lowHalf; m <= lowHalf; ++m) {
      int j = reflect(n - m, length);
      if (j % 2 != 0) continue;  // reflection keeps parity: odd positions carry no lowpass sample
      taps.source.push_back(lowStart + j / 2);
      taps.weight.push_back(lowpass[lowHalf + m]);
    }
    for (int m = -highHalf; m <= highHalf; ++m) {
      int j = reflect(n - m, length);
      if (j % 2 == 0) continue;
      taps.source.push_back(highStart + (j - 1) / 2);
      taps.weight.push_back(highpass[highHalf + m]);
    }
  }
  taps.begin.push_back(static_cast<int32_t>(taps.source.size()));
  return taps;
}

InteriorPattern buildInteriorPattern(int length, bool highpassFirst, const std::vector<float>& lowpass,
                                     const std::vector<float>& highpass) {
  const int lowCount = (length + 1) / 2;
  const int highCount = length / 2;
  const int lowStart = highpassFirst ? highCount : 0;
  const int highStart = highpassFirst ? 0 : lowCount;
  const int lowHalf = static_cast<int>(lowpass.size()) / 2;
  const int highHalf = static_cast<int>(highpass.size()) / 2;
  const int reach = lowHalf > highHalf ? lowHalf : highHalf;

  InteriorPattern pattern;
  pattern.first = reach;
  pattern.last = length - 1 - reach;
  for (int phase = 0; phase < 2; ++phase) {
    // Output n = 2j + phase takes upsampled position n - m for tap m.
    for (int m = -lowHalf; m <= lowHalf; ++m) {
      if ((phase - m) % 2 != 0) continue;
      pattern.offset[phase].push_back(lowStart + (phase - m) / 2);
      pattern.weight[phase].push_back(lowpass[lowHalf + m]);
    }
    for (int m = -highHalf; m <= highHalf; ++m) {
      if ((phase - m) % 2 == 0) continue;
      pattern.offset[phase].push_back(highStart + (phase - m - 1) / 2);
      pattern.weight[phase].push_back(highpass[highHalf + m]);
    }
  }
  return pattern;
}

}  // namespace ridgeline::wsq
