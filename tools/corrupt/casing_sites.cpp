// Casing sites: a name lower-cased mid-sentence, where the same text spells it capitalized at
// every other mid-sentence occurrence. One occurrence per name is kept as it is, so that the
// corrupted text always still holds the evidence ("known elsewhere") that repairs the rest.
#include <algorithm>
#include <map>

#include "casing.hpp"
#include "injection_sites.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

constexpr std::size_t kMinimumNameLength = 3;
constexpr std::size_t kMinimumOccurrences = 2;

}  // namespace

std::vector<Injection> find_casing_sites(const TextAnalysis& analysis, Rng& rng) {
  const std::string_view text = analysis.text;
  // Occurrences per name, in text order; std::map so that the draws go in a fixed order.
  std::map<std::string, std::vector<const Token*>> occurrences;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const Token& token = analysis.tokens[i];
    if (token.casing != Casing::kTitle || !analysis.capitalization.mid_sentence(i)) continue;
    const std::string_view word = token.text(text);
    if (utf8::count_code_points(word) < kMinimumNameLength || !is_alphabetic(word)) continue;
    const std::string folded = fold_case(word);
    if (!analysis.capitalization.always_capitalized_mid_sentence(folded, kMinimumOccurrences))
      continue;
    occurrences[folded].push_back(&token);
  }
  std::vector<Injection> sites;
  for (const auto& [folded, tokens] : occurrences) {
    // Other capitalized forms ("NATO" beside "Nato") may be the evidence too, but one Title-case
    // occurrence is always kept.
    const std::size_t kept = uniform_index(rng, tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (i == kept || analysis.touches_protected(tokens[i]->offset, tokens[i]->end())) continue;
      sites.push_back({CorruptionClass::kCasing, tokens[i]->offset, tokens[i]->end(),
                       to_lower(tokens[i]->text(text))});
    }
  }
  std::sort(sites.begin(), sites.end(),
            [](const Injection& a, const Injection& b) { return a.begin < b.begin; });
  return sites;
}

}  // namespace copydesk::corrupt
