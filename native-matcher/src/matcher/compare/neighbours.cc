#include "matcher/compare/neighbours.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "matcher/compare/normalise.h"

namespace ridgeline::matcher::compare {

namespace {
// Closer neighbours than this are usually one ridge break seen twice; their
// edge angles are dominated by noise.
constexpr int kMinEdgeLength = 6;
}  // namespace

NeighbourEdge MakeEdge(const PreparedMinutia& a, const PreparedMinutia& b, uint8_t to) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const uint8_t edge_angle = QuantiseAngle(std::atan2(dy, dx));
  NeighbourEdge e;
  e.to = to;
  e.length = static_cast<uint8_t>(std::min<long>(kMaxEdgeLength, std::lround(std::hypot(dx, dy))));
  e.from_angle = static_cast<uint8_t>(a.direction - edge_angle);
  e.to_angle = static_cast<uint8_t>(b.direction - edge_angle);
  return e;
}

void BuildNeighbourEdges(PreparedTemplate& prepared) {
  const int n = prepared.size();
  prepared.edges.assign(static_cast<size_t>(n) * kNeighbours, NeighbourEdge{});
  std::vector<std::pair<int, int>> near;  // (squared distance, index)
  near.reserve(n);
  for (int i = 0; i < n; ++i) {
    const PreparedMinutia& a = prepared.minutiae[i];
    near.clear();
    for (int j = 0; j < n; ++j) {
      if (j == i) continue;
      const int dx = prepared.minutiae[j].x - a.x;
      const int dy = prepared.minutiae[j].y - a.y;
      const int d2 = dx * dx + dy * dy;
      if (d2 < kMinEdgeLength * kMinEdgeLength || d2 > kMaxEdgeLength * kMaxEdgeLength) continue;
      near.emplace_back(d2, j);
    }
    const size_t keep = std::min<size_t>(kNeighbours, near.size());
    std::partial_sort(near.begin(), near.begin() + keep, near.end());
    for (size_t s = 0; s < keep; ++s) {
      const int j = near[s].second;
      prepared.edges[i * kNeighbours + s] = MakeEdge(a, prepared.minutiae[j], static_cast<uint8_t>(j));
    }
  }
}

}  // namespace ridgeline::matcher::compare
