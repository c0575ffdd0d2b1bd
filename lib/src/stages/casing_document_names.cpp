#include "casing_document_names.hpp"

#include <algorithm>

#include "casing.hpp"
#include "casing_context.hpp"
#include "sentence_position.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kMinimumLetters = 3;

bool is_ascii(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool starts_upper(std::string_view word) {
  const auto c = static_cast<unsigned char>(word.front());
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return classify_casing(word) == Casing::kTitle || classify_casing(word) == Casing::kUpper ||
         (classify_casing(word) == Casing::kMixed && capitalize_first(word) == word);
}

bool same_word(std::string_view a, std::string_view b) {
  if (is_ascii(a) && is_ascii(b)) return equals_ignoring_ascii_case(a, b);
  return fold_case(a) == fold_case(b);
}

// A capitalized token that can serve as evidence of a name: Title case or a mixed case that
// starts with a capital ("McDonald"), not all capitals ("LISBON" in a dateline).
bool capitalized_name_form(std::string_view text, const Token& token) {
  if (token.casing == Casing::kTitle) return true;
  return token.casing == Casing::kMixed && starts_upper(token.text(text));
}

std::size_t count_phrase(std::string_view text, std::string_view phrase) {
  std::size_t count = 0;
  for (std::size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const bool starts = at == 0 || !word_char_before(text, at);
    const bool ends = !word_char_after(text, at + phrase.size());
    if (starts && ends) ++count;
  }
  return count;
}

bool is_nationality(const ProperNounLexicon* lexicon, std::string_view word) {
  if (lexicon == nullptr) return false;
  const auto* entries = lexicon->candidates(fold_case(word));
  if (entries == nullptr) return false;
  return std::any_of(entries->begin(), entries->end(), [](const LexiconEntry* e) {
    return e->words.size() == 1 &&
           (e->kind == NameKind::kNationality || e->kind == NameKind::kLanguage);
  });
}

}  // namespace

DocumentEvidence::DocumentEvidence(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens) {
  std::size_t line_end = 0;
  bool prose = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!capitalized_name_form(text, token)) continue;
    if (token.offset >= line_end) {
      const LineRange line = line_around(text, token.offset);
      line_end = line.end + 1;
      prose = ends_like_prose(text.substr(line.begin, line.end - line.begin));
    }
    const bool strict = prose && mid_sentence(text, tokens, i);
    if (!strict && lead_of(text, token.offset).kind != Lead::Kind::kOther) continue;
    const std::uint64_t hash = word_hash(token.text(text));
    evidence_.push_back({hash, static_cast<std::uint32_t>(i), strict});
    filter_.add(hash);
  }
}

void DocumentEvidence::build_index() const {
  index_ = evidence_;
  std::sort(index_.begin(), index_.end());
  indexed_ = true;
}

std::vector<std::uint32_t> DocumentEvidence::capitalized(std::string_view lower, std::uint64_t hash,
                                                         bool strict) const {
  std::vector<std::uint32_t> found;
  if (!filter_.may_contain(hash)) return found;
  if (!indexed_) build_index();
  auto it = std::lower_bound(index_.begin(), index_.end(), Occurrence{hash, 0, false});
  for (; it != index_.end() && it->hash == hash; ++it) {
    if ((it->strict || !strict) && same_word(tokens_[it->token].text(text_), lower)) {
      found.push_back(it->token);
    }
  }
  return found;
}

std::optional<std::string_view> DocumentEvidence::form(
    const std::vector<std::uint32_t>& occurrences) const {
  if (occurrences.empty()) return std::nullopt;
  const std::string_view first = tokens_[occurrences.front()].text(text_);
  for (const std::uint32_t i : occurrences) {
    if (tokens_[i].text(text_) != first) return std::nullopt;
  }
  return first;
}

bool DocumentEvidence::contains_phrase(std::string_view canonical, std::size_t except) const {
  for (std::size_t at = text_.find(canonical); at != std::string_view::npos;
       at = text_.find(canonical, at + 1)) {
    if (at == except) continue;
    if (at > 0 && word_char_before(text_, at)) continue;
    if (word_char_after(text_, at + canonical.size())) continue;
    return true;
  }
  return false;
}

std::optional<std::string> document_form(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t index, std::uint64_t hash,
                                         const DocumentEvidence& evidence,
                                         const CommonWords& common,
                                         const ProperNounLexicon* lexicon,
                                         const StringSet* title_names) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  // Three letters at least: "wi-fi" and "sci-fi" are not names, whatever "Wi-Fi" says.
  if (utf8::count_code_points(word) < kMinimumLetters || is_function_word(word) ||
      is_name_particle(word)) {
    return std::nullopt;
  }
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;  // "2k5"
  }
  if (looks_like_identifier(text, token)) return std::nullopt;
  if (common.empty()) return std::nullopt;  // without a dictionary, every word may be common
  if (!common.is_common(fold_case(word))) {
    const std::vector<std::uint32_t> anywhere = evidence.capitalized(word, hash, /*strict=*/false);
    if (const auto written = evidence.form(anywhere)) return std::string(*written);
    if (anywhere.empty() && title_names != nullptr && title_names->count(fold_case(word)) != 0) {
      return capitalize_first(word);  // "Dr. okafor" elsewhere
    }
    return std::nullopt;
  }
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash);
  const auto written = evidence.form(occurrences);
  if (!written) return std::nullopt;
  const std::optional<std::string> form = std::string(*written);

  // A common word: only the same phrase, capitalized elsewhere, is evidence.
  if (index > 0) {
    const Token& previous = tokens[index - 1];
    const std::string_view gap = text.substr(previous.end(), token.offset - previous.end());
    const std::string_view previous_word = previous.text(text);
    if ((gap == " " || gap == ". ") && is_title_word(previous_word)) return form;  // "Mr brown"
    if ((gap == " " || gap == "-") && capitalized_name_form(text, previous) &&
        mid_sentence(text, tokens, index - 1) && !is_nationality(lexicon, previous_word) &&
        !is_direction_word(fold_case(word))) {
      std::size_t capitalized_pairs = 0;
      for (const std::uint32_t i : occurrences) {
        if (i == 0) continue;
        const Token& before = tokens[i - 1];
        if (before.end() + gap.size() == tokens[i].offset &&
            text.substr(before.end(), gap.size()) == gap && before.text(text) == previous_word) {
          ++capitalized_pairs;
        }
      }
      const std::string phrase = std::string(previous_word) + std::string(gap) + std::string(word);
      if (capitalized_pairs >= 2 && count_phrase(text, phrase) <= 1 &&
          count_phrase(text, word) <= 1)
        return form;
    }
  }
  if (index + 1 < tokens.size()) {
    const Token& next = tokens[index + 1];
    const std::string_view gap = text.substr(token.end(), next.offset - token.end());
    const std::string_view next_word = next.text(text);
    if ((gap == " " || gap == "-") && capitalized_name_form(text, next)) {
      std::size_t capitalized_pairs = 0;
      for (const std::uint32_t i : occurrences) {
        if (i + 1 >= tokens.size()) continue;
        const Token& after = tokens[i + 1];
        if (tokens[i].end() + gap.size() == after.offset &&
            text.substr(tokens[i].end(), gap.size()) == gap && after.text(text) == next_word) {
          ++capitalized_pairs;
        }
      }
      const std::string phrase = std::string(word) + std::string(gap) + std::string(next_word);
      if (capitalized_pairs >= 2 && count_phrase(text, phrase) <= 1 &&
          count_phrase(text, word) <= 1)
        return form;
    }
  }
  return std::nullopt;
}

}  // namespace copydesk
