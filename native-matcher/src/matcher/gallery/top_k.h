// A bounded best-K list: a min-heap whose root is the weakest kept candidate,
// so most gallery entries are rejected with one comparison.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace ridgeline::gallery {

struct Ranked {
  double score;
  size_t position;        // index into the snapshot
  const std::string* id;  // owned by the snapshot; breaks ties
};

// Orders "better first": higher score, then smaller id, so ties are decided
// the same way whichever thread saw the candidate.
inline bool Better(const Ranked& a, const Ranked& b) {
  return a.score != b.score ? a.score > b.score : *a.id < *b.id;
}

class TopK {
 public:
  explicit TopK(size_t k) : k_(k) { heap_.reserve(k); }

  void Offer(const Ranked& candidate) {
    if (k_ == 0) return;
    if (heap_.size() < k_) {
      heap_.push_back(candidate);
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else if (Better(candidate, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), Better);
      heap_.back() = candidate;
      std::push_heap(heap_.begin(), heap_.end(), Better);
    }
  }

  const std::vector<Ranked>& Items() const { return heap_; }

 private:
  size_t k_;
  std::vector<Ranked> heap_;  // heap ordered by Better: front is the worst kept
};

}  // namespace ridgeline::gallery
