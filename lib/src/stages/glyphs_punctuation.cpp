#include "glyphs_punctuation.hpp"

#include <unicode/uchar.h>

#include "glyphs_lines.hpp"
#include "utf8.hpp"

namespace copydesk::glyphs {

namespace {

constexpr std::string_view kLowQuote = "\xE2\x80\x9A";  // U+201A

bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c));
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

bool is_closing(char32_t c) {
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == U'\u201D' || c == U'\u2019';
}

// "Lisbon‚ Portugal": a low quote glued to the word before, a space after.
void low_quote_commas(std::string_view text, EditSink& sink, std::vector<std::size_t>& claimed) {
  for (std::size_t at = text.find(kLowQuote); at != std::string_view::npos;
       at = text.find(kLowQuote, at + 3)) {
    const char32_t b = code_point_before(text, at), a = code_point_after(text, at + 3);
    if ((is_alnum(b) || is_closing(b)) && (a == 0 || is_space(a))) {
      sink.propose(Edit{at, 3, ",", "glyphs.low-quote-comma"});
      claimed.push_back(at);
    }
  }
}

// "estimate..", "lunch.. Franco": two periods (not three) after a word, at the end of the
// line or before the next sentence's capital.
void double_periods(std::string_view text, EditSink& sink) {
  for (std::size_t at = text.find(".."); at != std::string_view::npos;
       at = text.find("..", at + 2)) {
    if ((at > 0 && text[at - 1] == '.') || (at + 2 < text.size() && text[at + 2] == '.')) {
      while (at + 2 < text.size() && text[at + 2] == '.') ++at;  // skip the whole run of dots
      continue;
    }
    const char32_t b = code_point_before(text, at);
    if (!(is_alnum(b) || b == ')' || b == U'\u201D' || b == U'\u2019' || b == '"')) continue;
    std::size_t next = at + 2;
    char32_t a = code_point_after(text, next);
    if (a == '"' || a == U'\u201D' || a == U'\u2019' || a == ')') {
      next += utf8::decode(text, next).length;
      a = code_point_after(text, next);
    }
    bool ends_sentence = a == 0 || a == '\n' || a == '\r';
    if (!ends_sentence && is_space(a)) {
      std::size_t k = next;
      while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
      const char32_t word = code_point_after(text, k);
      ends_sentence = word == 0 || word == '\n' || word == '\r' ||
                      u_isupper(static_cast<UChar32>(word)) || word == '"' || word == U'\u201C' ||
                      word == U'\u2018';
    }
    if (ends_sentence) sink.propose(Edit{at + 1, 1, "", "glyphs.double-period"});
  }
}

// ``like this'' -> “like this”: an opening pair of backticks and a closing pair of
// apostrophes on one line, with words between.
void tex_quotes(const Document& document, bool straight, EditSink& sink,
                std::vector<std::size_t>& claimed) {
  const std::string_view text = document.text();
  const char* open = straight ? "\"" : "\xE2\x80\x9C";
  const char* close = straight ? "\"" : "\xE2\x80\x9D";
  for (std::size_t at = text.find("``"); at != std::string_view::npos;
       at = text.find("``", at + 2)) {
    if ((at > 0 && text[at - 1] == '`') || (at + 2 < text.size() && text[at + 2] == '`')) {
      while (at + 2 < text.size() && text[at + 2] == '`') ++at;
      continue;
    }
    const std::size_t line_end = std::min(text.find('\n', at), text.size());
    const std::size_t end = text.find("''", at + 2);
    if (end == std::string_view::npos || end >= line_end ||
        (end + 2 < text.size() && text[end + 2] == '\''))
      continue;
    const std::string_view inside = text.substr(at + 2, end - at - 2);
    if (inside.find("``") != std::string_view::npos || inside.empty() || is_space(inside.front()))
      continue;
    bool letters = false;
    for (char c : inside)
      letters |= ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    if (!letters) continue;
    // Two pairs of backticks in a paragraph make a Markdown code span: not TeX quotes.
    const ProtectedSpans& spans = document.protected_spans();
    if (spans.find(at) != nullptr || spans.find(end) != nullptr) continue;
    sink.propose(Edit{at, 2, open, "glyphs.tex-quotes"});
    sink.propose(Edit{end, 2, close, "glyphs.tex-quotes"});
    claimed.push_back(end);
    claimed.push_back(end + 1);
    at = end;
  }
}

bool is_bullet(char32_t c) {
  switch (c) {
    case U'\u2022':
    case U'\u25E6':
    case U'\u25AA':
    case U'\u25AB':
    case U'\u25CF':
    case U'\u25CB':
    case U'\u25A0':
    case U'\u25A1':
    case U'\u25BA':
    case U'\u25B6':
    case U'\u25B7':
    case U'\u25B8':
    case U'\u25B9':
    case U'\u25BD':
    case U'\u25BC':
    case U'\u25BE':
    case U'\u25C6':
    case U'\u25C7':
    case U'\u2756':
    case U'\u27A2':
    case U'\u27A4':
    case U'\u2023':
    case U'\u2043':
    case U'\u2219':
      return true;
    default:
      return false;
  }
}

// "• item" at line start -> "- item".
void bullets(const std::vector<Line>& lines, EditSink& sink) {
  for (const Line& line : lines) {
    const std::string_view t = line.text;
    const std::size_t indent = t.find_first_not_of(" \t");
    if (indent == std::string_view::npos || static_cast<unsigned char>(t[indent]) < 0x80) continue;
    const utf8::CodePoint cp = utf8::decode(t, indent);
    if (!cp.valid || !is_bullet(cp.value)) continue;
    std::size_t content = indent + cp.length;
    while (content < t.size() && (t[content] == ' ' || t[content] == '\t')) ++content;
    if (content >= t.size()) continue;
    sink.propose(Edit{line.begin + indent, content - indent, "- ", "glyphs.bullets"});
  }
}

}  // namespace

void propose_punctuation(const Document& document, const std::vector<Line>& lines,
                         const PunctuationRules& rules, EditSink& sink,
                         std::vector<std::size_t>& claimed) {
  const std::string_view text = document.text();
  if (rules.low_quote_comma) low_quote_commas(text, sink, claimed);
  if (rules.double_period) double_periods(text, sink);
  if (rules.tex_quotes) tex_quotes(document, rules.straight_quotes, sink, claimed);
  if (rules.bullets) bullets(lines, sink);
}

}  // namespace copydesk::glyphs
