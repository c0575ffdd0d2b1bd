#include "tokens.hpp"

#include <algorithm>

#include "utf8.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

// Longer words are cut here, so that a token's length fits its 32 bits.
constexpr std::size_t kMaxTokenBytes = std::size_t{1} << 31;

bool ascii_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the word character at `pos`, or 0 when there is none.
unsigned word_char_length(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return ascii_word_byte(c) ? 1 : 0;
  const auto cp = utf8::decode(text, pos);
  return cp.valid && is_word_char(cp.value) ? cp.length : 0;
}

}  // namespace

bool word_char_after(std::string_view text, std::size_t pos) {
  return pos < text.size() && word_char_length(text, pos) > 0;
}

bool word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return ascii_word_byte(c);
  const auto cp = utf8::decode_before(text, pos);
  return cp.valid && is_word_char(cp.value);
}

std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t offset) {
  const auto first =
      std::lower_bound(tokens.begin(), tokens.end(), offset,
                       [](const Token& token, std::size_t at) { return token.offset < at; });
  return static_cast<std::size_t>(first - tokens.begin());
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !ascii_word_byte(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80 && word_char_length(text, i) == 0) {
      i += utf8::decode(text, i).length;
      continue;
    }
    // ASCII words (most of them) are classified on the way; others by classify_casing.
    const std::size_t start = i;
    const std::size_t limit = n - start > kMaxTokenBytes ? start + kMaxTokenBytes : n;
    bool ascii = true;
    unsigned letters = 0, uppers = 0;
    bool first_upper = false, later_upper = false;
    while (i < limit) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        if (!ascii_word_byte(b)) break;
        if (b >= 'A') {  // a letter: digits sort below 'A'
          const bool upper = b <= 'Z';
          if (letters == 0)
            first_upper = upper;
          else
            later_upper |= upper;
          uppers += upper;
          ++letters;
        }
        ++i;
        continue;
      }
      const unsigned length = word_char_length(text, i);
      if (length == 0) break;
      ascii = false;
      i += length;
    }
    Token token;
    token.offset = start;
    token.length = static_cast<std::uint32_t>(i - start);
    token.hash = token_hash(text, start, token.length);
    if (!ascii) {
      token.casing = classify_casing(token.text(text));
    } else if (letters == 0) {
      token.casing = Casing::kNone;
    } else if (uppers == 0) {
      token.casing = Casing::kLower;
    } else if (uppers == letters) {
      token.casing = letters == 1 ? Casing::kTitle : Casing::kUpper;
    } else {
      token.casing = first_upper && !later_upper ? Casing::kTitle : Casing::kMixed;
    }
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace copydesk
