// Word tokens: runs of letters, digits and combining marks, with their byte offsets and
// casing. The tokenizer knows nothing of dictionaries or rules (as in typos' tokens.rs);
// stages join tokens to their word lists. Apostrophes and hyphens end a token, so
// "brazil’s" is "brazil" + "s" and "Franco-german" is "Franco" + "german"; rules that
// care about the joint look at the bytes between tokens.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "casing.hpp"

namespace copydesk {

struct Token {
  std::size_t offset = 0;
  std::size_t length = 0;
  Casing casing = Casing::kNone;

  std::size_t end() const { return offset + length; }
  std::string_view text(std::string_view document) const { return document.substr(offset, length); }
};

std::vector<Token> tokenize(std::string_view text);

// True when a word character (letter, digit, mark) starts or ends at the given side of `pos`.
bool word_char_after(std::string_view text, std::size_t pos);
bool word_char_before(std::string_view text, std::size_t pos);

}  // namespace copydesk
