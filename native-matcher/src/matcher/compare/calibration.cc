#include "matcher/compare/calibration.h"

namespace ridgeline::matcher::compare {

double Calibrate(double raw) { return raw; }

}  // namespace ridgeline::matcher::compare
