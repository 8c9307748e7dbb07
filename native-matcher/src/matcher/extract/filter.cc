#include "matcher/extract/filter.h"

#include <cmath>

namespace ridgeline::matcher::extract {

namespace {

// Minutiae closer than this to the edge of the print are mostly ridges cut by
// the sensor or the segmentation.
constexpr float kBorderMargin = 12.0f;
// Lengths along the skeleton, in ridge periods.
constexpr float kShortRidge = 1.8f;   // ending - ending: a dot or a short island
constexpr float kSpur = 1.2f;         // ending - bifurcation: a hair on a ridge
constexpr float kBridge = 1.2f;       // bifurcation - bifurcation: a bridge across a valley
constexpr float kLake = 3.0f;         // a loop back to itself: a pore or a lake
// Two endings facing each other across a gap: one ridge interrupted by a crease or dirt.
constexpr float kGap = 1.5f;
constexpr float kFacing = 0.7f;       // cosine thresholds for "opposite" and "aligned"
// Orientation field agreement below which the area is too noisy to trust.
constexpr float kMinReliability = 0.25f;
// Two surviving minutiae closer than this are one feature seen twice.
constexpr float kDuplicate = 0.5f;

void RemoveByStructure(std::vector<Candidate>& cs, const RidgePeriod& period) {
  std::vector<uint8_t> doomed(cs.size(), 0);
  for (size_t i = 0; i < cs.size(); ++i) {
    const Candidate& c = cs[i];
    const float t = period.At(c.x, c.y);
    for (int b = 0; b < c.branch_count; ++b) {
      const Branch& branch = c.branches[b];
      if (branch.reached < 0) continue;
      const size_t j = static_cast<size_t>(branch.reached);
      const float length = static_cast<float>(branch.length);
      if (j == i) {
        if (length < kLake * t) doomed[i] = 1;
        continue;
      }
      const bool ending_i = c.type == MinutiaType::Ending;
      const bool ending_j = cs[j].type == MinutiaType::Ending;
      float limit = kBridge;
      if (ending_i && ending_j) limit = kShortRidge;
      else if (ending_i != ending_j) limit = kSpur;
      if (length < limit * t) doomed[i] = doomed[j] = 1;
    }
  }
  for (size_t i = 0; i < cs.size(); ++i)
    if (doomed[i]) cs[i].removed = true;
}

void RemoveBrokenRidges(std::vector<Candidate>& cs, const RidgePeriod& period) {
  std::vector<uint8_t> doomed(cs.size(), 0);
  for (size_t i = 0; i < cs.size(); ++i) {
    const Candidate& a = cs[i];
    if (a.removed || a.type != MinutiaType::Ending) continue;
    const float t = period.At(a.x, a.y);
    const float ax = std::cos(a.direction), ay = std::sin(a.direction);
    for (size_t j = i + 1; j < cs.size(); ++j) {
      const Candidate& b = cs[j];
      if (b.y - a.y > kGap * kMaxPeriod) break;  // raster order: no closer rows follow
      if (b.removed || b.type != MinutiaType::Ending) continue;
      const float dx = static_cast<float>(b.x - a.x);
      const float dy = static_cast<float>(b.y - a.y);
      const float distance = std::hypot(dx, dy);
      if (distance > kGap * t || distance < 1e-3f) continue;
      const float bx = std::cos(b.direction), by = std::sin(b.direction);
      const bool opposite = ax * bx + ay * by < -kFacing;
      // Each ending points into its own ridge, i.e. away from the other one.
      const bool facing = -(ax * dx + ay * dy) / distance > kFacing && (bx * dx + by * dy) / distance > kFacing;
      if (opposite && facing) doomed[i] = doomed[j] = 1;
    }
  }
  for (size_t i = 0; i < cs.size(); ++i)
    if (doomed[i]) cs[i].removed = true;
}

void RemoveDuplicates(std::vector<Candidate>& cs, const RidgePeriod& period) {
  std::vector<uint8_t> doomed(cs.size(), 0);
  for (size_t i = 0; i < cs.size(); ++i) {
    if (cs[i].removed) continue;
    const float limit = kDuplicate * period.At(cs[i].x, cs[i].y);
    for (size_t j = i + 1; j < cs.size(); ++j) {
      if (cs[j].y - cs[i].y > kDuplicate * kMaxPeriod) break;  // raster order
      if (cs[j].removed) continue;
      if (std::hypot(static_cast<float>(cs[j].x - cs[i].x), static_cast<float>(cs[j].y - cs[i].y)) < limit)
        doomed[i] = doomed[j] = 1;
    }
  }
  for (size_t i = 0; i < cs.size(); ++i)
    if (doomed[i]) cs[i].removed = true;
}

}  // namespace

// Candidates arrive in raster order (DetectCandidates scans rows top-down), so
// pair rules only look ahead while rows are within reach: O(n) for any image.
void FilterCandidates(std::vector<Candidate>& candidates, const Segmentation& seg, const RidgePeriod& period,
                      const OrientationField& field) {
  RemoveByStructure(candidates, period);
  for (Candidate& c : candidates) {
    if (c.removed) continue;
    if (seg.DepthAtPixel(c.x, c.y) < kBorderMargin) c.removed = true;
    else if (field.ReliabilityAt(c.x, c.y) < kMinReliability) c.removed = true;
  }
  RemoveBrokenRidges(candidates, period);
  RemoveDuplicates(candidates, period);
}

}  // namespace ridgeline::matcher::extract
