#include "matcher/gallery/thread_pool.h"

#include <algorithm>
#include <memory>

namespace ridgeline::gallery {
namespace {

// What one Run shares with its queued parts. Held by shared_ptr so a part
// dequeued after its Run returned finds `closed` and does nothing.
struct Batch {
  std::mutex mutex;
  std::condition_variable done;
  unsigned started = 0;
  unsigned finished = 0;
  bool closed = false;
};

}  // namespace

ThreadPool& ThreadPool::Shared() {
  // Never destroyed: workers may still be parked when the process exits, and
  // joining them from a static destructor would race the runtime's teardown.
  static ThreadPool* pool = new ThreadPool(std::max(1u, std::thread::hardware_concurrency()) - 1);
  return *pool;
}

ThreadPool::ThreadPool(unsigned workers) {
  threads_.reserve(workers);
  for (unsigned i = 0; i < workers; ++i) {
    try {
      threads_.emplace_back([this] { Loop(); });
    } catch (...) {
      break;  // fewer workers (resource limits): callers still do all the work themselves
    }
  }
  for (auto& thread : threads_) thread.detach();
}

void ThreadPool::Loop() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return !queue_.empty(); });
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task();
  }
}

void ThreadPool::Run(unsigned parts, const std::function<void(unsigned)>& part) {
  auto batch = std::make_shared<Batch>();
  const unsigned helpers = std::min(parts > 0 ? parts - 1 : 0, Workers());
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (unsigned i = 1; i <= helpers; ++i) {
      queue_.emplace_back([batch, &part, i] {
        {
          std::lock_guard<std::mutex> guard(batch->mutex);
          if (batch->closed) return;
          ++batch->started;
        }
        part(i);
        std::lock_guard<std::mutex> guard(batch->mutex);
        ++batch->finished;
        batch->done.notify_all();
      });
    }
  }
  if (helpers == 1) wake_.notify_one();
  else if (helpers > 1) wake_.notify_all();

  auto settle = [&batch] {
    std::unique_lock<std::mutex> lock(batch->mutex);
    batch->closed = true;  // parts not yet started are dropped: the work is shared and already done
    batch->done.wait(lock, [&] { return batch->finished == batch->started; });
  };
  try {
    part(0);
  } catch (...) {
    settle();  // started parts still reference `part`: wait for them before unwinding
    throw;
  }
  settle();
}

}  // namespace ridgeline::gallery
