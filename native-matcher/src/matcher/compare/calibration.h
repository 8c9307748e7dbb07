// Score calibration. The raw evidence score (scoring.cc) is mapped, strictly
// increasing, onto a false-match-rate scale: a calibrated score s means that
// about 10^(-s/10) of impostor comparisons reach it. 10 = FMR 10%, 20 = 1%,
// 30 = 0.1%, and the scale continues linearly above that.
//
// Anchors measured on the reference data: FVC2002 DB1_B..DB4_B, extended
// impostor pairs (every impression of finger a vs every impression of finger
// b, a < b; 11,520 pairs pooled), with this repository's extractor; see
// native-matcher/tools/eval.cc, which prints the pooled impostor quantiles.
// Recalibrate (compile eval with -DRIDGELINE_RAW_SCORES) whenever extraction
// or scoring changes.
#pragma once

namespace ridgeline::matcher::compare {

// The documented decision threshold: scores >= 30 are proposed as matches.
// On the reference data this is a false-match rate of 0.1% (extended
// impostors, pooled: 10 of 11,520), at a false non-match rate of 5.6%
// (63 of 1,120 genuine pairs), measured 2026-11-23 with eval.cc.
constexpr double kMatchThreshold = 30.0;

// Raw score above which no further roots are tried: far above any impostor
// (their maximum on the reference data is ~33), so no decision changes.
constexpr double kCertainRawScore = 80.0;

double Calibrate(double raw);

}  // namespace ridgeline::matcher::compare
