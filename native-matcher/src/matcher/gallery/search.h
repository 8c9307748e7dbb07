// Parallel 1:N search over a gallery snapshot: the snapshot is cut into small
// chunks that the caller and the shared pool's workers claim in turn (comparison cost varies with the
// number of minutiae, so fixed halves would leave one core idle), each thread
// keeps its own top-K, and the per-thread lists are merged at the end.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "matcher/gallery/gallery.h"

namespace ridgeline::gallery {

struct Hit {
  std::string id;
  double score = 0;
};

// Thrown by Search when the cancel flag was raised before it finished.
struct Cancelled : std::runtime_error {
  Cancelled() : std::runtime_error("The search was cancelled") {}
};

struct SearchOptions {
  size_t top = 10;
  // Worker threads including the caller's; 0 = every hardware thread.
  unsigned threads = 0;
  // Raised from another thread to stop early; checked between chunks.
  const std::atomic<bool>* cancel = nullptr;
  // Called from worker threads, at most about every `progress_interval_ms`.
  std::function<void(size_t done, size_t total)> progress;
  unsigned progress_interval_ms = 100;
};

// Best `top` candidates by score, highest first; ties broken by id so the
// answer does not depend on thread timing.
std::vector<Hit> Search(const Snapshot& gallery, const matcher::PreparedTemplate& probe, const SearchOptions& options);

// Worker count Search will use for `requested` (0 = all hardware threads).
unsigned ResolveThreads(unsigned requested);

}  // namespace ridgeline::gallery
