// A minutia candidate on the skeleton, in working (500 ppi) pixels, with the
// ridges leaving it traced a short way. Filtering and direction read the traces.
#pragma once

#include <cstdint>

#include "matcher/types.h"

namespace ridgeline::matcher::extract {

constexpr int kMaxBranches = 4;

struct Branch {
  int length = 0;          // skeleton steps followed
  int reached = -1;        // index of the candidate it runs into, -1 if none
  bool dead_end = false;   // skeleton stopped without reaching a candidate
  float end_x = 0;         // where the trace stopped
  float end_y = 0;
  float probe_x = 0;       // point kDirectionDistance away along the ridge (or end)
  float probe_y = 0;
};

struct Candidate {
  int x = 0;
  int y = 0;
  MinutiaType type = MinutiaType::Other;
  int branch_count = 0;
  Branch branches[kMaxBranches];
  float direction = 0;  // image coordinates (y down), radians, vector (cos, sin)
  float quality = 0;    // 0..1
  bool removed = false;
};

}  // namespace ridgeline::matcher::extract
