#include "misspellings.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace copydesk::corrupt {

namespace {

constexpr std::size_t kMinimumWordLength = 4;

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// ASCII letters only, lower-cased; nullopt for anything else.
std::optional<std::string> plain_lower_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      out += c;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

template <typename Visit>
void for_each_line(std::string_view content, Visit visit) {
  while (!content.empty()) {
    const std::size_t end = content.find('\n');
    visit(content.substr(0, end));
    if (end == std::string_view::npos) break;
    content.remove_prefix(end + 1);
  }
}

// Hunspell lists base forms; the plural or third person ("-s") is the inflection most often
// shared with a typo list's entries, so it is checked too.
bool is_english(const std::string& word, const std::unordered_set<std::string>& english_words) {
  if (english_words.contains(word)) return true;
  return word.size() > kMinimumWordLength && word.back() == 's' &&
         english_words.contains(word.substr(0, word.size() - 1));
}

std::optional<std::string> read_whole_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

std::unordered_set<std::string> read_hunspell_words(std::string_view dic_content) {
  std::unordered_set<std::string> words;
  bool first_line = true;
  for_each_line(dic_content, [&](std::string_view line) {
    if (first_line) {
      first_line = false;
      return;
    }
    line = trim(line.substr(0, line.find('/')));
    if (line.empty()) return;
    std::string word(line);
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    words.insert(std::move(word));
  });
  return words;
}

Misspellings::Misspellings(std::string_view list_content,
                           const std::unordered_set<std::string>& english_words) {
  for_each_line(list_content, [&](std::string_view line) {
    const std::size_t arrow = line.find("->");
    if (arrow == std::string_view::npos) return;
    const std::string_view fix_part = trim(line.substr(arrow + 2));
    if (fix_part.find(',') != std::string_view::npos) return;  // several candidates, or a reason
    const auto typo = plain_lower_word(trim(line.substr(0, arrow)));
    const auto correct = plain_lower_word(fix_part);
    if (!typo || !correct || *typo == *correct) return;
    if (typo->size() < kMinimumWordLength || correct->size() < kMinimumWordLength) return;
    if (is_english(*typo, english_words)) {
      ++skipped_as_english_;
      return;
    }
    typos_by_correct_[*correct].push_back(*typo);
    ++entries_;
  });
  for (auto& [correct, typos] : typos_by_correct_) {
    std::sort(typos.begin(), typos.end());
    typos.erase(std::unique(typos.begin(), typos.end()), typos.end());
  }
}

const std::vector<std::string>* Misspellings::typos_of(const std::string& correct) const {
  const auto found = typos_by_correct_.find(correct);
  return found == typos_by_correct_.end() ? nullptr : &found->second;
}

std::optional<Misspellings> load_misspellings(const std::string& list_path,
                                              const std::string& dictionary_path,
                                              std::string& error, std::string& warning) {
  const auto list = read_whole_file(list_path, error);
  if (!list) return std::nullopt;
  std::unordered_set<std::string> english_words;
  std::string dictionary_error;
  if (const auto dictionary = read_whole_file(dictionary_path, dictionary_error)) {
    english_words = read_hunspell_words(*dictionary);
  } else {
    warning = "cannot read the dictionary " + dictionary_path + " (" + dictionary_error +
              "): typos that are English words are not filtered out";
  }
  return Misspellings(*list, english_words);
}

}  // namespace copydesk::corrupt
