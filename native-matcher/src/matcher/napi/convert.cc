#include "matcher/napi/convert.h"

#include <cmath>
#include <string>
#include <string_view>

#include "matcher/matcher.h"
#include "matcher/napi/limits.h"

namespace ridgeline::napi {
namespace {

using matcher::InvalidInput;

constexpr double kTwoPi = 6.283185307179586;

[[noreturn]] void Refuse(const std::string& message) { throw InvalidInput(message); }

Napi::Object RequireObject(const Napi::Value& value, const std::string& what) {
  if (!value.IsObject() || value.IsArray()) Refuse(what + " must be an object");
  return value.As<Napi::Object>();
}

double RequireNumber(const Napi::Object& object, const char* key, const std::string& what) {
  Napi::Value value = object.Get(key);
  if (!value.IsNumber()) Refuse(what + "." + key + " must be a number");
  const double number = value.As<Napi::Number>().DoubleValue();
  if (!std::isfinite(number)) Refuse(what + "." + key + " must be finite");
  return number;
}

int RequireInteger(const Napi::Object& object, const char* key, const std::string& what, int low, int high) {
  const double number = RequireNumber(object, key, what);
  if (number != std::floor(number) || number < low || number > high) {
    Refuse(what + "." + key + " must be an integer in " + std::to_string(low) + ".." + std::to_string(high));
  }
  return static_cast<int>(number);
}

double ReadPpi(const Napi::Object& object, const std::string& what) {
  if (object.Get("ppi").IsUndefined()) return 500;  // the documented default when unknown
  const double ppi = RequireNumber(object, "ppi", what);
  if (ppi < limits::kMinPpi || ppi > limits::kMaxPpi) Refuse(what + ".ppi is outside 50..10000");
  return ppi;
}

template <typename Context>
matcher::MinutiaType ReadType(const Napi::Value& value, const Context& at) {
  // Compared in a stack buffer: no allocation per minutia.
  char text[16] = {0};
  size_t length = 0;
  if (value.IsString() && napi_get_value_string_utf8(value.Env(), value, text, sizeof text, &length) == napi_ok) {
    const std::string_view type(text, length);
    if (type == "ending") return matcher::MinutiaType::Ending;
    if (type == "bifurcation") return matcher::MinutiaType::Bifurcation;
    if (type == "other") return matcher::MinutiaType::Other;
  }
  Refuse(at() + ".type must be 'ending', 'bifurcation' or 'other'");
}

// NaN when the property is missing or not a finite number; callers refuse NaN.
double ReadFinite(const Napi::Object& object, const char* key) {
  const Napi::Value value = object.Get(key);
  if (!value.IsNumber()) return std::nan("");
  const double number = value.As<Napi::Number>().DoubleValue();
  return std::isfinite(number) ? number : std::nan("");
}

const char* TypeName(matcher::MinutiaType type) {
  switch (type) {
    case matcher::MinutiaType::Ending: return "ending";
    case matcher::MinutiaType::Bifurcation: return "bifurcation";
    default: return "other";
  }
}

}  // namespace

OwnedImage ReadImage(const Napi::Value& value) {
  const Napi::Object object = RequireObject(value, "image");
  OwnedImage image;
  image.width = RequireInteger(object, "width", "image", 1, limits::kMaxImageSide);
  image.height = RequireInteger(object, "height", "image", 1, limits::kMaxImageSide);
  const size_t count = size_t(image.width) * size_t(image.height);
  if (count > limits::kMaxImagePixels) Refuse("image has more pixels than the matcher accepts");
  image.ppi = ReadPpi(object, "image");
  const Napi::Value pixels = object.Get("pixels");
  if (!pixels.IsTypedArray()) Refuse("image.pixels must be a Uint8Array");
  const Napi::TypedArray typed = pixels.As<Napi::TypedArray>();
  const napi_typedarray_type kind = typed.TypedArrayType();
  if (kind != napi_uint8_array && kind != napi_uint8_clamped_array) Refuse("image.pixels must be a Uint8Array");
  if (typed.ByteLength() != count) {
    Refuse("image.pixels holds " + std::to_string(typed.ByteLength()) + " bytes, width x height is " + std::to_string(count));
  }
  const auto* bytes = static_cast<const uint8_t*>(typed.ArrayBuffer().Data()) + typed.ByteOffset();
  image.pixels.assign(bytes, bytes + count);
  return image;
}

matcher::Template ReadTemplate(const Napi::Value& value, const char* what) {
  const std::string name = what;
  const Napi::Object object = RequireObject(value, name);
  matcher::Template tmpl;
  tmpl.width = RequireInteger(object, "width", name, 0, limits::kMaxTemplateSide);
  tmpl.height = RequireInteger(object, "height", name, 0, limits::kMaxTemplateSide);
  tmpl.ppi = ReadPpi(object, name);
  const Napi::Value list = object.Get("minutiae");
  if (!list.IsArray()) Refuse(name + ".minutiae must be an array");
  const Napi::Array minutiae = list.As<Napi::Array>();
  const uint32_t count = minutiae.Length();
  if (count > limits::kMaxMinutiae) Refuse(name + " has more than " + std::to_string(limits::kMaxMinutiae) + " minutiae");
  tmpl.minutiae.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    // The context string is built only when refusing: this loop is the cost of
    // every gallery add, and most templates are valid.
    const auto at = [&] { return name + ".minutiae[" + std::to_string(i) + "]"; };
    const Napi::Value value = minutiae.Get(i);
    if (!value.IsObject() || value.IsArray()) Refuse(at() + " must be an object");
    const Napi::Object item = value.As<Napi::Object>();
    const double x = ReadFinite(item, "x");
    const double y = ReadFinite(item, "y");
    const double raw_direction = ReadFinite(item, "direction");
    const double quality = ReadFinite(item, "quality");
    if (std::isnan(x) || std::isnan(y) || std::isnan(raw_direction) || std::isnan(quality)) {
      Refuse(at() + ": x, y, direction and quality must be finite numbers");
    }
    if (std::fabs(x) > limits::kMaxTemplateSide || std::fabs(y) > limits::kMaxTemplateSide) Refuse(at() + " lies outside any image");
    if (quality != std::floor(quality) || quality < 0 || quality > 100) Refuse(at() + ".quality must be an integer in 0..100");
    matcher::Minutia minutia;
    minutia.x = static_cast<float>(x);
    minutia.y = static_cast<float>(y);
    // Any finite angle is accepted and folded into [0, 2pi), the stored range.
    double direction = std::fmod(raw_direction, kTwoPi);
    if (direction < 0) direction += kTwoPi;
    if (direction >= kTwoPi) direction = 0;
    minutia.direction = static_cast<float>(direction);
    minutia.type = ReadType(item.Get("type"), at);
    minutia.quality = static_cast<uint8_t>(quality);
    tmpl.minutiae.push_back(minutia);
  }
  return tmpl;
}

std::string ReadId(const Napi::Value& value) {
  if (!value.IsString()) Refuse("gallery id must be a string");
  std::string id = value.As<Napi::String>().Utf8Value();
  if (id.empty() || id.size() > limits::kMaxIdLength) Refuse("gallery id must be 1..1024 bytes");
  return id;
}

Napi::Object WriteTemplate(Napi::Env env, const matcher::Template& tmpl) {
  Napi::Object out = Napi::Object::New(env);
  out.Set("width", Napi::Number::New(env, tmpl.width));
  out.Set("height", Napi::Number::New(env, tmpl.height));
  out.Set("ppi", Napi::Number::New(env, tmpl.ppi));
  Napi::Array minutiae = Napi::Array::New(env, tmpl.minutiae.size());
  for (size_t i = 0; i < tmpl.minutiae.size(); ++i) {
    const matcher::Minutia& m = tmpl.minutiae[i];
    Napi::Object item = Napi::Object::New(env);
    item.Set("x", Napi::Number::New(env, m.x));
    item.Set("y", Napi::Number::New(env, m.y));
    item.Set("direction", Napi::Number::New(env, m.direction));
    item.Set("type", Napi::String::New(env, TypeName(m.type)));
    item.Set("quality", Napi::Number::New(env, m.quality));
    minutiae.Set(static_cast<uint32_t>(i), item);
  }
  out.Set("minutiae", minutiae);
  return out;
}

Napi::Object WriteFeatures(Napi::Env env, const matcher::Features& features) {
  Napi::Object out = Napi::Object::New(env);
  out.Set("template", WriteTemplate(env, features.tmpl));
  Napi::Object roi = Napi::Object::New(env);
  roi.Set("blockSize", Napi::Number::New(env, features.roi.block_size));
  roi.Set("columns", Napi::Number::New(env, features.roi.columns));
  roi.Set("rows", Napi::Number::New(env, features.roi.rows));
  Napi::Uint8Array foreground = Napi::Uint8Array::New(env, features.roi.foreground.size());
  std::copy(features.roi.foreground.begin(), features.roi.foreground.end(), foreground.Data());
  roi.Set("foreground", foreground);
  out.Set("roi", roi);
  out.Set("quality", Napi::Number::New(env, features.quality));
  return out;
}

Napi::Object WriteComparison(Napi::Env env, const matcher::Comparison& comparison) {
  Napi::Object out = Napi::Object::New(env);
  out.Set("score", Napi::Number::New(env, comparison.score));
  Napi::Array pairs = Napi::Array::New(env, comparison.pairs.size());
  for (size_t i = 0; i < comparison.pairs.size(); ++i) {
    const matcher::MinutiaPair& pair = comparison.pairs[i];
    Napi::Object item = Napi::Object::New(env);
    item.Set("probe", Napi::Number::New(env, pair.probe));
    item.Set("candidate", Napi::Number::New(env, pair.candidate));
    item.Set("weight", Napi::Number::New(env, pair.weight));
    pairs.Set(static_cast<uint32_t>(i), item);
  }
  out.Set("pairs", pairs);
  Napi::Object transform = Napi::Object::New(env);
  transform.Set("rotation", Napi::Number::New(env, comparison.transform.rotation));
  transform.Set("dx", Napi::Number::New(env, comparison.transform.dx));
  transform.Set("dy", Napi::Number::New(env, comparison.transform.dy));
  transform.Set("scale", Napi::Number::New(env, comparison.transform.scale));
  out.Set("transform", transform);
  return out;
}

}  // namespace ridgeline::napi
