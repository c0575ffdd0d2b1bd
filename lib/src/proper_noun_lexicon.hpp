// Proper nouns by canonical form ("Japan", "United States", "Gulf of Mexico", "NATO", "eBay"),
// looked up by the case-folded first word, so that the cost of a lookup does not depend on the
// size of the lexicon: a small bit filter answers "no" for almost every word of a text without
// touching the hash map.
//
// Each entry knows what kind of name it is (place, nationality, month, brand...) and whether
// its lower-case spelling is also a common English word ("china", "may", "excel"): such
// entries are "ambiguous", and the casing rules change them only with evidence.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common_words.hpp"
#include "string_map.hpp"
#include "word_filter.hpp"

namespace copydesk {

enum class NameKind {
  kPlace,         // countries, cities, seas: "Japan", "Lagos", "North Atlantic"
  kRegion,        // ICU world regions: "Western Europe" (a direction word starts many)
  kNationality,   // "Japanese", "Mexican"
  kLanguage,      // "Swahili"
  kCalendar,      // months and days: "March", "Friday"
  kOrganization,  // "United Nations", "World Bank"
  kBrand,         // "Google", "Excel", "iPhone"
  kAcronym,       // "NATO", "OPEC"
  // Offices: "Prime Minister", "Home Secretary". House styles write them in lower case ("the
  // prime minister"), so only a spelling that is half capitalized changes ("Prime minister").
  kOffice,
};

struct LexiconEntry {
  std::string canonical;                  // "Gulf of Mexico"
  std::vector<std::string> folded_words;  // "gulf", "of", "mexico"
  // word_hash of each folded word: a token whose hash differs is not that word.
  std::vector<std::uint64_t> word_hashes;
  std::vector<std::string> words;       // "Gulf", "of", "Mexico"
  std::vector<std::string> separators;  // between words: " ", "-" or an apostrophe
  NameKind kind = NameKind::kPlace;
  // The folded single word is a common English word ("china", "may"), or the entry is listed
  // as ambiguous by hand ("jordan").
  bool ambiguous = false;
  // Every word, in lower case, is a common word ("united states", "middle east").
  bool all_common = false;
  // Starts with a compass word and is not a country: "Western Europe", "East Asia". Running
  // text often writes the direction in lower case on purpose ("western Europe").
  bool directional = false;
  // The single word takes verb endings in the dictionary ("google", "excel").
  bool verb = false;
  // The rule that listed the name, for a house pack's `proper-nouns` rule; empty for the
  // casing stage's own lexicon, whose changes name casing.proper-nouns.
  std::string rule;
};

// The plural that names a nationality's people, where English makes it with an "s": "Koreans"
// for "Korean", "Iraqis" for "Iraqi", "South Africans"; empty for a word it does not fit
// ("Chinese", "Swiss", "Polish").
std::string nationality_plural(std::string_view nationality);

class ProperNounLexicon {
 public:
  // Adds one canonical form. A name added twice keeps its first kind. Names with characters
  // other than letters, digits, spaces, hyphens and apostrophes are ignored ("St. Lucia").
  // Example: add("Gulf of Mexico", NameKind::kPlace). `rule` names the rule that lists it.
  void add(std::string_view canonical, NameKind kind, std::string_view rule = {});
  // One canonical form a line; '#' starts a comment. Returns the number added.
  std::size_t add_lines(std::string_view lines, NameKind kind, std::string_view rule = {});
  // Words (folded) that need evidence whatever the dictionary says: "jordan", "georgia".
  void add_ambiguous(std::string_view word);
  // Names that are not to be treated as proper nouns at all ("Eurozone": running text writes
  // "the eurozone"), in any casing: excluding "Nato" drops "NATO". Applies to names added
  // before and after.
  void exclude(std::string_view canonical);

  // Computes the flags of every entry. Call once after adding. `frequent` decides which
  // lower-case spellings are ordinary words (a frequency-graded list: "china", "may", but not
  // "brazil" or "english", which a full dictionary also lists); `dictionary` tells verbs.
  // Either may be empty.
  void finish(const CommonWords& frequent, const CommonWords& dictionary);

  // Entries whose first folded word is `folded`, longest first, or nullptr.
  // Example: candidates("united") holds "United States", "United Kingdom", "United Nations".
  const std::vector<const LexiconEntry*>* candidates(std::string_view folded) const {
    return candidates_by_hash(word_hash(folded));
  }
  // The same by word_hash of the first word (of any casing); the entries' first words must still
  // be compared, as two words may share a hash.
  const std::vector<const LexiconEntry*>* candidates_by_hash(std::uint64_t hash) const {
    const auto it = by_first_word_.find(hash);
    return it == by_first_word_.end() ? nullptr : &it->second;
  }
  // Whether `word` (any casing) is a nationality or a language of one word: "European",
  // "swahili".
  bool is_nationality(std::string_view word) const;
  // Cheap pre-checks by word_hash: whether an entry may start with the word `hash`; whether one
  // may start with the words `first` and `second` (a name of one word, or a phrase); whether a
  // phrase may start with them. A pair of words is not in the phrases' filter unless a phrase
  // starts with it, so "time is" passes as rarely however many phrases start with "Time".
  bool may_start(std::uint64_t hash) const { return filter_.may_contain(hash); }
  bool may_start(std::uint64_t first, std::uint64_t second) const {
    return single_filter_.may_contain(first) || may_start_phrase(first, second);
  }
  bool may_start_phrase(std::uint64_t first, std::uint64_t second) const {
    return phrase_filter_.may_contain(phrase_hash(first, second));
  }
  // The hash of two words in a row, for may_start_phrase and word_pair_filter.
  static std::uint64_t phrase_hash(std::uint64_t first, std::uint64_t second) {
    return first ^ std::rotl(second * 0x9e3779b97f4a7c15ULL, 29);
  }

  // Filters for a loop over every word of a text, whose cost must not grow with the lexicon.
  //
  // The words a scan must stop at in lower case, whatever their neighbours: the names of one
  // word, and the first words of phrases that are not everyday words ("goldman" of "Goldman
  // Sachs"). The everyday first words ("time" of "Time Warner", "home" of "Home Office") would
  // stop a scan at every "time" of a text, so the more phrases the lexicon knew, the slower it
  // would scan. Such a phrase is found instead from its second word when that is capitalized
  // ("new York", word_pair_filter), from its first word that is not an everyday word ("new
  // york" at "york", may_be_inside_phrase), or, when all its words are everyday words, where the
  // document capitalizes its first word ("home office" beside "Home Office"): see the casing
  // stage.
  const WordFilter& scan_filter() const { return scan_filter_; }
  // Whether the word stands in the scan filter for a phrase it is inside: the first word that is
  // not an everyday word ("york" of "New York") of a phrase whose first word is one.
  bool may_be_inside_phrase(std::uint64_t hash) const { return inside_filter_.may_contain(hash); }
  // The phrase_hash of every two neighbouring words of every phrase: "wall street", "street
  // journal". A change of casing inside a phrase ("the Wall Street journal") is found with one
  // probe of the two words on either side of it.
  WordFilter::View word_pair_filter() const { return pair_filter_.view(); }

  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<std::unique_ptr<LexiconEntry>> entries_;
  struct IdentityHash {
    std::size_t operator()(std::uint64_t hash) const { return static_cast<std::size_t>(hash); }
  };
  std::unordered_map<std::uint64_t, std::vector<const LexiconEntry*>, IdentityHash> by_first_word_;
  StringSet canonical_seen_;
  StringSet ambiguous_words_;
  StringSet excluded_;
  WordFilter filter_;
  WordFilter scan_filter_;
  WordFilter inside_filter_;
  WordFilter single_filter_;
  WordFilter phrase_filter_;
  WordFilter pair_filter_;
};

// Whether `word` (folded) names a compass direction: "north", "south-east", "western".
bool is_direction_word(std::string_view word);

}  // namespace copydesk
