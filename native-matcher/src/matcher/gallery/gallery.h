// A 1:N gallery held in native memory: templates are prepared once on add and
// compared many times, never re-decoded. Mutation happens on the JS thread;
// searches run on a snapshot, so adding or removing during a search is safe
// and does not change that search's answer.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "matcher/matcher.h"

namespace ridgeline::gallery {

struct Entry {
  std::string id;
  matcher::PreparedPtr prepared;
  size_t bytes = 0;  // prepared size plus this entry's bookkeeping
};

using EntryPtr = std::shared_ptr<const Entry>;

// The gallery's contents at one instant. Holding it keeps the templates alive.
using Snapshot = std::vector<EntryPtr>;

class Gallery {
 public:
  // Adds or replaces the template stored under `id`.
  void Add(std::string id, matcher::PreparedPtr prepared);
  // Returns false when no template has that id.
  bool Remove(const std::string& id);
  bool Has(const std::string& id) const { return index_.count(id) != 0; }
  size_t Size() const { return entries_.size(); }
  // Estimated native bytes: prepared templates plus per-entry bookkeeping.
  size_t MemoryBytes() const { return bytes_; }
  Snapshot Snap() const { return entries_; }

 private:
  std::vector<EntryPtr> entries_;
  std::unordered_map<std::string, size_t> index_;  // id -> position in entries_
  size_t bytes_ = 0;
};

}  // namespace ridgeline::gallery
