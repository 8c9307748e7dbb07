#include "wsq/nistcom.h"

#include <cstdlib>

namespace ridgeline::wsq {
namespace {

constexpr const char* kHeader = "NIST_COM";

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::optional<std::map<std::string, std::string>> findNistcom(const std::vector<std::string>& comments) {
  for (const std::string& comment : comments) {
    if (comment.compare(0, 8, kHeader) != 0) continue;
    std::map<std::string, std::string> fields;
    size_t start = 0;
    while (start < comment.size()) {
      size_t end = comment.find('\n', start);
      if (end == std::string::npos) end = comment.size();
      std::string line = trim(comment.substr(start, end - start));
      start = end + 1;
      // Some writers terminate the block with a NUL byte.
      size_t nul = line.find('\0');
      if (nul != std::string::npos) line = trim(line.substr(0, nul));
      if (line.empty()) continue;
      size_t space = line.find_first_of(" \t");
      std::string key = space == std::string::npos ? line : line.substr(0, space);
      std::string value = space == std::string::npos ? "" : trim(line.substr(space + 1));
      fields.emplace(key, value);  // the first occurrence of a key wins
    }
    return fields;
  }
  return std::nullopt;
}

std::optional<int> nistcomPpi(const std::vector<std::string>& comments) {
  auto fields = findNistcom(comments);
  if (!fields) return std::nullopt;
  auto it = fields->find("PPI");
  if (it == fields->end()) return std::nullopt;
  char* end = nullptr;
  long ppi = std::strtol(it->second.c_str(), &end, 10);
  if (end == it->second.c_str() || *end != '\0' || ppi <= 0 || ppi > 100000) return std::nullopt;
  return static_cast<int>(ppi);
}

}  // namespace ridgeline::wsq
