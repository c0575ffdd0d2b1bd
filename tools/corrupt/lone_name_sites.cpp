// Lone-name sites: a name lower-cased where the text writes it nowhere else, so that only a
// lexicon of names can repair it ("the deal with unilever").
#include <unordered_map>

#include "casing.hpp"
#include "injection_sites.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

constexpr std::size_t kMinimumNameLength = 3;

}  // namespace

std::vector<Injection> find_lone_name_sites(const TextAnalysis& analysis) {
  const std::string_view text = analysis.text;
  std::unordered_map<std::string, std::size_t> occurrences;  // by case-folded word
  for (const Token& token : analysis.tokens) {
    if (token.casing != Casing::kNone) ++occurrences[fold_case(token.text(text))];
  }
  std::vector<Injection> sites;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const Token& token = analysis.tokens[i];
    if (token.casing != Casing::kTitle || !analysis.capitalization.mid_sentence(i)) continue;
    const std::string_view word = token.text(text);
    if (utf8::count_code_points(word) < kMinimumNameLength || !is_alphabetic(word)) continue;
    if (occurrences[fold_case(word)] != 1) continue;
    if (analysis.touches_protected(token.offset, token.end())) continue;
    sites.push_back({CorruptionClass::kLoneName, token.offset, token.end(), to_lower(word)});
  }
  return sites;
}

}  // namespace copydesk::corrupt
