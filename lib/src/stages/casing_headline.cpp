#include "casing_headline.hpp"

#include <algorithm>

#include "casing_context.hpp"
#include "sentence_position.hpp"

namespace copydesk {

TokenRange headline_tokens(std::string_view text, const std::vector<Token>& tokens) {
  const std::size_t end = text.find('\n');
  if (end == std::string_view::npos || tokens.empty()) return {};
  std::string_view line = text.substr(0, end);
  if (line.ends_with('\r')) line.remove_suffix(1);
  const std::string_view rest = text.substr(end + 1);
  const bool apart = rest.starts_with("\n") || rest.starts_with("\r\n");
  if (!apart || ends_like_prose(line)) return {};
  return {0, first_token_from(tokens, line.size())};
}

std::optional<std::string> headline_name(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t index, const DocumentEvidence& evidence,
                                         const CommonWords& everyday, const CensusNames* census) {
  constexpr std::size_t kMinimumLetters = 3;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (index == 0 || token.casing != Casing::kLower || token.length < kMinimumLetters ||
      is_function_hash(token.hash) || is_name_particle(word) || is_title_hash(token.hash) ||
      is_role_word(word)) {
    return std::nullopt;
  }
  const std::vector<std::uint32_t> occurrences =
      evidence.capitalized(word, token.hash, token.offset);
  // The body's capitals must stand alone, not inside a longer name: "Supreme Court" and
  // "European Indoor Championships" say nothing of "reaches court" or "800m indoor title".
  auto capitalized = [&](std::size_t j) {
    return tokens[j].casing == Casing::kTitle || tokens[j].casing == Casing::kMixed ||
           tokens[j].casing == Casing::kUpper;
  };
  auto joined = [&](std::size_t left) {
    const std::size_t gap = tokens[left + 1].offset - tokens[left].end();
    return gap == 1 && (text[tokens[left].end()] == ' ' || text[tokens[left].end()] == '-');
  };
  const std::size_t alone =
      std::count_if(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
        const bool name_before =
            i > 0 && joined(i - 1) && capitalized(i - 1) && !is_function_hash(tokens[i - 1].hash);
        const bool name_after = i + 1 < tokens.size() && joined(i) && capitalized(i + 1);
        return !name_before && !name_after;
      });
  // A surname: the capital after a first name ("Beverley Knight") or a title ("Mr Brown"); after
  // a first name, the census must list it as a surname too ("Davis Cup" names no person).
  const bool listed_surname = census != nullptr && census->surname(token.hash);
  const bool surname = std::any_of(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
    if (i == 0 || !joined(i - 1) || tokens[i - 1].casing != Casing::kTitle) return false;
    return is_title_hash(tokens[i - 1].hash) ||
           (listed_surname && census->first_name(tokens[i - 1].hash));
  });
  const std::size_t needed = surname && occurrences.size() >= 2     ? 0
                             : everyday.probably_common(token.hash) ? kCapitalsOfAnEstablishedName
                                                                    : 2;
  if (alone < needed || count_word_near(text, word, token.offset) > 1) return std::nullopt;
  return evidence.form_to_write(occurrences);
}

}  // namespace copydesk
