#include "glyphs_dashes.hpp"

#include <unicode/uchar.h>

#include "utf8.hpp"

namespace copydesk::glyphs {

namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kEnDash = "\xE2\x80\x93";

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c));
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

// What may end the text before a dash between words, and start the text after it.
bool ends_clause(char32_t c) {
  return is_word_char(c) || c == ')' || c == ']' || c == '"' || c == '\'' || c == U'\u201D' ||
         c == U'\u2019' || c == '.' || c == ',' || c == '!' || c == '?';
}
bool starts_clause(char32_t c) {
  return is_word_char(c) || c == '(' || c == '"' || c == '\'' || c == U'\u201C' || c == U'\u2018';
}

std::string_view dash_for(DashStyle style) {
  switch (style) {
    case DashStyle::kClosedEm:
      return "\xE2\x80\x94";
    case DashStyle::kSpacedEn:
      return " \xE2\x80\x93 ";
    case DashStyle::kSpacedEm:
      return " \xE2\x80\x94 ";
  }
  return {};
}

}  // namespace

void propose_dashes(std::string_view text, DashStyle style, EditSink& sink) {
  const std::string_view house = dash_for(style);
  // Hyphens, and the lead byte of "—" and "–"; the rest of the text is skipped.
  for (std::size_t i = text.find_first_of("-\xE2"); i < text.size();
       i = text.find_first_of("-\xE2", i + 1)) {
    const char c = text[i];
    std::size_t dash_end;
    bool em_or_double = false;
    if (c == '-') {
      dash_end = i + 1;
      if (dash_end < text.size() && text[dash_end] == '-') {
        ++dash_end;
        em_or_double = true;
      }
      if (dash_end < text.size() && text[dash_end] == '-') {  // "---": a rule line or TeX's em dash
        while (i + 1 < text.size() && text[i + 1] == '-') ++i;
        continue;
      }
    } else if (text.compare(i, 3, kEmDash) == 0) {
      dash_end = i + 3;
      em_or_double = true;
    } else if (text.compare(i, 3, kEnDash) == 0) {
      dash_end = i + 3;
    } else {
      continue;
    }
    // The spaces around the dash, on this line.
    std::size_t from = i, to = dash_end;
    while (from > 0 && text[from - 1] == ' ') --from;
    while (to < text.size() && text[to] == ' ') ++to;
    const bool spaced_before = from<i, spaced_after = to> dash_end;
    if (from == 0 || to >= text.size() || text[from - 1] == '\n' || text[to] == '\n') {
      i = dash_end - 1;
      continue;
    }
    const utf8::CodePoint left = utf8::decode_before(text, from), right = utf8::decode(text, to);
    const bool between =
        left.valid && right.valid && ends_clause(left.value) && starts_clause(right.value);
    // A dash between words is spaced on both sides, or closed up and typed as "--" or "—".
    const bool dash = between && (spaced_before == spaced_after) && (spaced_before || em_or_double);
    const bool numbers = is_digit(left.value) && is_digit(right.value);
    if (dash && !numbers) {
      const std::string_view current = text.substr(from, to - from);
      if (current != house)
        sink.propose(Edit{from, to - from, std::string(house), "glyphs.dashes"});
    }
    i = dash_end - 1;
  }
}

void propose_ellipses(std::string_view text, EllipsisStyle style, EditSink& sink) {
  if (style == EllipsisStyle::kCharacter) {
    for (std::size_t at = text.find("..."); at != std::string_view::npos;
         at = text.find("...", at + 3)) {
      std::size_t end = at + 3;
      if ((at > 0 && text[at - 1] == '.') || (end < text.size() && text[end] == '.')) {
        while (end < text.size() && text[end] == '.') ++end;
        at = end - 3;
        continue;
      }
      sink.propose(Edit{at, 3, "\xE2\x80\xA6", "glyphs.ellipses"});
    }
  } else {
    for (std::size_t at = text.find("\xE2\x80\xA6"); at != std::string_view::npos;
         at = text.find("\xE2\x80\xA6", at + 3)) {
      sink.propose(Edit{at, 3, "...", "glyphs.ellipses"});
    }
  }
}

}  // namespace copydesk::glyphs
