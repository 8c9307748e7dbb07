#include "matcher/extract/thin.h"

#include <array>
#include <vector>

#include "matcher/extract/neighbourhood.h"

namespace ridgeline::matcher::extract {

namespace {

constexpr int kMaxIterations = 64;  // ridges at 500 ppi are < 20 px wide

struct Tables {
  // Deletable in the first / second Zhang-Suen sub-iteration.
  std::array<uint8_t, 256> first{}, second{};
  // Simple point: deleting it changes neither 8-connectivity of ridges nor
  // 4-connectivity of background, and it is not an end point.
  std::array<uint8_t, 256> simple{};

  Tables() {
    for (int ring = 0; ring < 256; ++ring) {
      auto bit = [&](int i) { return (ring >> i) & 1; };
      const int n = bit(0), e = bit(2), s = bit(4), w = bit(6);
      int count = 0;
      for (int i = 0; i < 8; ++i) count += bit(i);
      const int transitions = CrossingNumber(static_cast<uint8_t>(ring));
      const bool base = count >= 2 && count <= 6 && transitions == 1;
      first[ring] = base && !(n && e && s) && !(e && s && w);
      second[ring] = base && !(n && e && w) && !(n && s && w);

      // Foreground components under 8-adjacency inside the ring.
      int parent[8];
      for (int i = 0; i < 8; ++i) parent[i] = i;
      auto find = [&](int i) {
        while (parent[i] != i) i = parent[i];
        return i;
      };
      for (int i = 0; i < 8; ++i) {
        if (!bit(i)) continue;
        for (int j = i + 1; j < 8; ++j) {
          if (!bit(j)) continue;
          const int dx = kRingDx[i] - kRingDx[j];
          const int dy = kRingDy[i] - kRingDy[j];
          if (dx >= -1 && dx <= 1 && dy >= -1 && dy <= 1) parent[find(j)] = find(i);
        }
      }
      int fg_components = 0;
      for (int i = 0; i < 8; ++i) fg_components += bit(i) && find(i) == i;
      // Background: runs of consecutive empty ring cells are 4-connected; count
      // the runs that touch a 4-neighbour of the centre.
      int bg_components = 0;
      for (int i = 0; i < 8; ++i) {
        if (bit(i) || !bit((i + 7) & 7)) continue;  // not the start of an empty run
        bool touches = false;
        for (int j = i; !bit(j & 7) && j < i + 8; ++j) touches = touches || (j & 1) == 0;
        bg_components += touches;
      }
      simple[ring] = count >= 2 && fg_components == 1 && bg_components == 1;
    }
  }
};

const Tables& SharedTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

ByteGrid Thin(const ByteGrid& binary) {
  const Tables& tables = SharedTables();
  ByteGrid image = binary;
  for (int x = 0; x < image.width; ++x) image.at(x, 0) = image.at(x, image.height - 1) = 0;
  for (int y = 0; y < image.height; ++y) image.at(0, y) = image.at(image.width - 1, y) = 0;

  uint8_t* pixels = image.data.data();
  const int stride = image.width;
  for (uint8_t& p : image.data) p = p ? 1 : 0;
  std::vector<int> alive;
  for (int y = 1; y + 1 < image.height; ++y)
    for (int x = 1; x + 1 < image.width; ++x)
      if (image.at(x, y)) alive.push_back(y * image.width + x);

  std::vector<int> doomed;
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    bool changed = false;
    for (int sub = 0; sub < 2; ++sub) {
      const auto& table = sub == 0 ? tables.first : tables.second;
      doomed.clear();
      for (int index : alive)
        if (table[RingAtPointer(pixels + index, stride)]) doomed.push_back(index);
      for (int index : doomed) image.data[index] = 0;
      changed = changed || !doomed.empty();
      size_t kept = 0;
      for (int index : alive)
        if (image.data[index]) alive[kept++] = index;
      alive.resize(kept);
    }
    if (!changed) break;
  }

  // Sequential removal of remaining simple points (each decision sees the
  // current state, so two neighbours are never removed on stale information).
  for (int pass = 0; pass < 4; ++pass) {
    bool changed = false;
    for (int index : alive) {
      if (!image.data[index]) continue;
      if (tables.simple[RingAtPointer(pixels + index, stride)]) {
        image.data[index] = 0;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return image;
}

}  // namespace ridgeline::matcher::extract
