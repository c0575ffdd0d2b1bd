// Proper nouns by canonical form ("Japan", "United States", "Gulf of Mexico", "NATO", "eBay"),
// looked up by the case-folded first word, so that the cost of a lookup does not depend on the
// size of the lexicon: a small bit filter answers "no" for almost every word of a text without
// touching the hash map.
//
// Each entry knows what kind of name it is (place, nationality, month, brand...) and whether
// its lower-case spelling is also a common English word ("china", "may", "excel"): such
// entries are "ambiguous", and the casing rules change them only with evidence.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common_words.hpp"
#include "string_map.hpp"

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
};

struct LexiconEntry {
  std::string canonical;                  // "Gulf of Mexico"
  std::vector<std::string> folded_words;  // "gulf", "of", "mexico"
  std::vector<std::string> words;         // "Gulf", "of", "Mexico"
  std::vector<std::string> separators;    // between words: " ", "-" or an apostrophe
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
};

// A 64-bit hash of `word` with ASCII letters lower-cased, for the bit filter. Non-ASCII bytes
// are hashed as they are, so callers hash the case-folded form of non-ASCII words.
std::uint64_t folded_word_hash(std::string_view word);
// folded_word_hash of any word: ASCII words directly, others through fold_case.
std::uint64_t word_hash(std::string_view word);

// A 65,536-bit filter of hashed words: false positives are possible, false negatives not.
class WordFilter {
 public:
  void add(std::uint64_t hash) {
    bits_[(hash & 0xFFFF) >> 6] |= 1ULL << (hash & 63);
    bits_[((hash >> 16) & 0xFFFF) >> 6] |= 1ULL << ((hash >> 16) & 63);
  }
  bool may_contain(std::uint64_t hash) const {
    return (bits_[(hash & 0xFFFF) >> 6] >> (hash & 63) & 1) &&
           (bits_[((hash >> 16) & 0xFFFF) >> 6] >> ((hash >> 16) & 63) & 1);
  }
  void clear() { bits_.fill(0); }

 private:
  std::array<std::uint64_t, 1024> bits_{};
};

class ProperNounLexicon {
 public:
  // Adds one canonical form. A name added twice keeps its first kind. Names with characters
  // other than letters, digits, spaces, hyphens and apostrophes are ignored ("St. Lucia").
  // Example: add("Gulf of Mexico", NameKind::kPlace).
  void add(std::string_view canonical, NameKind kind);
  // One canonical form a line; '#' starts a comment. Returns the number added.
  std::size_t add_lines(std::string_view lines, NameKind kind);
  // Words (folded) that need evidence whatever the dictionary says: "jordan", "georgia".
  void add_ambiguous(std::string_view word);
  // Names that are not to be treated as proper nouns at all ("Eurozone": running text writes
  // "the eurozone"). Applies to names added before and after.
  void exclude(std::string_view canonical);

  // Computes the flags of every entry. Call once after adding. `frequent` decides which
  // lower-case spellings are ordinary words (a frequency-graded list: "china", "may", but not
  // "brazil" or "english", which a full dictionary also lists); `dictionary` tells verbs.
  // Either may be empty.
  void finish(const CommonWords& frequent, const CommonWords& dictionary);

  // Entries whose first folded word is `folded`, longest first, or nullptr.
  // Example: candidates("united") holds "United States", "United Kingdom", "United Nations".
  const std::vector<const LexiconEntry*>* candidates(std::string_view folded) const;
  // Cheap pre-check with folded_word_hash(first word).
  bool may_start(std::uint64_t hash) const { return filter_.may_contain(hash); }

  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<std::unique_ptr<LexiconEntry>> entries_;
  StringMap<std::vector<const LexiconEntry*>> by_first_word_;
  StringSet canonical_seen_;
  StringSet ambiguous_words_;
  StringSet excluded_;
  WordFilter filter_;
};

// Whether `word` (folded) names a compass direction: "north", "south-east", "western".
bool is_direction_word(std::string_view word);

}  // namespace copydesk
