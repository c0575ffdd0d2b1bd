// Everything the site finders read about one clean text, computed once: word tokens, the
// whitespace-separated words that keep injections apart, what the text says about
// capitalization, and copydesk's protected spans (URLs, emails, numbers, abbreviations such as
// "U.S." and "Dr."), inside which no error is injected: those bytes are not errors in clean
// text and copydesk is built never to touch them.
#pragma once

#include <string_view>
#include <vector>

#include "capitalization_evidence.hpp"
#include "protected_spans.hpp"
#include "tokens.hpp"
#include "word_chunks.hpp"

namespace copydesk::corrupt {

struct TextAnalysis {
  explicit TextAnalysis(std::string_view clean_text);

  // Whether any byte of [begin, end) lies in a protected span.
  bool touches_protected(std::size_t begin, std::size_t end) const;

  std::string_view text;
  std::vector<Token> tokens;
  WordChunks chunks;
  CapitalizationEvidence capitalization;
  ProtectedSpans protected_spans;
};

// True when the word has letters only (no digits): "Japan", "café"; not "G8", "2nd".
bool is_alphabetic(std::string_view word);

}  // namespace copydesk::corrupt
