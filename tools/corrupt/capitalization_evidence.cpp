#include "capitalization_evidence.hpp"

#include "casing.hpp"
#include "sentence_position.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

bool starts_with_capital(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = utf8::decode(word, i);
    if (is_letter(cp.value)) return is_upper(cp.value);
    i += cp.length;
  }
  return false;
}

CapitalizationEvidence::CapitalizationEvidence(std::string_view text,
                                               const std::vector<Token>& tokens)
    : mid_sentence_(tokens.size(), false) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (at_sentence_start(text, token.offset)) continue;
    mid_sentence_[i] = true;
    if (token.casing == Casing::kNone) continue;
    Counts& counts = mid_sentence_counts_[fold_case(token.text(text))];
    if (starts_with_capital(token.text(text))) {
      ++counts.capitalized;
    } else {
      ++counts.not_capitalized;
    }
  }
}

bool CapitalizationEvidence::ever_capitalized_mid_sentence(const std::string& folded) const {
  const auto found = mid_sentence_counts_.find(folded);
  return found != mid_sentence_counts_.end() && found->second.capitalized > 0;
}

bool CapitalizationEvidence::always_capitalized_mid_sentence(const std::string& folded,
                                                             std::size_t min_occurrences) const {
  const auto found = mid_sentence_counts_.find(folded);
  return found != mid_sentence_counts_.end() && found->second.not_capitalized == 0 &&
         found->second.capitalized >= min_occurrences;
}

}  // namespace copydesk::corrupt
