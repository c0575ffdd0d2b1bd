#include "glyphs_quotes.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "glyphs_lines.hpp"
#include "utf8.hpp"

namespace copydesk::glyphs {

namespace {

constexpr const char* kCurlyRule = "glyphs.curly-quotes";
constexpr const char* kStraightRule = "glyphs.straight-quotes";

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_space(char32_t c) {
  return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

bool is_straight_quote(char32_t c) {
  return c == '\'' || c == '"';
}

// What may stand before an opening quote.
bool opens_after(char32_t c) {
  return is_space(c) || c == '(' || c == '[' || c == '{' || c == '/' || c == U'\u2014' ||
         c == U'\u2013' || c == U'\u201C' || c == U'\u2018' || c == '-';
}

// What may stand after a closing quote (a straight quote there closes too: "end.'\"").
bool closes_before(char32_t c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case U'\u2014':
    case U'\u2013':
    case U'\u2026':
    case U'\u201D':
    case U'\u2019':
    case '-':
    case '\'':
    case '"':
      return true;
    default:
      return is_space(c);
  }
}

// Words that start with an apostrophe standing for dropped letters: 'em, 'tis, rock 'n' roll.
bool is_elision(std::string_view text, std::size_t from) {
  static constexpr std::array<std::string_view, 12> kElisions = {
      "em", "tis", "twas", "til", "cause", "n", "bout", "round", "nuff", "cos", "kay", "ello"};
  std::size_t end = from;
  while (end < text.size() && ((text[end] | 0x20) >= 'a' && (text[end] | 0x20) <= 'z')) ++end;
  std::string word(text.substr(from, end - from));
  for (char& c : word) c = static_cast<char>(c | 0x20);
  return std::find(kElisions.begin(), kElisions.end(), word) != kElisions.end();
}

// The curly form of the straight quote at `at`, or nullptr to leave it. `b` is the character
// before it as it will read (a straight quote just before has been decided already).
const char* curly(std::string_view text, std::size_t at, char32_t b) {
  const char q = text[at];
  const char32_t a = code_point_after(text, at + 1);
  if (is_digit(b)) {
    // A number's possessive or plural ("2003's", "1990's") is an apostrophe; anything else
    // after a digit is a prime: 5'10", 12" screen.
    const bool possessive = q == '\'' && a == 's' && !is_letter(code_point_after(text, at + 2));
    return possessive ? "\xE2\x80\x99" : nullptr;
  }
  const bool opening_place =
      opens_after(b) && !is_space(a) && !(closes_before(a) && !is_straight_quote(a));
  const bool closing_place = !is_space(b) && !opens_after(b) && closes_before(a);
  if (q == '\'') {
    if (is_letter(b) && is_letter(a)) return "\xE2\x80\x99";  // don't, O'Brien
    if (opens_after(b) && is_digit(a) && at + 3 < text.size() && is_digit(text[at + 2])) {
      return "\xE2\x80\x99";  // '90s
    }
    if (opens_after(b) && is_letter(a)) {
      return is_elision(text, at + 1) ? "\xE2\x80\x99" : "\xE2\x80\x98";
    }
    if (opening_place && is_straight_quote(a)) return "\xE2\x80\x98";
    if (closing_place) return "\xE2\x80\x99";
    return nullptr;
  }
  if (opening_place) return "\xE2\x80\x9C";
  if (closing_place) return "\xE2\x80\x9D";
  return nullptr;
}

}  // namespace

void propose_quote_style(std::string_view text, QuoteStyle style,
                         const std::vector<std::size_t>& claimed, EditSink& sink) {
  auto is_claimed = [&](std::size_t at) {
    return std::binary_search(claimed.begin(), claimed.end(), at);
  };
  if (style == QuoteStyle::kCurly) {
    std::size_t decided_at = std::string_view::npos;
    char32_t decided = 0;
    for (std::size_t at = text.find_first_of("'\""); at != std::string_view::npos;
         at = text.find_first_of("'\"", at + 1)) {
      if (is_claimed(at)) continue;
      char32_t b = code_point_before(text, at);
      if (at > 0 && at - 1 == decided_at) b = decided;  // "''": the first one is decided
      const char* replacement = curly(text, at, b);
      decided_at = at;
      decided = replacement == nullptr ? static_cast<char32_t>(text[at])
                                       : utf8::decode(replacement, 0).value;
      if (replacement != nullptr) sink.propose(Edit{at, 1, replacement, kCurlyRule});
    }
  } else if (style == QuoteStyle::kStraight) {
    // U+2018..U+201F are E2 80 98..9F.
    for (std::size_t at = text.find('\xE2'); at != std::string_view::npos;
         at = text.find('\xE2', at + 1)) {
      if (at + 2 >= text.size() || text[at + 1] != '\x80' || is_claimed(at)) continue;
      const auto third = static_cast<unsigned char>(text[at + 2]);
      if (third < 0x98 || third > 0x9F) continue;
      sink.propose(Edit{at, 3, third <= 0x9B ? "'" : "\"", kStraightRule});
    }
  }
}

}  // namespace copydesk::glyphs
