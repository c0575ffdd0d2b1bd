// Character classes the spacing stage decides with, at byte positions of UTF-8 text. ASCII
// answers from a table; other code points are decoded once and asked of ICU (casing.hpp).
// Han, kana and other scripts written without spaces between words are no "letter" here:
// "中文,中文" needs no space after its comma.
#pragma once

#include <cstddef>
#include <string_view>

#include "casing.hpp"
#include "utf8.hpp"

namespace copydesk::spacing {

// Curly quotes as their UTF-8 bytes, for comparisons without decoding.
inline constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
inline constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
inline constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
inline constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’ (also the apostrophe)

// The code point at `pos` (pos < text.size()), or before `pos` (pos > 0). Outside the text,
// a newline: the edges of a document behave like line ends.
inline utf8::CodePoint char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {U'\n', 0, true};
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1, true};
  return utf8::decode(text, pos);
}
inline utf8::CodePoint char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return {U'\n', 0, true};
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return {c, 1, true};
  return utf8::decode_before(text, pos);
}

inline bool is_ascii_letter(char32_t c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline bool is_ascii_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

// Scripts that do not separate words by spaces, from CJK radicals on (Han, kana, Yi, CJK
// compatibility forms, full-width forms); Hangul, which does use spaces, is let through.
inline bool is_unspaced_script(char32_t c) {
  return c >= 0x2E80 && !(c >= 0xAC00 && c <= 0xD7AF) && !(c >= 0x1100 && c <= 0x11FF);
}

// A letter that may begin a word after a missing space.
inline bool is_letter(char32_t c) {
  if (c < 0x80) return is_ascii_letter(c);
  return !is_unspaced_script(c) && copydesk::is_letter(c);
}
inline bool is_upper(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : copydesk::is_upper(c);
}
inline bool is_lower(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') : copydesk::is_lower(c);
}
inline bool is_word(char32_t c) {
  if (c < 0x80) return is_ascii_letter(c) || is_ascii_digit(c);
  return copydesk::is_word_char(c);
}

// Spaces and tabs inside a line (line breaks are never touched by this stage).
inline bool is_blank(char32_t c) {
  return c == ' ' || c == '\t';
}
inline bool is_line_end(char32_t c) {
  return c == '\n' || c == '\r';
}

inline bool is_closing_bracket(char32_t c) {
  return c == ')' || c == ']';
}
inline bool is_opening_bracket(char32_t c) {
  return c == '(' || c == '[';
}

// Marks that end a sentence or a clause and take a space after them.
inline bool is_sentence_mark(char32_t c) {
  return c == '.' || c == '!' || c == '?';
}

}  // namespace copydesk::spacing
