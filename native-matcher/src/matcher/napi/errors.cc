#include "matcher/napi/errors.h"

#include <new>

#include "matcher/gallery/search.h"
#include "matcher/matcher.h"

namespace ridgeline::napi {

Failure Describe(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const matcher::InvalidInput& e) {
    return {"invalid-argument", e.what()};
  } catch (const gallery::Cancelled& e) {
    return {"cancelled", e.what()};
  } catch (const Unsupported& e) {
    return {"unsupported", e.what()};
  } catch (const std::bad_alloc&) {
    return {"internal", "The native matcher ran out of memory"};
  } catch (const std::exception& e) {
    return {"internal", std::string("Native matcher failure: ") + e.what()};
  } catch (...) {
    return {"internal", "Unknown native matcher failure"};
  }
}

Napi::Error MakeError(Napi::Env env, const Failure& failure) {
  Napi::Error error = Napi::Error::New(env, failure.message);
  error.Value().Set("code", Napi::String::New(env, failure.code));
  return error;
}

Napi::Value ThrowFailure(Napi::Env env, const Failure& failure) {
  MakeError(env, failure).ThrowAsJavaScriptException();
  return env.Undefined();
}

}  // namespace ridgeline::napi
