#include "tokens.hpp"

#include "utf8.hpp"

namespace copydesk {

namespace {

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

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned n = word_char_length(text, i);
    if (n == 0) {
      const auto c = static_cast<unsigned char>(text[i]);
      i += c < 0x80 ? 1 : utf8::decode(text, i).length;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && (n = word_char_length(text, i)) > 0) {
      i += n;
    }
    Token token{start, i - start, Casing::kNone};
    token.casing = classify_casing(token.text(text));
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace copydesk
