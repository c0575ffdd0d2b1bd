// Common English words: the words that a lowercase spelling may mean on purpose ("china" the
// porcelain, "may" the verb, "brown" the colour). Rules that capitalize a word on evidence ask
// this list first, because capitalizing a common word by mistake does more harm than leaving a
// name in lower case.
//
// The list is read from word lists installed on the system, not typed by hand: hunspell
// dictionaries (`/usr/share/hunspell/en_US.dic`: "word/FLAGS", one a line, after a count line)
// and plain word lists (SCOWL's `/usr/share/dict/scowl/english-words.NN`, one word a line).
// A word listed in lower case is common; a word listed only capitalized ("Okafor", "Paris") is
// a name and is not. Lists are read once per process and shared, whatever the number of
// pipelines that use them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "string_map.hpp"
#include "word_filter.hpp"

namespace copydesk {

// The word lists the casing rules read by default: hunspell's en_US and en_GB dictionaries,
// and SCOWL's graded English, American and British lists up to `max_size`.
std::vector<std::string> default_dictionary_paths();
std::vector<std::string> scowl_list_paths(int max_size);
// SCOWL sizes: a usual spelling dictionary (a word listed there is common), and everyday words
// (a name listed there in lower case is ambiguous: "china", "may"; not "brazil", "wales").
inline constexpr int kScowlCommonSize = 60;
inline constexpr int kScowlEverydaySize = 35;

class CommonWords {
 public:
  // Reads the files at `paths` (missing files are skipped and named in missing()). The result
  // is cached per list of paths. Example: load({"/usr/share/hunspell/en_US.dic"}).
  static std::shared_ptr<const CommonWords> load(const std::vector<std::string>& paths);

  // Builds a list from words given directly (for tests): {"china", "may"}.
  static std::shared_ptr<const CommonWords> from_words(const std::vector<std::string>& words);

  // A list that holds a word when either list does (without copying their words).
  static std::shared_ptr<const CommonWords> either(std::shared_ptr<const CommonWords> a,
                                                   std::shared_ptr<const CommonWords> b);

  // Whether the lower-case word `word` is listed, as written or as a regular inflection of a
  // listed word ("carmakers" of "carmaker", "studied" of "study"). Precondition: `word` is in
  // lower case (case-folded). Example: is_common("china") is true, is_common("okafor") false.
  bool is_common(std::string_view word) const;

  // Whether the word whose word_hash is `hash` is listed as written (no inflections): one probe,
  // for the hot path. Example: probably_common(word_hash("china")) is true.
  bool probably_common(std::uint64_t hash) const { return hashes_.contains(hash); }

  // Whether a hunspell dictionary gives the word verb endings (flag D or G): "google",
  // "excel", "march". Used to tell a brand that is also a verb from one that is also a noun.
  bool is_verb(std::string_view word) const;

  // Whether a hunspell dictionary lists the lower-case word `word` capitalized, as a name
  // ("kelly" for "Kelly", "hanks" for "Hank"'s plural), whether or not it also lists it in lower
  // case. Precondition: `word` is in lower case.
  bool is_name(std::string_view word) const;

  // Whether the word whose word_hash is `hash` is listed capitalized, as written: one probe.
  bool probably_name(std::uint64_t hash) const { return name_hashes_.contains(hash); }
  // Calls `each(name)` for every name, in lower case; a name of two lists may come twice.
  template <typename Each>
  void for_each_name(Each each) const {
    for (const std::string& name : names_) each(std::string_view(name));
    for (const auto& part : parts_) part->for_each_name(each);
  }

  bool empty() const { return hashes_.size() == 0; }
  std::size_t size() const { return hashes_.size(); }
  const std::vector<std::string>& missing() const { return missing_; }

 private:
  void add_file(std::string_view content);
  bool listed(std::string_view word) const;
  bool listed_in_mixed_case(std::string_view word) const;

  // The words are kept as hashes only: a set of strings took one allocation for each of some
  // 300,000 words, half of a pipeline's start-up. Two words of the same 64-bit hash are taken
  // for one, which for lists of this size happens about once in 10^8 lookups.
  WordHashSet hashes_;        // every word listed starting in lower case, as word_hash folds it
  WordHashSet lower_hashes_;  // those all in lower case ("china"; not "iPod"): listed()
  StringSet mixed_case_;      // the others, as written: "iPod", "eBay"
  WordHashSet verb_hashes_;   // the words with verb endings
  std::vector<std::string> names_;  // in lower case, each once
  WordHashSet name_hashes_;
  std::vector<std::shared_ptr<const CommonWords>> parts_;
  std::vector<std::string> missing_;
};

// Whether the lower-case `word` is a name that `words` lists (capitalized) and that `everyday`,
// SCOWL's everyday words, does not have in lower case: "tony", "charlie", "hanks"; not "mark"
// or "bill". False when `everyday` is empty, as nothing then tells an everyday word.
bool is_uncommon_name(std::string_view word, const CommonWords& words, const CommonWords& everyday);

}  // namespace copydesk
