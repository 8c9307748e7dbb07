#include "matcher/gallery/gallery.h"
#include "matcher/matcher.h"

#include <utility>


namespace ridgeline::gallery {
namespace {

// Bookkeeping per entry beyond the prepared template: the shared entry block,
// the snapshot slot, and the id index node with its own key copy.
size_t EntryOverhead(const std::string& id) {
  constexpr size_t kSharedBlock = 16;
  constexpr size_t kIndexNode = 48;
  const size_t heap_id = id.size() > 15 ? id.capacity() + 1 : 0;  // beyond the small-string buffer
  return sizeof(Entry) + kSharedBlock + sizeof(EntryPtr) + kIndexNode + sizeof(std::string) + 2 * heap_id;
}

}  // namespace

void Gallery::Add(std::string id, matcher::PreparedPtr prepared) {
  auto entry = std::make_shared<Entry>();
  entry->bytes = matcher::PreparedSize(*prepared) + EntryOverhead(id);
  entry->prepared = std::move(prepared);
  entry->id = std::move(id);
  auto found = index_.find(entry->id);
  if (found != index_.end()) {
    bytes_ -= entries_[found->second]->bytes;
    bytes_ += entry->bytes;
    entries_[found->second] = std::move(entry);
    return;
  }
  index_.emplace(entry->id, entries_.size());
  bytes_ += entry->bytes;
  entries_.push_back(std::move(entry));
}

bool Gallery::Remove(const std::string& id) {
  auto found = index_.find(id);
  if (found == index_.end()) return false;
  const size_t position = found->second;
  bytes_ -= entries_[position]->bytes;
  index_.erase(found);
  // Swap-remove keeps removal O(1); order in the gallery carries no meaning.
  if (position + 1 != entries_.size()) {
    entries_[position] = std::move(entries_.back());
    index_[entries_[position]->id] = position;
  }
  entries_.pop_back();
  return true;
}

}  // namespace ridgeline::gallery
