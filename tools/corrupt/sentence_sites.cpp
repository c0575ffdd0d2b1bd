// Sentence-start sites: a capital that any reader expects, lower-cased. Names are left alone
// (the text's own mid-sentence capitals tell which words are names), and so is a word after an
// abbreviation ("Dr. Smith", "U.S. The"), where the full stop may not end a sentence.
#include "injection_sites.hpp"

#include "casing.hpp"
#include "sentence_position.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

std::vector<Injection> find_sentence_sites(const TextAnalysis& analysis) {
  std::vector<Injection> sites;
  const std::string_view text = analysis.text;
  for (const Token& token : analysis.tokens) {
    if (token.casing != Casing::kTitle) continue;
    const std::string_view word = token.text(text);
    if (utf8::count_code_points(word) < 2 || !is_alphabetic(word)) continue;
    if (!at_clear_sentence_start(text, token.offset)) continue;
    // After ". " the mark must end a sentence, not an abbreviation or a number.
    const std::size_t from =
        token.offset >= 2 && text[token.offset - 1] == ' ' ? token.offset - 2 : token.offset;
    if (analysis.touches_protected(from, token.end())) continue;
    if (analysis.capitalization.ever_capitalized_mid_sentence(fold_case(word))) continue;
    sites.push_back({CorruptionClass::kSentence, token.offset, token.end(), to_lower(word)});
  }
  return sites;
}

}  // namespace copydesk::corrupt
