// Score calibration: the raw evidence score is mapped so that the public
// score reads as a false-match rate. See kMatchThreshold.
#pragma once

namespace ridgeline::matcher::compare {

// Raw score above which no further roots are tried (far above any impostor).
constexpr double kCertainRawScore = 60.0;

double Calibrate(double raw);

}  // namespace ridgeline::matcher::compare
