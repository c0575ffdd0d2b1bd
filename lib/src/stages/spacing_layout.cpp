#include "stages/spacing_layout.hpp"

#include <cctype>

#include "stages/spacing_chars.hpp"

namespace copydesk::spacing {

namespace {

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// A closing bracket or quote that may stand between a sentence's mark and the gap: `.)`, `.”`.
std::size_t skip_closers(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == ')' || c == ']' || c == '"' || c == '\'') {
      ++pos;
    } else if (text.substr(pos, 3) == kRightDouble || text.substr(pos, 3) == kRightSingle) {
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

constexpr std::size_t kSentencesToJudge = 64;

bool starts_sentence(std::string_view text, std::size_t pos) {
  const auto c = char_at(text, pos);
  return is_upper(c.value) || c.value == '"' || c.value == U'\u201C' || c.value == '(';
}

// What prose does not hold: braces, "==", "!=", "<<", "::", "&&", "||", a ';' ending the line.
bool looks_like_code(std::string_view line) {
  char previous = 0;
  char last = 0;
  for (const char c : line) {
    switch (c) {
      case '{':
      case '}':
        return true;
      case '=':
        if (previous == '=' || previous == '!') return true;
        break;
      case '<':
      case ':':
      case '&':
      case '|':
        if (previous == c) return true;
        break;
      default:
        break;
    }
    if (c != ' ' && c != '\t' && c != '\r') last = c;
    previous = c;
  }
  if (last != ';') return false;
  // "... &lt;": an HTML entity ends the line, not a statement.
  std::size_t end = line.find_last_of(';');
  std::size_t name = end;
  while (name > 0 &&
         (std::isalnum(static_cast<unsigned char>(line[name - 1])) || line[name - 1] == '#'))
    --name;
  return !(name > 0 && name < end && line[name - 1] == '&');
}

}  // namespace

bool Layout::is_sentence_gap(std::size_t begin, std::size_t end) const {
  if (begin == 0 || end <= begin || !starts_sentence(text_, end)) return false;
  std::size_t mark = begin;
  while (mark > 0) {
    const auto c = char_before(text_, mark);
    if (!is_closing_bracket(c.value) && c.value != '"' && c.value != '\'' && c.value != U'\u201D' &&
        c.value != U'\u2019') {
      break;
    }
    mark -= c.length;
  }
  if (mark == 0 || !is_sentence_mark(static_cast<unsigned char>(text_[mark - 1]))) return false;
  // "...", "..": an ellipsis or a stray full stop ends no sentence here.
  return !(text_[mark - 1] == '.' && mark >= 2 && text_[mark - 2] == '.');
}

std::string_view Layout::sentence_gap() {
  if (sentence_gap_) return *sentence_gap_;
  if (gap_ != SentenceGap::kAuto) return *(sentence_gap_ = gap_ == SentenceGap::kTwo ? "  " : " ");
  std::size_t singles = 0;
  std::size_t doubles = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    const char c = text_[i];
    if (c != '.' && c != '!' && c != '?') continue;
    const std::size_t gap = skip_closers(text_, i + 1);
    std::size_t after = gap;
    while (after < text_.size() && text_[after] == ' ') ++after;
    if (after == gap || !is_sentence_gap(gap, after)) continue;
    (after - gap == 1 ? singles : doubles) += 1;
    // A document shows its convention early: the first sentences decide, so the cost does
    // not grow with the document.
    if (singles + doubles == kSentencesToJudge) break;
    i = after - 1;
  }
  sentence_gap_ = doubles >= 2 && doubles > singles ? "  " : " ";
  return *sentence_gap_;
}

std::size_t Layout::line_end(std::size_t pos) const {
  const std::size_t end = text_.find('\n', pos);
  return end == std::string_view::npos ? text_.size() : end;
}

std::size_t Layout::previous_line(std::size_t line) const {
  if (line < 2) return 0;
  const std::size_t newline = text_.rfind('\n', line - 2);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

bool Layout::is_blank_line(std::size_t line) const {
  for (std::size_t i = line; i < text_.size() && text_[i] != '\n'; ++i) {
    if (text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\r') return false;
  }
  return true;
}

std::size_t Layout::indentation(std::size_t line) const {
  std::size_t columns = 0;
  for (std::size_t i = line; i < text_.size(); ++i) {
    if (text_[i] == ' ')
      columns += 1;
    else if (text_[i] == '\t')
      columns += 4;
    else
      break;
  }
  return columns;
}

const Layout::LineFacts& Layout::facts(std::size_t line) {
  if (facts_ && facts_->line == line) return *facts_;
  LineFacts facts{line};
  const std::size_t end = line_end(line);
  const std::string_view content = text_.substr(line, end - line);
  std::size_t first = 0;
  while (first < content.size() && (content[first] == ' ' || content[first] == '\t')) ++first;
  std::size_t bars = 0;
  for (const char c : content) bars += c == '|';
  facts.table = bars >= 2 || (bars == 1 && first < 4 && content[first] == '|');
  facts.code = looks_like_code(content);
  if (!facts.code && indentation(line) >= 4 && !is_blank_line(line)) {
    // Back over the lines above while they are indented code too; a blank line (or the start)
    // above the run makes it a code block.
    std::size_t above = line;
    facts.code = true;
    while (above > 0) {
      above = previous_line(above);
      if (is_blank_line(above)) break;
      if (indentation(above) < 4) {
        facts.code = false;
        break;
      }
    }
  }
  // Runs of two or more spaces after the indentation and before the end of the line (its
  // '\r' included: spaces before it trail the line as they do before a '\n').
  const std::size_t content_end = end > line && text_[end - 1] == '\r' ? end - 1 : end;
  std::size_t i = line + first;
  while (i < content_end && !facts.aligned) {
    if (text_[i] != ' ') {
      ++i;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < content_end && text_[run_end] == ' ') ++run_end;
    if (run_end - i >= 2 && run_end < content_end) facts.aligned = is_aligned(line, run_end);
    i = run_end;
  }
  facts_ = facts;
  return *facts_;
}

bool Layout::is_table_row(std::size_t line) {
  return facts(line).table;
}
bool Layout::has_aligned_columns(std::size_t line) {
  return facts(line).aligned;
}
bool Layout::is_code(std::size_t line) {
  return facts(line).code;
}

std::size_t Layout::at_column(std::size_t line, std::size_t column) const {
  std::size_t i = line;
  for (std::size_t seen = 0; i < text_.size() && text_[i] != '\n'; ++i) {
    if (is_continuation(static_cast<unsigned char>(text_[i]))) continue;
    if (seen++ == column) return i;
  }
  return std::string_view::npos;
}

bool Layout::is_aligned(std::size_t line, std::size_t pos) const {
  std::size_t column = 0;
  for (std::size_t i = line; i < pos; ++i)
    column += !is_continuation(static_cast<unsigned char>(text_[i]));
  auto word_after_two_spaces = [&](std::size_t other) {
    const std::size_t at = at_column(other, column);
    return at != std::string_view::npos && at >= other + 2 && text_[at] != ' ' &&
           text_[at] != '\t' && text_[at] != '\r' && text_[at - 1] == ' ' && text_[at - 2] == ' ';
  };
  if (line > 0 && word_after_two_spaces(previous_line(line))) return true;
  const std::size_t end = line_end(line);
  return end < text_.size() && word_after_two_spaces(end + 1);
}

}  // namespace copydesk::spacing
