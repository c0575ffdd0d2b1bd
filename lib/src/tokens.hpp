// Word tokens: runs of letters, digits and combining marks, with their byte offsets and
// casing. The tokenizer knows nothing of dictionaries or rules (as in typos' tokens.rs);
// stages join tokens to their word lists. Apostrophes and hyphens end a token, so
// "brazil’s" is "brazil" + "s" and "Franco-german" is "Franco" + "german"; rules that
// care about the joint look at the bytes between tokens.
//
// Each token carries its word_hash (word_filter.hpp), the key of every word list lookup: the
// casing rules ask several lists about the same word, and hashing it once here spares each of
// them a pass over its bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "casing.hpp"

namespace copydesk {

struct Token {
  std::size_t offset = 0;
  // word_hash of the token's text. It ignores case, so a case change keeps it.
  std::uint64_t hash = 0;
  std::uint32_t length = 0;  // tokenize ends a word of 2^31 bytes or more there
  Casing casing = Casing::kNone;

  std::size_t end() const { return offset + length; }
  std::string_view text(std::string_view document) const { return document.substr(offset, length); }
};

std::vector<Token> tokenize(std::string_view text);

// The index of the first of `tokens` (in text order) that starts at or after byte `offset`;
// tokens.size() when none does. Two calls give the tokens of a stretch of text.
std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t offset);

// True when a word character (letter, digit, mark) starts or ends at the given side of `pos`.
bool word_char_after(std::string_view text, std::size_t pos);
bool word_char_before(std::string_view text, std::size_t pos);

}  // namespace copydesk
