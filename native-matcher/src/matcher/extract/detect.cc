#include "matcher/extract/detect.h"

#include <cmath>

#include "matcher/extract/neighbourhood.h"

namespace ridgeline::matcher::extract {

namespace {

bool Adjacent(int ax, int ay, int bx, int by) { return std::abs(ax - bx) <= 1 && std::abs(ay - by) <= 1; }

// Follows the skeleton from candidate `self` through its neighbour (fx, fy).
Branch Trace(const ByteGrid& skeleton, const Grid<int>& ids, int self, int sx, int sy, int fx, int fy) {
  Branch branch;
  int px = sx, py = sy, cx = fx, cy = fy;
  bool probed = false;
  for (int step = 1;; ++step) {
    branch.length = step;
    branch.end_x = static_cast<float>(cx);
    branch.end_y = static_cast<float>(cy);
    if (!probed && std::hypot(cx - sx, cy - sy) >= kDirectionDistance) {
      branch.probe_x = static_cast<float>(cx);
      branch.probe_y = static_cast<float>(cy);
      probed = true;
    }
    const int id = ids.at(cx, cy);
    if (id >= 0 && (id != self || step > 2)) {
      branch.reached = id;
      break;
    }
    if (step >= kTraceSteps) break;
    // Next pixel: a neighbour that is neither where we came from nor touching
    // it (on a thin curve the successor never touches the predecessor).
    int next_x = -1, next_y = -1, options = 0;
    int minutia_x = -1, minutia_y = -1;
    for (int i = 0; i < 8; ++i) {
      const int nx = cx + kRingDx[i];
      const int ny = cy + kRingDy[i];
      if (!skeleton.at(nx, ny) || Adjacent(nx, ny, px, py)) continue;
      ++options;
      next_x = nx;
      next_y = ny;
      if (ids.at(nx, ny) >= 0) {
        minutia_x = nx;
        minutia_y = ny;
      }
    }
    if (options == 0) {
      branch.dead_end = true;
      break;
    }
    if (options > 1) {
      if (minutia_x < 0) break;  // an unregistered junction: stop quietly
      next_x = minutia_x;
      next_y = minutia_y;
    }
    px = cx;
    py = cy;
    cx = next_x;
    cy = next_y;
  }
  if (!probed) {
    branch.probe_x = branch.end_x;
    branch.probe_y = branch.end_y;
  }
  return branch;
}

}  // namespace

std::vector<Candidate> DetectCandidates(const ByteGrid& skeleton, const Segmentation& seg) {
  std::vector<Candidate> candidates;
  Grid<int> ids(skeleton.width, skeleton.height, -1);
  for (int y = 1; y + 1 < skeleton.height; ++y) {
    for (int x = 1; x + 1 < skeleton.width; ++x) {
      if (!skeleton.at(x, y) || !seg.ContainsPixel(x, y)) continue;
      const int crossing = CrossingNumber(RingAt(skeleton, x, y));
      if (crossing == 2 || crossing == 0) continue;
      Candidate c;
      c.x = x;
      c.y = y;
      c.type = crossing == 1 ? MinutiaType::Ending : MinutiaType::Bifurcation;
      ids.at(x, y) = static_cast<int>(candidates.size());
      candidates.push_back(c);
    }
  }
  for (size_t index = 0; index < candidates.size(); ++index) {
    Candidate& c = candidates[index];
    const uint8_t ring = RingAt(skeleton, c.x, c.y);
    // One trace per run of set ring cells; start at the run's 4-neighbour if any.
    for (int i = 0; i < 8 && c.branch_count < kMaxBranches; ++i) {
      if (!((ring >> i) & 1) || ((ring >> ((i + 7) & 7)) & 1)) continue;  // not a run start
      int start = i;
      for (int j = i; ((ring >> (j & 7)) & 1) && j < i + 8; ++j) {
        if ((j & 1) == 0) {
          start = j & 7;
          break;
        }
      }
      c.branches[c.branch_count++] = Trace(skeleton, ids, static_cast<int>(index), c.x, c.y,
                                           c.x + kRingDx[start], c.y + kRingDy[start]);
    }
  }
  return candidates;
}

}  // namespace ridgeline::matcher::extract
