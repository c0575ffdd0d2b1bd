// What a text itself says about how its words are capitalized: for each word (case-folded),
// how often it appears mid-sentence with a capital first letter and how often without. A
// word capitalized mid-sentence is a name as far as this text is concerned, so a capital at a
// sentence start proves nothing about it (not a sentence-start error to inject), and a word
// always capitalized mid-sentence can be lower-cased to inject a casing error that the text
// itself gives the evidence to repair.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokens.hpp"

namespace copydesk::corrupt {

class CapitalizationEvidence {
 public:
  CapitalizationEvidence(std::string_view text, const std::vector<Token>& tokens);

  // Whether token `index` stands mid-sentence (see sentence_position.hpp).
  bool mid_sentence(std::size_t index) const { return mid_sentence_[index]; }
  // `folded` is fold_case() of the word.
  bool ever_capitalized_mid_sentence(const std::string& folded) const;
  // Every mid-sentence occurrence is capitalized, and there are at least `min_occurrences`.
  bool always_capitalized_mid_sentence(const std::string& folded,
                                       std::size_t min_occurrences) const;

 private:
  struct Counts {
    std::size_t capitalized = 0;
    std::size_t not_capitalized = 0;
  };
  std::unordered_map<std::string, Counts> mid_sentence_counts_;
  std::vector<bool> mid_sentence_;
};

// Whether the word's first letter is a capital ("Japan", "NATO", "McDonald"; not "iPhone").
bool starts_with_capital(std::string_view word);

}  // namespace copydesk::corrupt
