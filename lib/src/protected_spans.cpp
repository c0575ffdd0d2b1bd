#include "protected_spans.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "casing.hpp"
#include "edit.hpp"
#include "string_map.hpp"
#include "tokens.hpp"
#include "top_level_domains.hpp"
#include "utf8.hpp"

namespace copydesk {

const char* to_string(SpanKind kind) {
  switch (kind) {
    case SpanKind::kUrl:
      return "url";
    case SpanKind::kEmail:
      return "email";
    case SpanKind::kDomain:
      return "domain";
    case SpanKind::kPath:
      return "path";
    case SpanKind::kNumber:
      return "number";
    case SpanKind::kAbbreviation:
      return "abbreviation";
    case SpanKind::kInitials:
      return "initials";
    case SpanKind::kHandle:
      return "handle";
    case SpanKind::kEmoticon:
      return "emoticon";
    case SpanKind::kCode:
      return "code";
    case SpanKind::kByteOrderMark:
      return "byte-order-mark";
  }
  return "?";
}

ProtectedSpans::ProtectedSpans(std::vector<ProtectedSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const ProtectedSpan& a, const ProtectedSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  for (const ProtectedSpan& span : spans) {
    if (span.begin >= span.end) continue;
    if (!spans_.empty() && span.begin < spans_.back().end) {
      if (span.end > spans_.back().end) spans_.back().word_last = span.word_last;
      if (span.end == spans_.back().end) spans_.back().word_last |= span.word_last;
      spans_.back().end = std::max(spans_.back().end, span.end);
    } else {
      spans_.push_back(span);
    }
  }
}

bool ProtectedSpans::allows(const Edit& narrowed, const Edit& proposed) const {
  if (!allows(narrowed)) return false;
  if (!narrowed.is_insertion() || proposed.is_insertion()) return true;
  auto reached_into = [&](const ProtectedSpan* span) {
    return span != nullptr && proposed.offset < span->end && span->begin < proposed.end();
  };
  const std::size_t at = narrowed.offset;
  const ProtectedSpan* starting = find(at);
  const ProtectedSpan* ending = at > 0 ? find(at - 1) : nullptr;
  return !(starting != nullptr && starting->begin == at && reached_into(starting)) &&
         !(ending != nullptr && ending->end == at && reached_into(ending));
}

const ProtectedSpan* ProtectedSpans::find(std::size_t pos) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), pos,
                             [](std::size_t p, const ProtectedSpan& s) { return p < s.begin; });
  if (it == spans_.begin()) return nullptr;
  --it;
  return pos < it->end ? &*it : nullptr;
}

bool ProtectedSpans::allows(const Edit& edit) const {
  if (edit.is_insertion()) {
    const ProtectedSpan* span = find(edit.offset);
    if (span != nullptr && span->begin != edit.offset) return false;
    // At an edge, text that joins a word character to the span's word character extends the
    // span's word: the engine narrows "dialog" -> "dialogue" inside a URL to inserting "ue".
    const std::string_view text = edit.replacement;
    if (span != nullptr && span->word_first && word_char_before(text, text.size())) return false;
    const ProtectedSpan* before = edit.offset > 0 ? find(edit.offset - 1) : nullptr;
    if (before != nullptr && before->word_last && word_char_after(text, 0)) return false;
    return true;
  }
  // First span that ends after the edit starts; it must start at or after the edit's end.
  auto it = std::upper_bound(spans_.begin(), spans_.end(), edit.offset,
                             [](std::size_t p, const ProtectedSpan& s) { return p < s.end; });
  if (it == spans_.end() || it->begin >= edit.end()) return true;
  // A deletion may take whole spans with it (a line "Read more: https://…" a house deletes):
  // what is gone cannot be corrupted. It may not cut one.
  if (!edit.replacement.empty()) return false;
  for (; it != spans_.end() && it->begin < edit.end(); ++it) {
    if (it->begin < edit.offset || it->end > edit.end()) return false;
  }
  return true;
}

namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_ascii_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}

// Punctuation that ends a sentence or closes a quote after a URL or a domain, and so is not
// part of it: "see example.com." or "(at https://x.org/a)".
bool is_trailing_punctuation(char32_t cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '\'':
    case '"':
    case ')':
    case ']':
    case '}':
    case '>':
    case U'\u2019':
    case U'\u201D':
    case U'\u00BB':
    case U'\u2026':
    case U'\u203A':
      return true;
    default:
      return false;
  }
}

constexpr std::array<std::string_view, 21> kEmoticons = {
    ":)",  ":-)", ":(",  ":-(", ";)", ";-)", ":D", ":-D", ":P",  ":-P", ":p",
    ":-p", ":/",  ":-/", ":o",  ":O", ":-O", "<3", "^_^", ":'(", ";-("};

class Scanner {
 public:
  Scanner(std::string_view text, const AbbreviationList& abbreviations)
      : text_(text), abbreviations_(abbreviations) {}

  std::vector<ProtectedSpan> run() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") add(0, 3, SpanKind::kByteOrderMark);
    scan_code();
    scan_indented_code();
    scan_markup();
    scan_quoted_commands();
    scan_chunks();
    scan_abbreviations();
    return std::move(spans_);
  }

 private:
  unsigned char at(std::size_t i) const {
    return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0;
  }
  void add(std::size_t begin, std::size_t end, SpanKind kind) {
    if (begin < end) {
      spans_.push_back(
          {begin, end, kind, word_char_after(text_, begin), word_char_before(text_, end)});
    }
  }

  // ---- Markup: HTML tags and version-control keywords -----------------------------------

  // HTML tags that Markdown and scraped pages keep ("<a id=\"tcl\">", "</a>", "<br/>"): a '<',
  // an optional '/', a letter and a tag name, then '>' or a space, '/' and the rest of the tag
  // up to the next '>' on the same line. Their attributes are code, whatever the text around
  // them says ("Tcl" elsewhere is no reason for id="Tcl"). And the keywords that version
  // control expands ("$Id: README,v 1.2 2003/06/17 david Exp $"), whose user names are no
  // names of the prose.
  void scan_markup() {
    for (std::size_t pos = text_.find('<'); pos != std::string_view::npos;
         pos = text_.find('<', pos + 1)) {
      std::size_t i = pos + 1;
      if (at(i) == '/') ++i;
      if (!is_ascii_lower(at(i)) && !is_ascii_upper(at(i))) continue;
      while (is_ascii_alnum(at(i)) || at(i) == '-') ++i;
      if (at(i) != '>' && at(i) != ' ' && at(i) != '/' && at(i) != '\t') continue;
      const std::size_t close = text_.find_first_of(">\n<", i);
      if (close == std::string_view::npos || text_[close] != '>') continue;
      add(pos, close + 1, SpanKind::kCode);
      pos = close;
    }
    // A Markdown link whose text is its address's last part is a handle or a file name, not
    // prose: "[marsonya](https://github.com/marsonya)", "[NEWS](NEWS)".
    for (std::size_t pos = text_.find("]("); pos != std::string_view::npos;
         pos = text_.find("](", pos + 2)) {
      const std::size_t open = text_.find_last_of("[\n", pos);
      if (open == std::string_view::npos || text_[open] != '[') continue;
      const std::size_t close = text_.find_first_of(")\n ", pos + 2);
      if (close == std::string_view::npos || text_[close] != ')') continue;
      const std::string_view label = text_.substr(open + 1, pos - open - 1);
      std::string_view target = text_.substr(pos + 2, close - pos - 2);
      while (!target.empty() && target.back() == '/') target.remove_suffix(1);
      const std::size_t slash = target.find_last_of('/');
      const std::string_view last =
          slash == std::string_view::npos ? target : target.substr(slash + 1);
      if (!label.empty() && equals_ignoring_ascii_case(label, last)) {
        add(open + 1, pos, SpanKind::kCode);
      }
    }
    // "$Id$" or "$Id: ... $", on one line; and a project's own keyword, which expands the same
    // way with an RCS file name in it: "$MawkId: README,v 1.6 2019/01/29 tom Exp $".
    for (std::size_t pos = text_.find('$'); pos != std::string_view::npos;
         pos = text_.find('$', pos + 1)) {
      std::size_t name_end = pos + 1;
      while (is_ascii_upper(at(name_end)) || is_ascii_lower(at(name_end))) ++name_end;
      const bool id = text_.substr(pos + 1, name_end - pos - 1) == "Id";
      if (name_end == pos + 1 || (at(name_end) != ':' && !(id && at(name_end) == '$'))) continue;
      const std::size_t close = text_.find_first_of("$\n", name_end + (at(name_end) == ':'));
      if (close == std::string_view::npos || text_[close] != '$') continue;
      if (!id && text_.substr(name_end, close - name_end).find(",v ") == std::string_view::npos) {
        continue;
      }
      add(pos, close + 1, SpanKind::kCode);
      pos = close;
    }
  }

  // ---- Commands in quotes -----------------------------------------------------------------

  // A command line that a README quotes in prose: "valgrind ls -l", “vim --clean”. Its words
  // are a program's and its options, whatever the text around them capitalizes. The quotes
  // hold, on one line, a lower-case word first and an option after a space ("-l", "--clean");
  // a quotation of speech starts with a capital ("We have… style -and price").
  void scan_quoted_commands() {
    scan_quoted_commands("\"", "\"");
    scan_quoted_commands("\u201C", "\u201D");
  }
  void scan_quoted_commands(std::string_view opening, std::string_view closing) {
    constexpr std::size_t kLongestCommand = 200;
    for (std::size_t open = text_.find(opening); open != std::string_view::npos;
         open = text_.find(opening, open + 1)) {
      const std::size_t begin = open + opening.size();
      if (!is_ascii_lower(at(begin))) continue;
      const std::size_t close = text_.find(closing, begin);
      if (close == std::string_view::npos || close - begin > kLongestCommand) continue;
      const std::string_view inside = text_.substr(begin, close - begin);
      if (inside.find('\n') != std::string_view::npos) continue;
      bool option = false;
      for (std::size_t dash = inside.find(" -"); dash != std::string_view::npos && !option;
           dash = inside.find(" -", dash + 1)) {
        const unsigned char next = dash + 2 < inside.size() ? inside[dash + 2] : 0;
        option = is_ascii_lower(next) || is_ascii_upper(next) || next == '-';
      }
      if (!option) continue;
      add(begin, close, SpanKind::kCode);
      open = close;
    }
  }

  // ---- Markdown code: fenced blocks and inline code spans --------------------------------

  // Length of a fence ("```" or "~~~", three or more) starting after at most three spaces at
  // line start `line`; 0 when the line is no fence. Sets `fence_char`.
  std::size_t fence_at(std::size_t line, char& fence_char) const {
    std::size_t i = line;
    while (i < line + 3 && at(i) == ' ') ++i;
    const char c = static_cast<char>(at(i));
    if (c != '`' && c != '~') return 0;
    std::size_t n = 0;
    while (at(i + n) == static_cast<unsigned char>(c)) ++n;
    if (n < 3) return 0;
    fence_char = c;
    return n;
  }

  std::size_t line_end(std::size_t pos) const {
    const std::size_t newline = text_.find('\n', pos);
    return newline == std::string_view::npos ? text_.size() : newline;
  }

  void scan_code() {
    if (text_.find('`') == std::string_view::npos && text_.find('~') == std::string_view::npos)
      return;
    std::size_t line = 0;
    std::size_t inline_from = 0;  // inline code is searched between fenced blocks
    while (line < text_.size()) {
      char fence_char = 0;
      const std::size_t fence = fence_at(line, fence_char);
      if (fence == 0) {
        line = line_end(line) + 1;
        continue;
      }
      scan_inline_code(inline_from, line);
      // The block runs to the closing fence of the same character and at least the same
      // length, or to the end of the document.
      std::size_t close = line_end(line) + 1;
      std::size_t block_end = text_.size();
      while (close < text_.size()) {
        char close_char = 0;
        const std::size_t n = fence_at(close, close_char);
        const std::size_t end = line_end(close);
        if (n >= fence && close_char == fence_char &&
            text_.find_first_not_of(" \t\r", text_.find(fence_char, close) + n) >= end) {
          block_end = end;
          break;
        }
        close = end + 1;
      }
      add(line, block_end, SpanKind::kCode);
      line = inline_from = std::min(text_.size(), block_end + 1);
    }
    scan_inline_code(inline_from, text_.size());
  }

  // ---- Indented code: lines set in by four columns, after a blank line -------------------

  // A run of lines indented by four columns or more (a tab counts four), with a blank line or
  // the text's start above it, is a code block, as Markdown has it and as plain-text READMEs
  // set out commands: "    cmake --build build". Blank lines inside the run keep it going; a
  // line set in less ends it. A paragraph's lines indented under a list item count too: left
  // alone, which is the safe side.
  void scan_indented_code() {
    const bool may_have = text_.starts_with("    ") || text_.starts_with('\t') ||
                          text_.find("\n    ") != std::string_view::npos ||
                          text_.find("\n\t") != std::string_view::npos;
    if (!may_have) return;
    bool after_blank = true;  // the text's start counts as one
    bool in_block = false;
    for (std::size_t line = 0; line < text_.size();) {
      const std::size_t end = line_end(line);
      std::size_t first = line;
      std::size_t columns = 0;
      while (first < end && (text_[first] == ' ' || text_[first] == '\t')) {
        columns = text_[first] == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
        ++first;
      }
      std::size_t content_end = end;
      if (content_end > first && text_[content_end - 1] == '\r') --content_end;
      if (first == content_end) {
        after_blank = true;
      } else if (columns >= 4 && (in_block || after_blank)) {
        add(first, content_end, SpanKind::kCode);
        in_block = true;
        after_blank = false;
      } else {
        in_block = after_blank = false;
      }
      line = end + 1;
    }
  }

  // Inline code spans in [from, to): a run of N backticks up to the next run of exactly N,
  // within one paragraph (a stray backtick must not protect the rest of the article).
  void scan_inline_code(std::size_t from, std::size_t to) {
    std::size_t i = from;
    while (true) {
      i = text_.find('`', i);
      if (i == std::string_view::npos || i >= to) return;
      std::size_t n = 0;
      while (i + n < to && text_[i + n] == '`') ++n;
      std::size_t j = i + n;
      std::size_t found = std::string_view::npos;
      while (j < to) {
        const std::size_t next = text_.find('`', j);
        const std::size_t paragraph = paragraph_end(j);
        if (next == std::string_view::npos || next >= to || next >= paragraph) break;
        std::size_t m = 0;
        while (next + m < to && text_[next + m] == '`') ++m;
        if (m == n) {
          found = next;
          break;
        }
        j = next + m;
      }
      // ``TeX quotes'' in prose: two openers on one paragraph would pair as code, but the
      // first one's closing '' comes before the second (``one'' and ``two'').
      std::size_t closing_quote = std::string_view::npos;
      if (found != std::string_view::npos && n == 2) {
        closing_quote = text_.substr(i + n, found - i - n).find("''");
      }
      const bool tex_quote =
          closing_quote != std::string_view::npos && i + n + closing_quote + 2 < found;
      if (found == std::string_view::npos || tex_quote) {
        i += n;
        continue;
      }
      add(i, found + n, SpanKind::kCode);
      i = found + n;
    }
  }

  // Where the paragraph holding `pos` ends: its next blank line. Remembered, since every
  // position up to that line has the same answer and backticks are searched in order.
  std::size_t paragraph_end(std::size_t pos) {
    if (pos >= paragraph_from_ && pos <= paragraph_end_) return paragraph_end_;
    paragraph_from_ = pos;
    paragraph_end_ = std::string_view::npos;
    for (std::size_t newline = text_.find('\n', pos); newline != std::string_view::npos;
         newline = text_.find('\n', newline + 1)) {
      std::size_t next = newline + 1;
      if (at(next) == '\r') ++next;
      if (at(next) == '\n') {
        paragraph_end_ = newline;
        break;
      }
    }
    return paragraph_end_;
  }

  // ---- Chunks: runs of non-space bytes that may hold URLs, domains, numbers ----------------

  // Byte classes for the chunk scan: one table lookup per byte, and a bit per class so that a
  // chunk is only searched for what its bytes make possible.
  enum ByteClass : unsigned char {
    kPlain = 0,
    kSpace = 1,
    kDigit = 2,
    kDot = 4,    // '.', ':', ';' (worth a look only before the chunk's last byte)
    kSlash = 8,  // '/', '\\'
    kAt = 16,
    kSymbol = 32,  // '<', '^': emoticons
  };
  static const std::array<unsigned char, 256>& byte_classes() {
    static const std::array<unsigned char, 256> table = [] {
      std::array<unsigned char, 256> t{};
      for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace;
      for (unsigned char c = '0'; c <= '9'; ++c) t[c] = kDigit;
      for (unsigned char c : {'.', ':', ';'}) t[c] = kDot;
      for (unsigned char c : {'/', '\\'}) t[c] = kSlash;
      t['@'] = kAt;
      for (unsigned char c : {'<', '^'}) t[c] = kSymbol;
      return t;
    }();
    return table;
  }

  // Chunks (runs of non-space bytes) are only looked at where a byte calls for it: most are
  // plain words, perhaps ending in a full stop or comma, and are skipped in a tight loop.
  void scan_chunks() {
    const auto& classes = byte_classes();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    std::size_t i = 0;
    while (true) {
      i = next_trigger(bytes, i, n);
      if (i >= n) return;
      if (classes[bytes[i]] == kDot && (i + 1 == n || classes[bytes[i + 1]] == kSpace)) {
        ++i;  // a full stop, colon or semicolon that ends its chunk
        continue;
      }
      std::size_t start = i;
      while (start > 0 && classes[bytes[start - 1]] != kSpace) --start;
      std::size_t end = i;
      unsigned char seen = 0;
      for (std::size_t k = start; k < end; ++k) seen |= classes[bytes[k]];
      while (end < n && classes[bytes[end]] != kSpace) seen |= classes[bytes[end++]];
      if ((seen & kDot) != 0 && classes[bytes[end - 1]] == kDot && !has_inner_dot(start, end - 1))
        seen &= ~kDot;
      if (seen != 0) scan_chunk(start, end, seen);
      i = end;
    }
  }

  // The first byte at or after `i` of a class other than kPlain and kSpace, or `n`. Nearly all
  // bytes of prose are letters, spaces and commas: sixteen at a time are tested with SSE2, the
  // rest one at a time.
  static std::size_t next_trigger(const unsigned char* bytes, std::size_t i, std::size_t n) {
    const auto& classes = byte_classes();
    constexpr unsigned char kTriggers = static_cast<unsigned char>(~kSpace);
#if defined(__SSE2__)
    // The trigger bytes are '.' to '<' (0x2E-0x3C: '.', '/', digits, ':', ';', '<'), '@',
    // '\\' and '^'.
    const __m128i range_start = _mm_set1_epi8(0x2E);
    const __m128i range_width = _mm_set1_epi8(0x3C - 0x2E);
    const __m128i at_sign = _mm_set1_epi8('@');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i caret = _mm_set1_epi8('^');
    for (; i + 16 <= n; i += 16) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      const __m128i offset = _mm_sub_epi8(chunk, range_start);
      // offset <= width, unsigned: the minimum of the two is the offset itself.
      const __m128i in_range = _mm_cmpeq_epi8(_mm_min_epu8(offset, range_width), offset);
      const __m128i single = _mm_or_si128(
          _mm_cmpeq_epi8(chunk, at_sign),
          _mm_or_si128(_mm_cmpeq_epi8(chunk, backslash), _mm_cmpeq_epi8(chunk, caret)));
      const unsigned mask =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(in_range, single)));
      if (mask != 0) return i + static_cast<unsigned>(__builtin_ctz(mask));
    }
#endif
    while (i < n && (classes[bytes[i]] & kTriggers) == 0) ++i;
    return i;
  }

  // True when [begin, end) holds '.', ':' or ';'.
  bool has_inner_dot(std::size_t begin, std::size_t end) const {
    const auto& classes = byte_classes();
    for (std::size_t k = begin; k < end; ++k) {
      if (classes[at(k)] == kDot) return true;
    }
    return false;
  }

  // End of [begin, end) after dropping trailing punctuation, keeping a closing bracket that
  // closes one opened inside ("wiki/Foo_(bar)").
  std::size_t trim_end(std::size_t begin, std::size_t end) const {
    while (end > begin) {
      const auto cp = utf8::decode_before(text_, end);
      if (!cp.valid || !is_trailing_punctuation(cp.value)) break;
      if (cp.value == ')' || cp.value == ']') {
        const char open = cp.value == ')' ? '(' : '[';
        const auto inner = text_.substr(begin, end - 1 - begin);
        if (std::count(inner.begin(), inner.end(), open) >
            std::count(inner.begin(), inner.end(), static_cast<char>(cp.value))) {
          break;
        }
      }
      end -= cp.length;
    }
    return end;
  }

  // `seen`: the ByteClass bits of the chunk's bytes.
  void scan_chunk(std::size_t begin, std::size_t end, unsigned char seen) {
    const std::string_view chunk = text_.substr(begin, end - begin);
    if (chunk.size() <= 4) {
      const std::size_t trimmed = trim_end(begin, end);
      for (std::string_view emoticon : kEmoticons) {
        if (chunk == emoticon || text_.substr(begin, trimmed - begin) == emoticon) {
          add(begin, end, SpanKind::kEmoticon);
          return;
        }
      }
    }
    if ((seen & (kDot | kSlash)) != 0) scan_url(begin, end);
    if ((seen & kSlash) != 0) scan_path(begin, end);
    if ((seen & kAt) != 0) scan_emails(begin, end);
    if ((seen & kDot) != 0) scan_domains(begin, end);
    if ((seen & kDigit) != 0) scan_numbers(begin, end);
  }

  void scan_url(std::size_t begin, std::size_t end) {
    const std::string_view chunk = text_.substr(begin, end - begin);
    std::size_t url_begin = std::string_view::npos;
    if (const std::size_t sep = chunk.find("://"); sep != std::string_view::npos) {
      std::size_t s = begin + sep;
      while (s > begin && (is_ascii_alnum(at(s - 1)) || at(s - 1) == '+' || at(s - 1) == '-' ||
                           at(s - 1) == '.')) {
        --s;
      }
      if (s < begin + sep && (is_ascii_lower(at(s)) || is_ascii_upper(at(s)))) url_begin = s;
    }
    if (url_begin == std::string_view::npos) {
      for (std::size_t p = chunk.find("www."); p != std::string_view::npos;
           p = chunk.find("www.", p + 1)) {
        if (p == 0 || !is_ascii_alnum(at(begin + p - 1))) {
          url_begin = begin + p;
          break;
        }
      }
    }
    if (url_begin == std::string_view::npos) return;
    add(url_begin, trim_end(url_begin, end), SpanKind::kUrl);
  }

  // Paths that start a chunk (after opening brackets or quotes): ./x, ../x, ~/x, /x/y, C:\x.
  void scan_path(std::size_t begin, std::size_t end) {
    std::size_t s = begin;
    while (s < end && (at(s) == '(' || at(s) == '[' || at(s) == '"' || at(s) == '\'')) ++s;
    const std::string_view rest = text_.substr(s, end - s);
    bool path = rest.starts_with("./") || rest.starts_with("../") || rest.starts_with("~/");
    if (!path && rest.size() > 2 && rest[0] == '/' && is_ascii_alnum(at(s + 1))) {
      path = rest.find('/', 1) != std::string_view::npos;
    }
    if (!path && rest.size() > 3 && is_ascii_upper(at(s)) && rest[1] == ':' && rest[2] == '\\') {
      path = true;
    }
    if (path) add(s, trim_end(s, end), SpanKind::kPath);
  }

  static bool is_local_part_char(unsigned char c) {
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }
  static bool is_host_char(unsigned char c) {
    return is_ascii_alnum(c) || c == '-' || c == '.';
  }

  void scan_emails(std::size_t begin, std::size_t end) {
    for (std::size_t at_sign = text_.find('@', begin); at_sign < end;
         at_sign = text_.find('@', at_sign + 1)) {
      std::size_t s = at_sign;
      while (s > begin && is_local_part_char(at(s - 1))) --s;
      std::size_t e = at_sign + 1;
      while (e < end && is_host_char(at(e))) ++e;
      while (e > at_sign + 1 && (at(e - 1) == '.' || at(e - 1) == '-')) --e;
      const std::string_view host = text_.substr(at_sign + 1, e - at_sign - 1);
      const std::size_t dot = host.rfind('.');
      if (s < at_sign && dot != std::string_view::npos && dot > 0 && host.size() - dot > 2) {
        add(s, e, SpanKind::kEmail);
      } else if (s == at_sign && (at_sign == begin || !is_ascii_alnum(at(at_sign - 1)))) {
        std::size_t h = at_sign + 1;
        while (h < end && (is_ascii_alnum(at(h)) || at(h) == '_')) ++h;
        if (h > at_sign + 1) add(at_sign, h, SpanKind::kHandle);
      }
    }
  }

  static bool is_label_char(unsigned char c) {
    return is_ascii_alnum(c) || c == '-' || c == '_';
  }

  // Host names and file names: label(.label)+ whose last label is a known top-level domain
  // or file extension, written in lower case. Also a bare ".org" or ".pdf" as a word.
  void scan_domains(std::size_t begin, std::size_t end) {
    std::size_t i = begin;
    if (at(i) == '.' && is_ascii_lower(at(i + 1))) {
      std::size_t e = i + 1;
      while (e < end && is_ascii_lower(at(e))) ++e;
      const std::string_view suffix = text_.substr(i + 1, e - i - 1);
      if (trim_end(i, end) == e && (is_top_level_domain(suffix) || is_file_extension(suffix))) {
        add(i, e, SpanKind::kDomain);
        return;
      }
    }
    while (i < end) {
      if (!is_label_char(at(i)) || (i > begin && (is_label_char(at(i - 1)) || at(i - 1) == '.'))) {
        ++i;
        continue;
      }
      // Parse label(.label)* from a label start.
      std::size_t labels = 0;
      std::size_t last_label = i;
      std::size_t e = i;
      while (true) {
        const std::size_t label_start = e;
        while (e < end && is_label_char(at(e))) ++e;
        if (e == label_start) break;
        ++labels;
        last_label = label_start;
        if (e + 1 < end && at(e) == '.' && is_label_char(at(e + 1))) {
          ++e;
          continue;
        }
        break;
      }
      // The host or file name is the longest run of labels that ends in a top-level domain or
      // file extension: "example.com.The" is "example.com" and a missing space.
      std::size_t host_end = e;
      while (labels >= 2) {
        const std::string_view last = text_.substr(last_label, host_end - last_label);
        const bool domain =
            is_top_level_domain(last) && (labels >= 3 || !is_ambiguous_top_level_domain(last));
        const bool file = !domain && is_file_extension(last);
        if (domain || file) {
          std::size_t span_end = host_end;
          if (domain && host_end < end &&
              (at(host_end) == '/' || (at(host_end) == ':' && is_ascii_digit(at(host_end + 1))))) {
            span_end = trim_end(i, end);
          }
          add(i, span_end, domain ? SpanKind::kDomain : SpanKind::kPath);
          break;
        }
        host_end = last_label - 1;  // the '.' before the last label
        --labels;
        last_label = host_end;
        while (last_label > i && at(last_label - 1) != '.') --last_label;
      }
      i = std::max(e, i + 1);
    }
  }

  // 3.5, 1,000,000, 10:30, 3:1, €2,45, .5, v2.1.3: digits joined by . , : to more digits.
  void scan_numbers(std::size_t begin, std::size_t end) {
    std::size_t i = begin;
    while (i < end) {
      if (!is_ascii_digit(at(i)) || (i > begin && is_ascii_digit(at(i - 1)))) {
        ++i;
        continue;
      }
      std::size_t s = i;
      std::size_t e = i;
      while (e < end && is_ascii_digit(at(e))) ++e;
      bool joined = false;
      while (e + 1 < end && (at(e) == '.' || at(e) == ',' || at(e) == ':') &&
             is_ascii_digit(at(e + 1))) {
        joined = true;
        e += 1;
        while (e < end && is_ascii_digit(at(e))) ++e;
      }
      // A leading decimal point: ".5" at the start of a word.
      if (s > begin && at(s - 1) == '.' && (s - 1 == begin || !word_char_before(text_, s - 1))) {
        --s;
        joined = true;
      }
      if (joined) add(s, e, SpanKind::kNumber);
      i = e;
    }
  }

  // ---- Abbreviations and initials --------------------------------------------------------

  // Length of a run of single letters each followed by '.' starting at `pos` ("U.S.",
  // "a.m."); with `spaced`, single capital letters may be separated by one space ("C. S.").
  // Sets `letters` to the number of letters.
  std::size_t dotted_letters(std::size_t pos, bool spaced, std::size_t& letters) const {
    std::size_t e = pos;
    letters = 0;
    while (e < text_.size()) {
      const auto cp = utf8::decode(text_, e);
      if (!cp.valid || !is_letter(cp.value) || at(e + cp.length) != '.') break;
      if (spaced && !is_upper(cp.value)) break;
      ++letters;
      e += cp.length + 1;
      if (spaced && at(e) == ' ' && word_char_after(text_, e + 1)) {
        const auto next = utf8::decode(text_, e + 1);
        if (is_upper(next.value) && at(e + 1 + next.length) == '.') {
          ++e;
          continue;
        }
      }
      if (spaced) break;
    }
    return letters == 0 ? 0 : e - pos;
  }

  void scan_abbreviations() {
    for (std::size_t dot = text_.find('.'); dot != std::string_view::npos;
         dot = text_.find('.', dot + 1)) {
      std::size_t word = dot;
      while (word > 0) {
        const unsigned char c = at(word - 1);
        if (c < 0x80) {
          if (!is_ascii_alnum(c)) break;
          --word;
        } else if (word_char_before(text_, word)) {
          word -= utf8::decode_before(text_, word).length;
        } else {
          break;
        }
      }
      if (word == dot) continue;
      // A time glued to its number, "5p.m.": the abbreviation starts after the digits.
      while (word < dot && is_ascii_digit(at(word))) ++word;
      if (word == dot) continue;
      std::size_t listed_begin = word;
      std::size_t listed = abbreviations_.match(text_, word);
      // A listed entry of several words ("et al.") starts a word or two before this one.
      const bool may_end_entry =
          abbreviations_.ends_multi_word_entry(text_.substr(word, dot - word));
      for (std::size_t w = word, back = 0; may_end_entry && listed == 0 && back < 2; ++back) {
        if (w < 2 || at(w - 1) != ' ' || !word_char_before(text_, w - 1)) break;
        --w;
        while (word_char_before(text_, w)) w -= utf8::decode_before(text_, w).length;
        const std::size_t length = abbreviations_.match(text_, w);
        if (w + length > dot) listed_begin = w, listed = length;
      }
      std::size_t letters = 0;
      const std::size_t dotted = dotted_letters(word, false, letters);
      const std::size_t generic = letters >= 2 ? dotted : 0;
      const std::size_t initials = dotted_letters(word, true, letters);
      const std::size_t listed_end = listed_begin + listed;
      const std::size_t end = std::max({listed_end, word + generic, word + initials});
      if (end == word) continue;
      if (listed > 0 && listed_end == end) {
        add(listed_begin, end, SpanKind::kAbbreviation);
      } else {
        add(word, end, word + initials == end ? SpanKind::kInitials : SpanKind::kAbbreviation);
      }
      dot = end - 1;
    }
  }

  std::string_view text_;
  const AbbreviationList& abbreviations_;
  std::vector<ProtectedSpan> spans_;
  std::size_t paragraph_from_ = 1;  // the cached paragraph: [from, end] (empty at first)
  std::size_t paragraph_end_ = 0;
};

}  // namespace

ProtectedSpans find_protected_spans(std::string_view text, const AbbreviationList& abbreviations) {
  return ProtectedSpans(Scanner(text, abbreviations).run());
}

}  // namespace copydesk
