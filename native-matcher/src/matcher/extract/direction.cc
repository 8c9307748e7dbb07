#include "matcher/extract/direction.h"

#include <algorithm>
#include <cmath>

namespace ridgeline::matcher::extract {

namespace {

// Beyond this disagreement (curved ridges near cores and deltas) the field is
// too smooth to describe the ridge at the minutia and the trace is used instead.
constexpr float kMaxFieldDeviation = 0.7f;  // radians, ~40 degrees

struct Vec {
  float x = 0;
  float y = 0;
};

Vec UnitTowards(const Candidate& c, const Branch& b) {
  const float dx = b.probe_x - c.x;
  const float dy = b.probe_y - c.y;
  const float len = std::hypot(dx, dy);
  return len > 0 ? Vec{dx / len, dy / len} : Vec{};
}

// Direction of the minutia from its traces alone (see header for the convention).
Vec TracedDirection(const Candidate& c) {
  if (c.branch_count == 0) return {};
  if (c.type == MinutiaType::Ending || c.branch_count < 3) return UnitTowards(c, c.branches[0]);
  // The two branches of a fork leave roughly parallel; the stem is the odd one out.
  Vec u[3];
  for (int i = 0; i < 3; ++i) u[i] = UnitTowards(c, c.branches[i]);
  int stem = 0;
  float best = -2;
  for (int i = 0; i < 3; ++i) {
    const Vec& a = u[(i + 1) % 3];
    const Vec& b = u[(i + 2) % 3];
    const float similarity = a.x * b.x + a.y * b.y;
    if (similarity > best) {
      best = similarity;
      stem = i;
    }
  }
  const Vec& a = u[(stem + 1) % 3];
  const Vec& b = u[(stem + 2) % 3];
  const Vec bisector{a.x + b.x, a.y + b.y};
  const float len = std::hypot(bisector.x, bisector.y);
  // Degenerate (branches leave in opposite directions): the stem's opposite.
  if (len < 1e-3f) return {-u[stem].x, -u[stem].y};
  return {bisector.x / len, bisector.y / len};
}

}  // namespace

void AssignDirections(std::vector<Candidate>& candidates, const OrientationField& field) {
  for (Candidate& c : candidates) {
    if (c.removed) continue;
    const Vec traced = TracedDirection(c);
    const float ridge = field.AngleAt(static_cast<float>(c.x), static_cast<float>(c.y));
    Vec along{std::cos(ridge), std::sin(ridge)};
    const float dot = along.x * traced.x + along.y * traced.y;
    if (dot < 0) along = {-along.x, -along.y};
    const float deviation = std::acos(std::min(1.0f, std::abs(dot)));
    const Vec chosen = deviation <= kMaxFieldDeviation ? along : traced;
    c.direction = std::atan2(chosen.y, chosen.x);
  }
}

}  // namespace ridgeline::matcher::extract
