#include "text_analysis.hpp"

#include <algorithm>

#include "abbreviations.hpp"
#include "casing.hpp"
#include "embedded_rules.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

// The abbreviations of copydesk's built-in English pack, so that "Dr. Smith" and "U.S. The"
// are recognised as copydesk recognises them.
const AbbreviationList& builtin_abbreviations() {
  static const AbbreviationList list = [] {
    AbbreviationList abbreviations;
    for (const embedded::File& file : embedded::files()) {
      if (file.path.ends_with("abbreviations.txt")) abbreviations.add_lines(file.content);
    }
    return abbreviations;
  }();
  return list;
}

}  // namespace

TextAnalysis::TextAnalysis(std::string_view clean_text)
    : text(clean_text),
      tokens(tokenize(clean_text)),
      chunks(clean_text),
      capitalization(clean_text, tokens),
      protected_spans(find_protected_spans(clean_text, builtin_abbreviations())) {}

bool TextAnalysis::touches_protected(std::size_t begin, std::size_t end) const {
  // Spans are sorted and disjoint: the first that ends after `begin` is the only candidate.
  const auto& spans = protected_spans.spans();
  const auto first =
      std::upper_bound(spans.begin(), spans.end(), begin,
                       [](std::size_t pos, const ProtectedSpan& span) { return pos < span.end; });
  return first != spans.end() && first->begin < end;
}

bool is_alphabetic(std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = utf8::decode(word, i);
    if (!cp.valid || !is_letter(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

}  // namespace copydesk::corrupt
