#include "matcher/gallery/search.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "matcher/gallery/thread_pool.h"
#include "matcher/gallery/top_k.h"
#include "matcher/matcher.h"

namespace ridgeline::gallery {
namespace {

// Small enough to balance load and react to cancellation within a few
// milliseconds, large enough that the shared counter is not contended.
constexpr size_t kChunk = 256;

using Clock = std::chrono::steady_clock;

class Progress {
 public:
  Progress(const SearchOptions& options, size_t total)
      : report_(options.progress), total_(total), interval_(std::chrono::milliseconds(options.progress_interval_ms)) {
    last_.store(Clock::now().time_since_epoch().count());
  }

  void Add(size_t count) {
    const size_t done = done_.fetch_add(count) + count;
    if (!report_) return;
    const auto now = Clock::now().time_since_epoch().count();
    auto last = last_.load();
    if (now - last < std::chrono::duration_cast<Clock::duration>(interval_).count()) return;
    // Only the thread that wins the exchange reports, so reports stay sparse.
    if (last_.compare_exchange_strong(last, now)) report_(done, total_);
  }

 private:
  const std::function<void(size_t, size_t)>& report_;
  size_t total_;
  std::chrono::milliseconds interval_;
  std::atomic<size_t> done_{0};
  std::atomic<Clock::rep> last_{0};
};

}  // namespace

unsigned ResolveThreads(unsigned requested) {
  if (requested > 0) return std::min(requested, 256u);
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<Hit> Search(const Snapshot& gallery, const matcher::PreparedTemplate& probe, const SearchOptions& options) {
  const size_t total = gallery.size();
  const size_t top = std::min(options.top, total);
  const unsigned workers = static_cast<unsigned>(std::min<size_t>(ResolveThreads(options.threads), std::max<size_t>(1, (total + kChunk - 1) / kChunk)));

  std::atomic<size_t> next{0};
  std::vector<TopK> best(workers, TopK(top));
  std::exception_ptr failure;
  std::mutex failure_mutex;
  std::atomic<bool> stop{false};
  Progress progress(options, total);

  // Never throws: a failure is kept for the caller and stops the other parts.
  const std::function<void(unsigned)> work = [&](unsigned worker) {
    try {
      TopK& mine = best[worker];
      for (;;) {
        if (stop.load(std::memory_order_relaxed)) return;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) return;
        const size_t begin = next.fetch_add(kChunk);
        if (begin >= total) return;
        const size_t end = std::min(total, begin + kChunk);
        for (size_t i = begin; i < end; ++i) {
          const Entry& entry = *gallery[i];
          mine.Offer({matcher::Score(probe, *entry.prepared), i, &entry.id});
        }
        progress.Add(end - begin);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
  };

  ThreadPool::Shared().Run(workers, work);

  if (failure) std::rethrow_exception(failure);
  if (options.cancel && options.cancel->load()) throw Cancelled();

  std::vector<Ranked> merged;
  merged.reserve(top * workers);
  for (const auto& list : best) merged.insert(merged.end(), list.Items().begin(), list.Items().end());
  std::sort(merged.begin(), merged.end(), Better);
  if (merged.size() > top) merged.resize(top);

  std::vector<Hit> hits;
  hits.reserve(merged.size());
  for (const auto& ranked : merged) hits.push_back({gallery[ranked.position]->id, ranked.score});
  return hits;
}

}  // namespace ridgeline::gallery
