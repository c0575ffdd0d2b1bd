#include "sentence_position.hpp"

#include "utf8.hpp"

namespace copydesk {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == U'\u00A0';
}
// The code point before `pos`, with a fast path for ASCII.
utf8::CodePoint before(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return {c, 1, true};
  return utf8::decode_before(text, pos);
}
bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r';
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Moves `pos` back over the code points that `in_run` accepts; returns how many there were.
template <typename InRun>
std::size_t back_over(std::string_view text, std::size_t& pos, InRun in_run) {
  std::size_t count = 0;
  while (pos > 0) {
    const auto cp = before(text, pos);
    if (!in_run(cp.value)) break;
    ++count;
    pos -= cp.length;
  }
  return count;
}

// Fills `lead` (kind, mark, closers) from the marks that end at `pos`: closing quotes and
// brackets, then ". ! ?" or an ellipsis. Leaves it kOther when no such mark ends there.
void mark_before(std::string_view text, std::size_t pos, Lead& lead) {
  // Closing quotes and brackets after the mark.
  const std::size_t closers = back_over(text, pos, [](char32_t c) { return is_closing_mark(c); });
  if (pos == 0) return;
  const auto mark = before(text, pos);
  if (mark.value == U'\u2026') {
    lead.kind = Lead::Kind::kEllipsis;
    lead.mark = pos - mark.length;
    return;
  }
  if (mark.value != '.' && mark.value != '!' && mark.value != '?') return;
  lead.mark = pos - 1;
  lead.mark_char = static_cast<char>(mark.value);
  lead.closer_after_mark = closers > 0;
  if (mark.value == '.' && lead.mark > 0 && text[lead.mark - 1] == '.') {
    lead.kind = Lead::Kind::kEllipsis;
    return;
  }
  if (lead.mark > 0) {
    const auto previous = before(text, lead.mark);
    lead.closer_before_mark = is_closing_mark(previous.value) && previous.value != '\'';
  }
  lead.kind = Lead::Kind::kTerminal;
}

}  // namespace

Lead lead_of(std::string_view text, std::size_t word_begin) {
  Lead lead;
  // Most words follow a space after a word, a line break, or a stop after a word: decided from
  // the bytes before the word, as the loops below would decide them.
  if (word_begin >= 3) {
    const char c1 = text[word_begin - 1], c2 = text[word_begin - 2];
    if (c1 == '\n') {
      lead.kind = Lead::Kind::kLineStart;
      lead.line_begin = word_begin;
      return lead;
    }
    if (c1 == ' ' && plain_before_space(c2)) return lead;
    if (c1 == ' ' && (c2 == '.' || c2 == '!' || c2 == '?') &&
        is_ascii_alnum(text[word_begin - 3])) {
      lead.kind = Lead::Kind::kTerminal;
      lead.mark = word_begin - 2;
      lead.mark_char = c2;
      return lead;
    }
  }
  std::size_t pos = word_begin;
  // Opening quotes and brackets right before the word.
  lead.opener = back_over(text, pos, [](char32_t c) { return is_opening_mark(c); }) > 0;
  // Spaces.
  const std::size_t spaces = back_over(text, pos, [](char32_t c) { return is_space(c); });
  if (pos == 0 || is_line_break(before(text, pos).value)) {
    lead.kind = Lead::Kind::kLineStart;
    lead.line_begin = pos;
    return lead;
  }
  if (spaces == 0) return lead;  // "narrowly.The": not ours
  mark_before(text, pos, lead);
  return lead;
}

Lead lead_across_line_break(std::string_view text, std::size_t line_begin) {
  Lead lead;
  std::size_t pos = line_begin;
  if (pos > 0 && text[pos - 1] == '\n') --pos;
  if (pos > 0 && text[pos - 1] == '\r') --pos;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos == 0 || text[pos - 1] == '\n') return lead;
  mark_before(text, pos, lead);
  return lead;
}

LineRange line_around(std::string_view text, std::size_t pos) {
  const std::size_t newline_before = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  const std::size_t begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return {begin, end};
}

LineRange line_after(std::string_view text, std::size_t pos) {
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  if (end > pos && text[end - 1] == '\r') --end;
  return {pos, end};
}

bool ends_like_prose(std::string_view line) {
  std::size_t end = line.size();
  back_over(line, end, [](char32_t c) { return is_space(c) || is_closing_mark(c); });
  if (end == 0) return false;
  const auto last = utf8::decode_before(line, end);
  return last.value == '.' || last.value == '!' || last.value == '?' || last.value == U'\u2026';
}

}  // namespace copydesk
