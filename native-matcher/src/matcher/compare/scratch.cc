#include "matcher/compare/scratch.h"

#include <memory>

namespace ridgeline::matcher::compare {

Scratch& ThreadScratch() {
  // ~100 KB per thread, allocated once on first use: a heap block rather than
  // a static TLS segment, which a dlopen()ed addon may not be able to grow.
  thread_local std::unique_ptr<Scratch> scratch = std::make_unique<Scratch>();
  return *scratch;
}

}  // namespace ridgeline::matcher::compare
