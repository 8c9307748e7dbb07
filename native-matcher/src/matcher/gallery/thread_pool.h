// A process-wide pool of worker threads for 1:N search, started once, so a
// search does not pay thread start-up (nor per-thread comparison scratch
// allocation) each time, and concurrent searches share the cores instead of
// oversubscribing them.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ridgeline::gallery {

class ThreadPool {
 public:
  // The shared pool: one worker per hardware thread beyond the caller's.
  static ThreadPool& Shared();

  explicit ThreadPool(unsigned workers);
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  unsigned Workers() const { return static_cast<unsigned>(threads_.size()); }

  // Runs `part(i)` for i in [0, parts): part 0 on the calling thread, the
  // others on pool workers as they come free. Returns when every part that
  // started has finished; parts still queued when the caller's own part is
  // done are dropped, so `part` must share its work (e.g. through an atomic
  // cursor) rather than own a fixed slice. Never called from a pool worker.
  void Run(unsigned parts, const std::function<void(unsigned)>& part);

 private:
  void Loop();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
};

}  // namespace ridgeline::gallery
