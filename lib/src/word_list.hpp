// Typo lists and the word lists that keep them honest. A typo list has one entry a line in the
// format codespell and the Wikipedia list use: `typo->fix` (applied), `typo->fix1, fix2,`
// (several candidates: only reported) and `typo->fix, reason` (disabled for a reason: only
// reported). A real-word list (a hunspell .dic, or plain words) names words that are never
// typos, whatever a list says. A spelling-variant list (`british->american`, the format of
// codespell's dictionary_en-GB_to_en-US.txt) names words that are right in one locale, and
// turns a fix into the locale's spelling.
//
// Key decision: everything here works on string_views into the file's text and stores folded
// keys in hash sets, so a 60,000-line list is parsed and filtered in a few milliseconds; files
// read from the disk (hunspell, codespell) are read once per process and shared.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "string_map.hpp"
#include "word_table.hpp"

namespace copydesk {

// One line of a typo list, as views into the list's text.
struct TypoEntry {
  std::string_view typo;       // "abbort"
  std::string_view fix;        // the first candidate: "abort"
  std::size_t candidates = 1;  // how many fixes the line offers
  std::string_view all_fixes;  // every candidate as written: "abort, abbot"
  std::string_view reason;     // why the fix must not be applied automatically ("" if none)
  std::size_t line = 0;        // 1-based
  // A line that a person must decide: several candidates, or a reason.
  bool ambiguous() const { return candidates > 1 || !reason.empty(); }
};

// Calls `on_entry` for each entry of a typo list and `on_error(line, message)` for each line
// that is not one. Blank lines and lines starting with '#' are skipped; "\r\n" is accepted.
//   "frist->first\nabbort->abort, abbot,\nclas->class, disabled for c++\n"
//   gives {frist, first}, {abbort, abort, 2 candidates}, {clas, class, reason "disabled for c++"}
void parse_typo_list(std::string_view content,
                     const std::function<void(const TypoEntry&)>& on_entry,
                     const std::function<void(std::size_t line, std::string message)>& on_error);

// Words that are never typos, stored case-folded ("Aaron" and "aaron" are the same word).
class WordSet {
 public:
  // A hunspell dictionary: a count on the first line, then `word/FLAGS` (flags stripped).
  void add_hunspell_dic(std::string_view content);
  // One word a line; '#' comments; a `typo->fix` line counts its fix (the word it names).
  void add_lines(std::string_view content);
  // `word` must be case-folded (fold_case).
  bool contains(std::string_view folded_word) const { return words_.contains(folded_word); }
  std::size_t size() const { return words_.size(); }
  void add(std::string_view word);

 private:
  WordTable words_;
};

// "en-US" -> kEnUs, "en-GB" -> kEnGb; nullopt otherwise.
std::optional<Locale> parse_locale(std::string_view name);

// British and American spellings of the same word: colour/color, analyse/analyze.
class SpellingVariants {
 public:
  // Lines `british->american`.
  void add_lines(std::string_view content);
  bool empty() const { return spellings_.empty(); }
  // True when `folded_word` is either spelling of a pair.
  bool is_variant(std::string_view folded_word) const;
  // The spelling of `word` in `locale`, in the casing of `word`; `word` itself when it has
  // no variant or both varieties write it. in_locale("color", kEnGb) == "colour";
  // in_locale("Analyse", kEnUs) == "Analyze"; in_locale("practice", kEnGb) == "practice".
  std::string in_locale(std::string_view word, Locale locale) const;
  // The variety that writes `folded_word` and the other does not, as evidence of a document's
  // spelling: kEnGb for "colour", kEnUs for "color", kAny for a word of no pair and for a
  // spelling that both varieties write ("dialogue", "practice", "license"). `word_hash` must
  // be WordTable::hash(folded_word).
  Locale one_variety_of(std::string_view folded_word, std::uint64_t word_hash) const;

 private:
  void add_spelling(std::string_view folded_word, Locale variety);

  StringMap<std::string> british_of_;   // american -> british
  StringMap<std::string> american_of_;  // british -> american
  WordTable spellings_;                 // both spellings of every pair, for is_variant
  std::vector<Locale> variety_of_;      // per word of spellings_: the one variety writing it
};

// What keeps a typo list honest: words that are never typos, spelling variants, and the
// locale that fixes are written in. An empty filter keeps every entry as it is.
struct TypoFilter {
  std::vector<std::shared_ptr<const WordSet>> real_words;
  std::shared_ptr<const SpellingVariants> variants;  // may be null
  Locale locale = Locale::kAny;

  // True when `typo` is a real word or a spelling variant: such an entry must go.
  bool keeps_typo(std::string_view typo) const;
  // `fix` in the locale's spelling (unchanged for kAny or without variants).
  std::string fix_in_locale(std::string_view fix) const;
};

// True when `typo` and `fix` differ only in hyphens: "co-ordinate" -> "coordinate" is a
// house-style choice, not a typo.
bool only_hyphenation(std::string_view typo, std::string_view fix);

// A word joined to another by an apostrophe is part of a contraction or a name, not a word
// of its own: "wasn" in "wasn't", "Neil" in "O'Neil" ("'" or "’"). A possessive "'s" does not
// join: "goverment's" holds the word "goverment".
bool joined_by_apostrophe_before(std::string_view text, std::size_t word_start);
bool joined_by_apostrophe_after(std::string_view text, std::size_t word_end);

// Indices of the entries whose fix holds a word that is itself the typo of an entry (a whole
// word, as the matcher would see it: "wasn" in "wasn't" is not one). Cleaning such a fix again
// would change it, so a list with one would never be stable.
//   {frist->first, first->fist} gives {0}
std::vector<std::size_t> find_loops(const std::vector<WordPair>& pairs);

// Reads a file from the disk once per process (keyed by path, size and modification time) and
// shares the text; nullptr when it cannot be read.
std::shared_ptr<const std::string> read_system_file(const std::string& path);

// The words of a hunspell .dic or plain list on the disk, parsed once per process; nullptr
// when the file cannot be read. A path ending in ".dic" is read as hunspell's format.
std::shared_ptr<const WordSet> read_system_word_set(const std::string& path);

}  // namespace copydesk
