// NISTCOM: the NIST comment block ("NIST_COM <n>" then one "KEY value" per
// line) that WSQ encoders write with the image attributes, notably PPI.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ridgeline::wsq {

/** Key/value pairs of the first NISTCOM comment, if any. */
std::optional<std::map<std::string, std::string>> findNistcom(const std::vector<std::string>& comments);

/** PPI from NISTCOM, when present, numeric and positive (-1 means unknown there). */
std::optional<int> nistcomPpi(const std::vector<std::string>& comments);

}  // namespace ridgeline::wsq
