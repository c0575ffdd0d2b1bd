// Typo sites: a correct word swapped for a misspelling that maps back to it alone. Names
// (Title case mid-sentence: "Brown" the person is not "brown") and the pieces of contractions
// ("doesn" of "doesn't") are left alone; so are words inside protected spans.
#include "casing.hpp"
#include "injection_sites.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == U'\u2019';
}

// Whether an apostrophe joins the token to a neighbouring word: "doesn't", "o'clock".
bool part_of_contraction(std::string_view text, const Token& token) {
  if (token.offset > 0 && is_apostrophe(utf8::decode_before(text, token.offset).value)) return true;
  if (token.end() < text.size()) {
    const auto next = utf8::decode(text, token.end());
    if (is_apostrophe(next.value) && word_char_after(text, token.end() + next.length)) return true;
  }
  return false;
}

}  // namespace

std::vector<Injection> find_typo_sites(const TextAnalysis& analysis,
                                       const Misspellings& misspellings, Rng& rng) {
  std::vector<Injection> sites;
  const std::string_view text = analysis.text;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const Token& token = analysis.tokens[i];
    if (token.casing != Casing::kLower && token.casing != Casing::kTitle &&
        token.casing != Casing::kUpper)
      continue;
    if (token.casing == Casing::kTitle && analysis.capitalization.mid_sentence(i)) continue;
    const std::string_view word = token.text(text);
    const std::vector<std::string>* typos = misspellings.typos_of(fold_case(word));
    if (typos == nullptr || part_of_contraction(text, token)) continue;
    if (analysis.touches_protected(token.offset, token.end())) continue;
    const std::string& typo = (*typos)[uniform_index(rng, typos->size())];
    std::string cased;
    if (!match_casing(word, typo, cased)) continue;
    sites.push_back({CorruptionClass::kTypo, token.offset, token.end(), std::move(cased)});
  }
  return sites;
}

}  // namespace copydesk::corrupt
