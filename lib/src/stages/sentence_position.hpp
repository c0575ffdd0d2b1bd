// Where a word stands in its sentence and line, read from the bytes around it: at the start of a
// line, after a full stop, question or exclamation mark (and the quotes and brackets around
// it), or in the middle of a sentence. Shared by the `sentence` stage, which capitalizes
// sentence starts, and the `casing` stage, which trusts a capital letter as evidence of a name
// only where no sentence start explains it.
//
// Everything here looks at a few bytes before a word and never allocates, so it can be asked
// about every word of a text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "tokens.hpp"

namespace copydesk {

// Quotes and brackets that open ("“", "‘", "(", "[", "«", "„", and the straight quotes) or
// close ("”", "’", ")", "]", "»") a stretch of text.
// Inline and constexpr: the sentence matcher builds its table of the bytes before a word from
// them when it is compiled.
constexpr bool is_opening_mark(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == U'\u201C' || c == U'\u2018' ||
         c == U'\u00AB' || c == U'\u201E' || c == U'\u2039' || c == U'\u201A';
}
constexpr bool is_closing_mark(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == U'\u201D' || c == U'\u2019' ||
         c == U'\u00BB' || c == U'\u203A';
}
// An ASCII byte that, before " word", is neither a space, a line break, a closing mark nor a
// sentence mark: "said Okafor", "Lagos, Nigeria", "(see Okafor". lead_of calls the word after
// it kOther.
constexpr bool plain_before_space(char c) {
  if (static_cast<unsigned char>(c) >= 0x80) return false;
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '"':
    case '\'':
    case ')':
    case ']':
    case '.':
    case '!':
    case '?':
      return false;
    default:
      return true;
  }
}

// What stands before a word within its line.
struct Lead {
  enum class Kind {
    kLineStart,  // only spaces and opening quotes or brackets since the start of the line
    kTerminal,   // after ". ", "! ", "? " (closing quotes or brackets may stand around the mark)
    kEllipsis,   // after "... " or "… "
    kOther,      // after a word, comma, colon, dash...
  };
  Kind kind = Kind::kOther;
  std::size_t line_begin = 0;       // start of the word's line
  std::size_t mark = 0;             // kTerminal, kEllipsis: offset of the mark
  char mark_char = 0;               // '.', '!' or '?'
  bool closer_after_mark = false;   // ".” she said", "?) and"
  bool closer_before_mark = false;  // "”. officials said"
  bool opener = false;              // an opening quote or bracket right before the word
};

// Classifies what precedes the word that starts at `word_begin`. Precondition: word_begin is a
// code point boundary. Examples: in "the deal. the E.U." the second "the" is kTerminal with
// mark '.'; in "“this is" the word "this" is kLineStart with opener set.
Lead lead_of(std::string_view text, std::size_t word_begin);
// What ends the line before the one that starts at `line_begin`, as lead_of would classify it
// were the line break a space: hard-wrapped text goes on across it ("works fine with e.g.\n
// make", "(each, map, filter...)\nwithout"). kOther when that line ends in a word or is blank.
Lead lead_across_line_break(std::string_view text, std::size_t line_begin);

// The line around `pos`: [begin, end) without its '\n' (and '\r').
struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};
LineRange line_around(std::string_view text, std::size_t pos);
// The rest of that line from `pos`: [pos, end of the line), without looking back for its start.
LineRange line_after(std::string_view text, std::size_t pos);

// Whether a line reads as prose: its last visible character, after closing quotes and
// brackets, ends a sentence ('.', '!', '?', '…'). A headline or a table row does not.
// Example: "The vote passed." is prose; "Trade ministers agree tariff truce" is not.
bool ends_like_prose(std::string_view line);

// Whether token `index` stands in the middle of a sentence: a word on the same line comes
// just before it, with only spaces, a comma or a hyphen between ("said Okafor",
// "Franco-German", "Lagos, Nigeria"). A capital there is not explained by a sentence start.
// Inline: the casing evidence asks it about every capitalized word.
inline bool mid_sentence(std::string_view text, const std::vector<Token>& tokens,
                         std::size_t index) {
  if (index == 0) return false;
  const Token& previous = tokens[index - 1];
  const Token& token = tokens[index];
  std::size_t pos = previous.end();
  const std::size_t end = token.offset;
  const std::size_t gap = end - pos;
  if (gap - 1 < 2) {
    // A gap of one or two bytes, nearly every gap of a text: decided from both bytes without a
    // branch on them (the second is the word's first when the gap is one byte).
    const char first = text[pos], second = text[pos + 1];
    const bool one = (first == ' ') | (first == '-');
    const bool two = ((first == ' ') | (first == ',')) & (second == ' ');
    return ((gap == 1) & one) | ((gap == 2) & two);
  }
  if (pos == end) return false;
  if (text[pos] == '-') return pos + 1 == end;  // "Franco-German"
  if (text[pos] == ',') ++pos;                  // "Lagos, Nigeria"
  if (pos == end) return false;
  for (; pos < end; ++pos) {
    if (text[pos] != ' ') return false;
  }
  return true;
}

}  // namespace copydesk
