// The misspellings the typo class injects, read from a list in codespell's format
// ("frist->first", one a line) and turned around: for a correct word, the typos that a
// spell checker maps back to it, and to it alone. Entries are skipped when they could not be
// repaired without guessing: several candidates or a reason ("fix1, fix2" or "fix,"),
// anything but letters, words of 1-3 letters, and typos that are themselves English words
// ("form->from") according to a Hunspell dictionary, when one is given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace copydesk::corrupt {

// Where Debian's codespell and hunspell-en-us packages install their lists.
inline constexpr const char* kDefaultMisspellingsPath =
    "/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt";
inline constexpr const char* kDefaultDictionaryPath = "/usr/share/hunspell/en_US.dic";

// Lower-cased words of a Hunspell .dic file, "/FLAGS" stripped; the first line (a count) is
// skipped.
std::unordered_set<std::string> read_hunspell_words(std::string_view dic_content);

class Misspellings {
 public:
  // Reads `list_content`; `english_words` (lower case) may be empty, then no typo is
  // rejected as a real word.
  Misspellings(std::string_view list_content, const std::unordered_set<std::string>& english_words);

  // The typos (lower case, sorted) that stand for `correct` (lower case), or nullptr.
  const std::vector<std::string>* typos_of(const std::string& correct) const;

  std::size_t entries() const { return entries_; }
  std::size_t skipped_as_english() const { return skipped_as_english_; }

 private:
  std::unordered_map<std::string, std::vector<std::string>> typos_by_correct_;
  std::size_t entries_ = 0;
  std::size_t skipped_as_english_ = 0;
};

// Loads the list and the dictionary. Returns nullopt with `error` set when the list cannot be
// read; a dictionary that cannot be read sets `warning` and filters nothing.
std::optional<Misspellings> load_misspellings(const std::string& list_path,
                                              const std::string& dictionary_path,
                                              std::string& error, std::string& warning);

}  // namespace copydesk::corrupt
