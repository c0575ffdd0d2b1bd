// Spacing sites: the space after a punctuation mark, deleted. The checks keep to places where
// the space is certainly due: the mark ends a plain word (a lower-case letter, a closing
// bracket or quote before it, no '.', '@' or '/' earlier in the word, so not "e.g.", "U.S.",
// "bbc.co.uk" or an email), and a plain word follows.
#include "injection_sites.hpp"

#include "casing.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

bool is_spacing_mark(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == '!';
}

bool may_end_a_word_before_mark(char32_t c) {
  return is_lower(c) || c == ')' || c == '"' || c == '\'' || c == U'\u2019' || c == U'\u201D';
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The word that the mark at `mark` ends: back to the previous whitespace.
std::string_view word_before(std::string_view text, std::size_t mark) {
  std::size_t begin = mark;
  while (begin > 0 && !is_space(text[begin - 1])) --begin;
  return text.substr(begin, mark - begin);
}

std::string_view word_after(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && !is_space(text[end])) ++end;
  return text.substr(begin, end - begin);
}

bool looks_like_address(std::string_view word) {
  return word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
         word.starts_with("www.");
}

}  // namespace

std::vector<Injection> find_spacing_sites(const TextAnalysis& analysis) {
  std::vector<Injection> sites;
  const std::string_view text = analysis.text;
  for (std::size_t mark = 1; mark + 2 < text.size(); ++mark) {
    if (!is_spacing_mark(text[mark]) || text[mark + 1] != ' ') continue;
    const auto next = utf8::decode(text, mark + 2);
    if (!next.valid || !is_letter(next.value)) continue;
    const auto previous = utf8::decode_before(text, mark);
    if (!previous.valid || !may_end_a_word_before_mark(previous.value)) continue;
    const std::string_view before = word_before(text, mark);
    if (before.find_first_of(".@/") != std::string_view::npos) continue;
    // "plan a. The": a single letter before a full stop may be an initial.
    if (text[mark] == '.' && before.size() == 1) continue;
    if (looks_like_address(word_after(text, mark + 2))) continue;
    if (analysis.touches_protected(mark, mark + 2)) continue;
    sites.push_back({CorruptionClass::kSpacing, mark, mark + 2, std::string(1, text[mark])});
  }
  return sites;
}

}  // namespace copydesk::corrupt
