// class Gallery: templates prepared once into native memory, searched 1:N on
// every core. search() returns { promise, cancel } so the TS wrapper can wire
// an AbortSignal to the native cancel flag; progress arrives through a
// ThreadSafeFunction from the worker threads.
#include <atomic>
#include <exception>
#include <memory>
#include <utility>

#include "matcher/matcher.h"
#include "matcher/gallery/gallery.h"
#include "matcher/gallery/search.h"
#include "matcher/napi/bindings.h"
#include "matcher/napi/convert.h"
#include "matcher/napi/limits.h"
#include "matcher/napi/promise_worker.h"

namespace ridgeline::napi {
namespace {

struct ProgressReport {
  double done;
  double total;
};

class SearchWorker : public PromiseWorker {
 public:
  SearchWorker(Napi::Env env, gallery::Snapshot snapshot, matcher::Template probe, size_t top, unsigned threads,
               std::shared_ptr<std::atomic<bool>> cancel)
      : PromiseWorker(env, "ridgeline.gallery.search"),
        snapshot_(std::move(snapshot)),
        probe_(std::move(probe)),
        cancel_(std::move(cancel)) {
    options_.top = top;
    options_.threads = threads;
    options_.cancel = cancel_.get();
  }

  ~SearchWorker() override {
    if (progress_) progress_.Release();
  }

  void ReportTo(Napi::Env env, const Napi::Function& callback) {
    progress_ = Napi::ThreadSafeFunction::New(env, callback, "ridgeline.gallery.progress", 0, 1);
    // The pending search must not keep the process alive on its own account.
    progress_.Unref(env);
    options_.progress = [tsfn = progress_](size_t done, size_t total) mutable {
      auto* report = new ProgressReport{static_cast<double>(done), static_cast<double>(total)};
      const napi_status status = tsfn.NonBlockingCall(report, [](Napi::Env env, Napi::Function js, ProgressReport* data) {
        std::unique_ptr<ProgressReport> owned(data);
        if (env != nullptr && js != nullptr) js.Call({Napi::Number::New(env, owned->done), Napi::Number::New(env, owned->total)});
      });
      if (status != napi_ok) delete report;  // queue closing: the report is dropped, not leaked
    };
  }

 protected:
  void Run() override {
    const matcher::PreparedPtr probe = matcher::Prepare(probe_);
    hits_ = gallery::Search(snapshot_, *probe, options_);
    snapshot_ = {};  // drop our hold on removed templates as soon as possible
  }

  Napi::Value Result(Napi::Env env) override {
    Napi::Array hits = Napi::Array::New(env, hits_.size());
    for (size_t i = 0; i < hits_.size(); ++i) {
      Napi::Object hit = Napi::Object::New(env);
      hit.Set("id", Napi::String::New(env, hits_[i].id));
      hit.Set("score", Napi::Number::New(env, hits_[i].score));
      hits.Set(static_cast<uint32_t>(i), hit);
    }
    return hits;
  }

 private:
  gallery::Snapshot snapshot_;
  matcher::Template probe_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  gallery::SearchOptions options_;
  Napi::ThreadSafeFunction progress_;
  std::vector<gallery::Hit> hits_;
};

class GalleryWrap : public Napi::ObjectWrap<GalleryWrap> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Gallery",
                       {
                           InstanceMethod<&GalleryWrap::Add>("add"),
                           InstanceMethod<&GalleryWrap::Remove>("remove"),
                           InstanceMethod<&GalleryWrap::Has>("has"),
                           InstanceMethod<&GalleryWrap::Size>("size"),
                           InstanceMethod<&GalleryWrap::MemoryBytes>("memoryBytes"),
                           InstanceMethod<&GalleryWrap::Search>("search"),
                       });
  }

  explicit GalleryWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<GalleryWrap>(info) {}

 private:
  // add(id, template): prepares synchronously. Preparation is linear in the
  // minutiae count (well under a millisecond), cheaper than a worker hop.
  Napi::Value Add(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      std::string id = ReadId(info[0]);
      const matcher::Template tmpl = ReadTemplate(info[1], "template");
      gallery_.Add(std::move(id), matcher::Prepare(tmpl));
      return env.Undefined();
    } catch (...) {
      return ThrowFailure(env, Describe(std::current_exception()));
    }
  }

  Napi::Value Remove(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      return Napi::Boolean::New(env, gallery_.Remove(ReadId(info[0])));
    } catch (...) {
      return ThrowFailure(env, Describe(std::current_exception()));
    }
  }

  Napi::Value Has(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      return Napi::Boolean::New(env, gallery_.Has(ReadId(info[0])));
    } catch (...) {
      return ThrowFailure(env, Describe(std::current_exception()));
    }
  }

  Napi::Value Size(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), static_cast<double>(gallery_.Size())); }

  Napi::Value MemoryBytes(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), static_cast<double>(gallery_.MemoryBytes()));
  }

  // search(probe, top, threads, onProgress?) -> { promise, cancel }
  Napi::Value Search(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      matcher::Template probe = ReadTemplate(info[0], "probe");
      const size_t top = ReadCount(info[1], "top", 1, limits::kMaxTop);
      const unsigned threads = static_cast<unsigned>(ReadCount(info[2], "threads", 0, 256));
      const bool reports = info[3].IsFunction();
      if (!reports && !info[3].IsUndefined() && !info[3].IsNull()) throw matcher::InvalidInput("onProgress must be a function");

      auto cancel = std::make_shared<std::atomic<bool>>(false);
      auto* worker = new SearchWorker(env, gallery_.Snap(), std::move(probe), top, threads, cancel);
      if (reports) worker->ReportTo(env, info[3].As<Napi::Function>());

      Napi::Object handle = Napi::Object::New(env);
      handle.Set("promise", worker->Promise());
      handle.Set("cancel", Napi::Function::New(env, [cancel](const Napi::CallbackInfo& call) {
                   cancel->store(true);
                   return call.Env().Undefined();
                 }, "cancel"));
      worker->Queue();
      return handle;
    } catch (...) {
      return ThrowFailure(env, Describe(std::current_exception()));
    }
  }

  static size_t ReadCount(const Napi::Value& value, const char* what, size_t low, size_t high) {
    if (!value.IsNumber()) throw matcher::InvalidInput(std::string(what) + " must be an integer");
    const double number = value.As<Napi::Number>().DoubleValue();
    if (!(number >= double(low) && number <= double(high)) || number != static_cast<double>(static_cast<size_t>(number))) {
      throw matcher::InvalidInput(std::string(what) + " must be an integer in " + std::to_string(low) + ".." + std::to_string(high));
    }
    return static_cast<size_t>(number);
  }

  gallery::Gallery gallery_;
};

}  // namespace

void RegisterGallery(Napi::Env env, Napi::Object exports) { exports.Set("Gallery", GalleryWrap::Define(env)); }

}  // namespace ridgeline::napi
