#include "census_names.hpp"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "casing.hpp"

namespace copydesk {

namespace {

// The line that ends each here-document.
constexpr std::string_view kEnd = "ENDNAMES";

bool is_ascii_upper_word(std::string_view word) {
  if (word.size() < 2) return false;
  for (const char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Adds the names of the here-document that `opening` starts in `module` to `names`.
void read_list(std::string_view module, std::string_view opening, WordHashSet& names) {
  const std::size_t at = module.find(opening);
  if (at == std::string_view::npos) return;
  std::size_t line_start = module.find('\n', at);
  while (line_start != std::string_view::npos && line_start + 1 < module.size()) {
    ++line_start;
    const std::size_t line_end = module.find('\n', line_start);
    const std::string_view line =
        module.substr(line_start, line_end == std::string_view::npos ? std::string_view::npos
                                                                     : line_end - line_start);
    if (line.starts_with(kEnd)) break;
    // The name is the first field: "JAMES          3.318  3.318      1".
    const std::string_view name = line.substr(0, line.find_first_of(" \t\r"));
    if (is_ascii_upper_word(name)) names.add(word_hash(to_lower(name)));
    line_start = line_end;
  }
}

}  // namespace

std::shared_ptr<const CensusNames> CensusNames::parse(std::string_view module) {
  auto names = std::make_shared<CensusNames>();
  read_list(module, "$COMMON_MALE_FIRSTNAMES = <<ENDNAMES;", names->first_names_);
  read_list(module, "$COMMON_FEMALE_FIRSTNAMES = <<ENDNAMES;", names->first_names_);
  read_list(module, "$COMMON_SURNAMES = <<ENDNAMES;", names->surnames_);
  return names;
}

std::shared_ptr<const CensusNames> CensusNames::load(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const CensusNames>> cache;
  const std::lock_guard lock(mutex);
  auto& cached = cache[path];
  if (cached) return cached;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  if (in) content << in.rdbuf();
  cached = parse(content.str());
  return cached;
}

}  // namespace copydesk
