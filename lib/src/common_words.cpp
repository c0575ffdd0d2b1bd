#include "common_words.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "casing.hpp"

namespace copydesk {

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

bool starts_lower(std::string_view word) {
  const auto c = static_cast<unsigned char>(word.front());
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return classify_casing(word) == Casing::kLower;
}

// "china", not "iPod": no capital anywhere.
bool all_lower(std::string_view word) {
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return classify_casing(word) == Casing::kLower;
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

// "Kelly", not "NATO" or "McDonald": the form a lower-case name takes back by its first letter.
bool is_capitalized_name(std::string_view word) {
  if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::vector<std::string> default_dictionary_paths() {
  return {"/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"};
}

std::vector<std::string> scowl_list_paths(int max_size) {
  std::vector<std::string> paths;
  for (const char* list : {"english", "american", "british"}) {
    for (const int size : {10, 20, 35, 40, 50, 55, 60}) {
      if (size > max_size) break;
      paths.push_back(std::string("/usr/share/dict/scowl/") + list + "-words." +
                      std::to_string(size));
    }
  }
  return paths;
}

void CommonWords::add_file(std::string_view content) {
  // Debian's en_GB.dic opens with a byte order mark before its count line.
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  bool first = true;
  bool hunspell = false;
  while (!content.empty()) {
    const std::size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    content = newline == std::string_view::npos ? std::string_view() : content.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      // A hunspell dictionary opens with the number of entries.
      if (!line.empty() && line.find_first_not_of("0123456789") == std::string_view::npos) {
        hunspell = true;
        continue;
      }
    }
    const std::size_t slash = line.find('/');
    const std::string_view word = line.substr(0, slash);
    if (word.empty()) continue;
    if (!starts_lower(word)) {
      // A dictionary's capitalized entries are its names ("Kelly", "Unilever").
      if (hunspell && is_capitalized_name(word)) {
        const std::string lower = to_lower(word);
        const std::uint64_t hash = word_hash(lower);
        if (!name_hashes_.contains(hash)) {
          name_hashes_.add(hash);
          names_.push_back(lower);
        }
      }
      continue;
    }
    const std::uint64_t hash = word_hash(word);
    hashes_.add(hash);
    if (all_lower(word)) {
      lower_hashes_.add(hash);
    } else {
      mixed_case_.emplace(word);
    }
    if (slash != std::string_view::npos) {
      const std::string_view flags = line.substr(slash + 1);
      if (flags.find_first_of("DG") != std::string_view::npos) verb_hashes_.add(hash);
    }
  }
}

std::shared_ptr<const CommonWords> CommonWords::load(const std::vector<std::string>& paths) {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::shared_ptr<const CommonWords>> cache;
  const std::lock_guard lock(mutex);
  auto& cached = cache[paths];
  if (cached) return cached;
  auto words = std::make_shared<CommonWords>();
  std::vector<std::string> contents;
  std::size_t lines = 0;
  for (const std::string& path : paths) {
    std::string content;
    if (read_file(path, content)) {
      lines += static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
      contents.push_back(std::move(content));
    } else {
      words->missing_.push_back(path);
    }
  }
  // Room for a word a line of all the files, so that the sets do not grow step by step.
  words->hashes_.reserve(lines);
  words->lower_hashes_.reserve(lines);
  for (const std::string& content : contents) words->add_file(content);
  cached = std::move(words);
  return cached;
}

std::shared_ptr<const CommonWords> CommonWords::from_words(const std::vector<std::string>& words) {
  auto list = std::make_shared<CommonWords>();
  for (const std::string& word : words) {
    const std::uint64_t hash = word_hash(to_lower(word));
    list->hashes_.add(hash);
    list->lower_hashes_.add(hash);
  }
  return list;
}

std::shared_ptr<const CommonWords> CommonWords::either(std::shared_ptr<const CommonWords> a,
                                                       std::shared_ptr<const CommonWords> b) {
  auto list = std::make_shared<CommonWords>();
  list->hashes_.reserve(a->hashes_.size() + b->hashes_.size());
  list->lower_hashes_.reserve(a->lower_hashes_.size() + b->lower_hashes_.size());
  for (const auto& part : {a, b}) {
    part->hashes_.for_each([&](std::uint64_t hash) { list->hashes_.add(hash); });
    part->lower_hashes_.for_each([&](std::uint64_t hash) { list->lower_hashes_.add(hash); });
    part->name_hashes_.for_each([&](std::uint64_t hash) { list->name_hashes_.add(hash); });
    list->parts_.push_back(part);
  }
  return list;
}

bool CommonWords::listed(std::string_view word) const {
  return lower_hashes_.contains(word_hash(word)) || listed_in_mixed_case(word);
}

bool CommonWords::listed_in_mixed_case(std::string_view word) const {
  // The lists of `either` are merged into this one's hashes; their mixed-case words are not.
  return mixed_case_.count(word) != 0 ||
         std::any_of(parts_.begin(), parts_.end(),
                     [&](const auto& part) { return part->listed_in_mixed_case(word); });
}

bool CommonWords::is_name(std::string_view word) const {
  if (name_hashes_.contains(word_hash(word))) return true;
  // A plural or possessive-less form of a listed name: "hanks" of "Hank".
  return word.size() > 3 && word.back() == 's' &&
         name_hashes_.contains(word_hash(word.substr(0, word.size() - 1)));
}

bool CommonWords::is_common(std::string_view word) const {
  if (word.empty()) return false;
  if (listed(word)) return true;
  // Regular inflections, tried against the stem: hunspell lists "carmaker/MS", not "carmakers".
  // Each ending says which stems take it, so that "james" is not "jam" + "es", nor "tories"
  // "tori" + "es".
  struct Ending {
    std::string_view suffix;
    std::string_view stem_end;
    std::string_view stem_must_end;  // one of these (comma-separated), or anything when empty
  };
  static constexpr Ending kEndings[] = {
      {"s", "", ""},    {"es", "", "s,x,z,ch,sh,o"},
      {"ies", "y", ""}, {"ed", "", ""},
      {"ed", "e", ""},  {"ied", "y", ""},
      {"ing", "", ""},  {"ing", "e", ""},
      {"er", "", ""},   {"er", "e", ""},
      {"ers", "", ""},  {"est", "", ""},
      {"ly", "", ""},
  };
  std::string stem;
  for (const Ending& ending : kEndings) {
    if (word.size() < ending.suffix.size() + 2 || !word.ends_with(ending.suffix)) continue;
    const std::string_view bare = word.substr(0, word.size() - ending.suffix.size());
    if (ending.suffix == "s" && bare.ends_with('s')) continue;
    if (!ending.stem_must_end.empty()) {
      bool fits = false;
      std::string_view options = ending.stem_must_end;
      while (!options.empty() && !fits) {
        const std::size_t comma = options.find(',');
        fits = bare.ends_with(options.substr(0, comma));
        options = comma == std::string_view::npos ? std::string_view() : options.substr(comma + 1);
      }
      if (!fits) continue;
    }
    stem.assign(bare);
    stem += ending.stem_end;
    if (listed(stem)) return true;
  }
  return false;
}

bool CommonWords::is_verb(std::string_view word) const {
  return verb_hashes_.contains(word_hash(word));
}

bool is_uncommon_name(std::string_view word, const CommonWords& words,
                      const CommonWords& everyday) {
  return !everyday.empty() && words.is_name(word) && !everyday.is_common(word);
}

}  // namespace copydesk
