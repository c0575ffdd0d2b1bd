#include "stages/spacing.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common_words.hpp"
#include "language_evidence.hpp"
#include "stages/spacing_bytes.hpp"
#include "stages/spacing_chars.hpp"
#include "stages/spacing_glued_names.hpp"
#include "stages/spacing_layout.hpp"
#include "stages/spacing_rules.hpp"
#include "string_map.hpp"
#include "tokens.hpp"
#include "top_level_domains.hpp"

namespace copydesk {

namespace spacing {
namespace {

using Table = std::array<bool, 256>;

constexpr Table make_table(std::string_view bytes) {
  Table table{};
  for (char c : bytes) table[static_cast<unsigned char>(c)] = true;
  return table;
}

// Bytes the scan stops at; everything else (letters, digits, spaces, most symbols) is skipped.
constexpr Table kStops = make_table(".,;:!?)]([\"'\n\xE2");
// Bytes that mark a chunk as code or an address rather than prose: "a,b=c", "x/y.Z".
constexpr Table kCodeBytes = make_table("/\\=_@<>{}|#~^`");

struct Config {
  std::bitset<kRuleCount> enabled;
  std::array<std::string, kRuleCount> ids;
  GluedNames keep;
  SentenceGap gap = SentenceGap::kAuto;
  // English words (SCOWL's lists), for two lower-case words joined by a full stop; empty when
  // the lists are missing.
  std::shared_ptr<const CommonWords> words;
};

bool is_closing_quote(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201D' || c == U'\u2019';
}

// What may stand before a mark that lacks its space: a word, a closing bracket or quote, "%".
bool may_end_clause(char32_t c) {
  return is_word(c) || is_closing_bracket(c) || is_closing_quote(c) || c == '%';
}

bool is_all_upper(std::string_view word) {
  bool any = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    any |= c >= 'A' && c <= 'Z';
  }
  return any;
}

bool is_all_lower_letters(std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t i = 0; i < word.size();) {
    const auto c = utf8::decode(word, i);
    if (!c.valid || !is_lower(c.value)) return false;
    i += c.length;
  }
  return true;
}

// The characters of running text: words, spaces, the usual punctuation, quotes, dashes and
// currency signs. Anything else (¬, °, ´, box drawing) suggests a drawing or an emoticon.
bool is_prose_char(char32_t c) {
  if (is_word(c) || c == ' ') return true;
  if (c < 0x80)
    return std::string_view(".,;:!?'\"-/%&$()[]").find(static_cast<char>(c)) !=
           std::string_view::npos;
  switch (c) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201C':
    case U'\u201D':
    case U'\u2013':
    case U'\u2014':
    case U'\u2026':
    case U'\u00A3':
    case U'\u20AC':
    case U'\u00A0':
      return true;
    default:
      return false;
  }
}

bool is_prose(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = utf8::decode(text, i);
    if (!c.valid || !is_prose_char(c.value)) return false;
    i += c.length;
  }
  return true;
}

// What may end the word before a run of spaces, and start the word after it.
bool may_end_word(char32_t c) {
  return is_word(c) || is_closing_bracket(c) || is_closing_quote(c) || is_sentence_mark(c) ||
         c == ',' || c == ';' || c == ':' || c == '%' || c == U'\u2026';
}
bool may_start_word(char32_t c) {
  return is_word(c) || is_opening_bracket(c) || c == '"' || c == '\'' || c == U'\u201C' ||
         c == U'\u2018' || c == '-' || c == U'\u2013' || c == U'\u2014' || c == U'\u00A3' ||
         c == '$' || c == U'\u20AC' || c == '&';
}

// What "(s)he", "(re)open" and "(un)likely" put in brackets: a plural ending or a prefix.
bool is_word_prefix(std::string_view text) {
  static constexpr std::array<std::string_view, 18> kPrefixes = {
      "s",   "es",  "re",  "un", "in", "im", "il",  "ir", "dis",
      "mis", "pre", "non", "co", "de", "ex", "sub", "en", "em"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), text) != kPrefixes.end();
}

// What follows a mark whose space may be missing.
struct Right {
  enum Kind { kNone, kUpper, kLower, kOpener };
  Kind kind = kNone;
  std::size_t word = 0;  // where the word after it begins (after an opening quote or bracket)
};

enum class QuoteRole { kUnknown, kOpening, kClosing };
enum class AbbreviationEnd { kNone, kEnds, kInside };

class Scan {
 public:
  Scan(const Config& config, const Document& document, EditSink& sink)
      : config_(config),
        document_(document),
        sink_(sink),
        text_(document.text()),
        layout_(text_, config.gap) {}

  // One pass, 64 bytes at a time: classify_64 marks the bytes that deserve a look (no letter,
  // digit or space) and the starts of double spaces; only those are visited. A single space
  // matters only next to a mark, bracket or quote, and is looked at from there.
  void run() {
    const char* const data = text_.data();
    const std::size_t n = text_.size();
    std::size_t i = 0;  // everything before has been handled
    for (std::size_t base = 0; base < n; base += 64) {
      const ByteMasks masks = classify_64(text_, base);
      std::uint64_t visit = masks.unusual | masks.double_space;
      if (i > base) visit &= i - base >= 64 ? 0 : ~std::uint64_t{0} << (i - base);
      while (visit != 0) {
        const std::size_t pos = base + static_cast<std::size_t>(std::countr_zero(visit));
        visit &= visit - 1;
        if (pos < i) continue;
        const auto c = static_cast<unsigned char>(data[pos]);
        if (c == ' ') {
          i = space_run_at(pos);
        } else if (kStops[c]) {
          i = visit_stop(pos, c);
        }
      }
    }
  }

  // The byte `c` at `i` is one the scan stops at; returns where the scan goes on.
  std::size_t visit_stop(std::size_t i, unsigned char c) {
    switch (c) {
      case '\n':
        newline(i);
        return i + 1;
      case '.':
      case '!':
      case '?':
      case ',':
      case ';':
      case ':':
        single_space_before(i);
        return mark(i);
      case ')':
      case ']':
        single_space_before(i);
        closing_bracket(i);
        return i + 1;
      case '(':
      case '[':
        single_space_after(i + 1);
        return i + 1;
      case '"':
        single_space_before(i);
        straight_double(i), ++quotes_;
        single_space_after(i + 1);
        return i + 1;
      case '\'':
        straight_single(i);
        return i + 1;
      default:  // 0xE2: ” ’ “ ‘ and others
        return curly(i);
    }
  }

 private:
  bool enabled(Rule rule) const { return config_.enabled[static_cast<std::size_t>(rule)]; }

  // The last checks before an edit is proposed, the costlier ones last: lines of code and
  // paragraphs in other languages are left alone, and so are the spaces of table rows.
  void propose(Rule rule, std::size_t offset, std::size_t length, std::string_view replacement) {
    if (!enabled(rule) || layout_.is_code(line_) || layout_.has_aligned_columns(line_) ||
        !english_here())
      return;
    if (length > 0 && layout_.is_table_row(line_)) return;
    if (length == 0) last_insertion_ = offset;
    sink_.propose(Edit{offset, length, std::string(replacement),
                       config_.ids[static_cast<std::size_t>(rule)]});
  }

  // ---- Lines and paragraphs ------------------------------------------------------------

  bool is_blank_line(std::size_t line) const {
    for (std::size_t i = line; i < text_.size() && text_[i] != '\n'; ++i) {
      if (text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\r') return false;
    }
    return true;
  }

  void newline(std::size_t i) {
    line_ = i + 1;
    if (line_ < text_.size() && is_blank_line(line_)) {
      paragraph_ = line_;
      quotes_ = 0;
    }
  }

  // The end of the current paragraph: the line break before the next blank line.
  std::size_t paragraph_end() const {
    std::size_t pos = paragraph_;
    while (pos < text_.size() && is_blank_line(pos)) {
      const std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) return text_.size();
      pos = end + 1;
    }
    while (true) {
      const std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) return text_.size();
      if (is_blank_line(end + 1)) return end;
      pos = end + 1;
    }
  }

  std::string_view paragraph() const {
    return text_.substr(paragraph_, paragraph_end() - paragraph_);
  }

  bool english_here() {
    if (language_paragraph_ == paragraph_) return paragraph_english_;
    language_paragraph_ = paragraph_;
    paragraph_english_ = !other_language_paragraph(text_, paragraph_, paragraph_end());
    return paragraph_english_;
  }

  // The role of a straight double quote that has `before` others before it in the paragraph;
  // unknown when the paragraph's quotes do not pair up.
  QuoteRole quote_role(unsigned before) {
    if (quote_paragraph_ != paragraph_) {
      quote_paragraph_ = paragraph_;
      const std::string_view text = paragraph();
      paragraph_quotes_ = static_cast<unsigned>(std::count(text.begin(), text.end(), '"'));
    }
    if (paragraph_quotes_ % 2 != 0) return QuoteRole::kUnknown;
    return before % 2 == 0 ? QuoteRole::kOpening : QuoteRole::kClosing;
  }

  // ---- Words around a mark ---------------------------------------------------------------

  std::size_t word_start(std::size_t pos) const {
    while (pos > 0 && word_char_before(text_, pos)) pos -= char_before(text_, pos).length;
    return pos;
  }
  std::size_t word_end(std::size_t pos) const {
    while (word_char_after(text_, pos)) pos += char_at(text_, pos).length;
    return pos;
  }
  // Back over word characters and full stops: the start of "U.K" in "the U.K.and".
  std::size_t dotted_word_start(std::size_t pos) const {
    while (pos > 0) {
      if (text_[pos - 1] == '.' && pos >= 2 && word_char_before(text_, pos - 1)) {
        --pos;
      } else if (word_char_before(text_, pos)) {
        pos -= char_before(text_, pos).length;
      } else {
        break;
      }
    }
    return pos;
  }

  // Whether the run of non-space bytes around `pos` looks like code, a path or an address
  // rather than prose ("a,b=c", "x/y.Z", "#tag"): such chunks are left as they are. A chunk too
  // long for a word counts as such too.
  bool looks_like_code(std::size_t pos) const {
    constexpr std::size_t kLongest = 80;
    std::size_t steps = 0;
    for (std::size_t i = pos; i > 0; --i) {
      const auto c = static_cast<unsigned char>(text_[i - 1]);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') break;
      if (kCodeBytes[c] || ++steps > kLongest) return true;
    }
    for (std::size_t i = pos; i < text_.size(); ++i) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') break;
      if (kCodeBytes[c] || ++steps > 2 * kLongest) return true;
    }
    return false;
  }

  // UTF-8 read as Windows-1252 ("â€ she", "Ã©"): a quote or letter the unicode stage repairs,
  // not a word that lost its space.
  bool looks_like_mojibake(std::size_t pos) const {
    if (pos + 2 >= text_.size() || static_cast<unsigned char>(text_[pos]) != 0xC3) return false;
    const auto second = static_cast<unsigned char>(text_[pos + 1]);
    const auto third = static_cast<unsigned char>(text_[pos + 2]);
    return (second == 0xA2 && third == 0xE2) ||
           ((second == 0x83 || second == 0x82) && third >= 0xC2);
  }

  // Two letters at `pos`: a word, not ":P".
  bool two_letters_at(std::size_t pos) const {
    const auto first = char_at(text_, pos);
    return is_letter(first.value) && is_letter(char_at(text_, pos + first.length).value);
  }

  // "'s", "'t", "'ll"...: an apostrophe, not a quote, starts at `pos`'s word.
  bool is_contraction(std::size_t word) const {
    const std::string_view rest = text_.substr(word, word_end(word) - word);
    return rest == "s" || rest == "t" || rest == "d" || rest == "ll" || rest == "re" ||
           rest == "ve" || rest == "m" || rest == "S" || rest == "T";
  }

  // What follows at `pos`, right after a mark: a word, or an opening quote or bracket before
  // one. `quotes_before` counts the paragraph's straight double quotes before `pos`.
  Right right_of(std::size_t pos, unsigned quotes_before) {
    if (looks_like_mojibake(pos)) return {};
    const auto c = char_at(text_, pos);
    if (is_letter(c.value)) return {is_upper(c.value) ? Right::kUpper : Right::kLower, pos};
    std::size_t inner = pos + c.length;
    // Not '[': "said.[1] The" is a citation, written that way. An opening bracket or curly
    // quote may be followed by spaces that inside-brackets or inside-quotes takes out.
    // After a colon or semicolon, "(" makes an emoticon: ":(", ";(".
    if (c.value == '(' && pos > 0 && (text_[pos - 1] == ':' || text_[pos - 1] == ';')) return {};
    if (c.value == U'\u201C' || c.value == U'\u2018' || c.value == '(') {
      while (inner < text_.size() && text_[inner] == ' ') ++inner;
      if (is_word(char_at(text_, inner).value)) return {Right::kOpener, inner};
      return {};
    }
    if (!is_word(char_at(text_, inner).value)) return {};
    if (c.value == '"' && quote_role(quotes_before) == QuoteRole::kOpening)
      return {Right::kOpener, inner};
    if (c.value == '\'' && is_letter(char_at(text_, inner).value) && !is_contraction(inner)) {
      return {Right::kOpener, inner};
    }
    return {};
  }

  // The spaces to insert before what follows a sentence's mark.
  std::string_view gap_before(const Right& right) {
    return right.kind == Right::kLower ? std::string_view(" ") : layout_.sentence_gap();
  }

  // ---- Missing spaces after marks ---------------------------------------------------------

  // The mark at `i`; returns the position after it (after a run of . ! ?).
  std::size_t mark(std::size_t i) {
    // The common case first: a space or a line break already follows the mark.
    const char after = i + 1 < text_.size() ? text_[i + 1] : '\n';
    if ((after == ' ' || after == '\n') && text_[i] != '.') return i + 1;
    switch (text_[i]) {
      case ',':
        clause_mark(i, Rule::kAfterComma);
        return i + 1;
      case ';':
        semicolon(i);
        return i + 1;
      case ':':
        colon(i);
        return i + 1;
      default:
        return sentence_marks(i);
    }
  }

  // A run of . ! ? starting at `i`; returns the position after it.
  std::size_t sentence_marks(std::size_t i) {
    std::size_t j = i;
    while (j < text_.size() && is_sentence_mark(static_cast<unsigned char>(text_[j]))) ++j;
    // "...", "!.", "?.": ellipses and odd runs are never touched; "?!" and "!!" are marks.
    if (j - i > 1 && text_.substr(i, j - i).find('.') != std::string_view::npos) return j;
    const char after = j < text_.size() ? text_[j] : '\n';
    if (after == '\n') return j;
    if (after == ' ') {
      if (j - i == 1 && text_[i] == '.') inside_abbreviation(i);
      return j;
    }
    if (text_[i] == '.') {
      period(i);
    } else {
      exclamation_or_question(i, j);
    }
    return j;
  }

  // "e. g." -> "e.g.", "i. e." -> "i.e.": the space inside a two-letter Latin abbreviation.
  // Capitals in second place are initials ("E. G. Erdos") and stay.
  bool inside_abbreviation(std::size_t dot) {
    if (!enabled(Rule::kInsideAbbreviation) || dot == 0) return false;
    const char first = text_[dot - 1];
    char second = 0;
    if (first == 'e' || first == 'E') second = 'g';
    if (first == 'i' || first == 'I') second = 'e';
    if (second == 0 || word_char_before(text_, dot - 1) || (dot >= 2 && text_[dot - 2] == '.'))
      return false;
    std::size_t end = dot + 1;  // the spaces, one or more
    while (end < text_.size() && text_[end] == ' ') ++end;
    if (end == dot + 1 || end + 2 > text_.size() || text_[end] != second || text_[end + 1] != '.')
      return false;
    last_run_ = dot + 1;                // this rule takes the run: no other rule looks at it
    latin_abbreviation_end_ = end + 1;  // the full stop of "g." ends "e.g." (after-abbreviation)
    propose(Rule::kInsideAbbreviation, dot + 1, end - dot - 1, "");
    return true;
  }

  // Whether the full stop at `dot` ends an abbreviation ("U.K.", "e.g.", "Dr.", "et al."),
  // lies inside one ("Ph." of "Ph.D."), or neither.
  AbbreviationEnd abbreviation_at(std::size_t dot) const {
    const std::size_t start = dotted_word_start(dot);
    if (start == dot) return AbbreviationEnd::kNone;
    const AbbreviationList& listed = document_.abbreviations();
    auto judge = [&](std::size_t from) {
      const std::size_t length = listed.match(text_, from);
      if (length == 0) return AbbreviationEnd::kNone;
      if (from + length == dot + 1) return AbbreviationEnd::kEnds;
      return from + length > dot + 1 ? AbbreviationEnd::kInside : AbbreviationEnd::kNone;
    };
    for (std::size_t from = start; from < dot;) {
      if (const AbbreviationEnd found = judge(from); found != AbbreviationEnd::kNone) return found;
      const std::size_t next_dot = text_.find('.', from);
      if (next_dot >= dot) break;
      from = next_dot + 1;
    }
    // An entry of two words ("et al."): it starts a word before.
    if (start >= 2 && text_[start - 1] == ' ' && word_char_before(text_, start - 1)) {
      if (const AbbreviationEnd found = judge(word_start(start - 1));
          found != AbbreviationEnd::kNone)
        return found;
    }
    // A run of dotted single letters ending here: "U.K.", "a.m.", "C.S.", also after another
    // abbreviation glued to it ("Mr.U.K.").
    for (std::size_t from = start; from < dot;) {
      std::size_t letters = 0;
      std::size_t pos = from;
      while (pos <= dot) {
        const auto c = char_at(text_, pos);
        if (!is_letter(c.value) || pos + c.length >= text_.size() || text_[pos + c.length] != '.')
          break;
        ++letters;
        pos += c.length + 1;
      }
      if (pos == dot + 1 && letters >= 1) {
        // The run goes on: "U.S.A." seen at its second full stop, or "U.S." at its first (the
        // protected spans miss it after a word that gets its space in this pass: "AB.S. U.S.").
        const auto next = char_at(text_, pos);
        if (is_letter(next.value) && pos + next.length < text_.size() &&
            text_[pos + next.length] == '.') {
          return AbbreviationEnd::kInside;
        }
        if (letters >= 2) return AbbreviationEnd::kEnds;
      }
      const std::size_t next_dot = text_.find('.', from);
      if (next_dot >= dot) break;
      from = next_dot + 1;
    }
    return AbbreviationEnd::kNone;
  }

  // A name with a capital variant letter or two after its full stop, as viruses are named:
  // "The Zafi.D virus" (one letter, then a lower-case word), "Bagle.AT, Bagle.BB" (the name
  // is written with another variant elsewhere in the document). Not "Europe.UK nominee",
  // "February.X Factor", "Leamy.O'Connor" or "mission.A new".
  bool is_variant_name(std::size_t left_begin, std::size_t dot, std::size_t right_begin,
                       std::size_t right_end) const {
    const std::string_view left = text_.substr(left_begin, dot - left_begin);
    const std::string_view right = text_.substr(right_begin, right_end - right_begin);
    if (right_begin != dot + 1 || left.empty() || !is_upper(char_at(text_, left_begin).value))
      return false;
    if (!is_all_upper(right) || right.size() > 2 || right == "A" || right == "I") return false;
    if (right.size() == 1) {
      return right_end + 1 < text_.size() && text_[right_end] == ' ' &&
             is_lower(char_at(text_, right_end + 1).value);
    }
    // Within the article around it: a few kilobytes, so the cost does not grow with the text.
    constexpr std::size_t kAround = 8192;
    const std::size_t from = left_begin > kAround ? left_begin - kAround : 0;
    const std::size_t to = std::min(text_.size(), right_end + kAround);
    const std::string name = std::string(left) + '.';
    for (std::size_t at = text_.find(name, from); at < to; at = text_.find(name, at + 1)) {
      if (at == left_begin || (at > 0 && word_char_before(text_, at))) continue;
      const std::size_t other = at + name.size();
      const std::size_t other_end = word_end(other);
      if (other_end > other && other_end - other <= 2 &&
          is_all_upper(text_.substr(other, other_end - other))) {
        return true;
      }
    }
    return false;
  }

  // Whether the run of non-space bytes before `dot` holds a full stop between word characters:
  // "Halo.Bungie", "HLA-DR4.RagKO.IL2RγcKO" (the stop at `dot` would continue the chain).
  bool chunk_has_inner_dot(std::size_t dot) const {
    // Back to the last space this pass inserts: "e”,TheU.K." is split at its comma.
    const std::size_t stop =
        last_insertion_ == std::string_view::npos ? 1 : std::max<std::size_t>(1, last_insertion_);
    for (std::size_t i = dot; i > stop; --i) {
      const char c = text_[i - 1];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return false;
      if (c == '.' && i < dot && word_char_before(text_, i - 1) && word_char_after(text_, i))
        return true;
    }
    return false;
  }

  // The name the full stop at `dot` ends is a protected host, file or address:
  // "example.com.The".
  bool ends_protected_name(std::size_t dot) const {
    const ProtectedSpan* span = document_.protected_spans().find(dot - 1);
    return span != nullptr && span->end == dot &&
           (span->kind == SpanKind::kDomain || span->kind == SpanKind::kPath ||
            span->kind == SpanKind::kUrl || span->kind == SpanKind::kEmail);
  }

  void period(std::size_t dot) {
    const Right right = right_of(dot + 1, quotes_);
    if (right.kind == Right::kNone) return;
    const std::size_t right_end = word_end(right.word);
    const std::string_view right_word = text_.substr(right.word, right_end - right.word);

    switch (dot == latin_abbreviation_end_ ? AbbreviationEnd::kEnds : abbreviation_at(dot)) {
      case AbbreviationEnd::kInside:
        return;
      case AbbreviationEnd::kEnds:
        // "U.K.and" -> "U.K. and"; but "Ph.D.s" is a plural.
        if (right.kind == Right::kLower && right_word == "s") return;
        if (looks_like_code(dot)) return;
        propose(Rule::kAfterAbbreviation, dot + 1, 0, " ");
        return;
      case AbbreviationEnd::kNone:
        break;
    }
    if (!enabled(Rule::kAfterPeriod)) return;
    const auto left = char_before(text_, dot);
    if (!may_end_clause(left.value)) return;
    // The word before, back to a space this pass inserts ("e.g.word.éa" splits after "e.g.").
    std::size_t start = dotted_word_start(dot);
    if (last_insertion_ != std::string_view::npos && last_insertion_ > start &&
        last_insertion_ < dot) {
      start = last_insertion_;
    }
    const std::string_view left_word = text_.substr(start, dot - start);
    // A chain of names: "Halo.Bungie.Org", "7610.extended.theme"; but "example.com.The" ends
    // a protected host name and needs its space.
    if (chunk_has_inner_dot(dot) && !ends_protected_name(dot)) return;
    // ... and on the right: "Halo.Bungie.Org"; but "e.Mr.Smith" ends "Mr." and gets spaces.
    if (right.word == dot + 1 && right_end < text_.size() && text_[right_end] == '.' &&
        word_char_after(text_, right_end + 1) &&
        abbreviation_at(right_end) != AbbreviationEnd::kEnds) {
      return;
    }
    if (right.kind == Right::kUpper) {
      if (is_variant_name(start, dot, right.word, right_end)) return;
      // A file a package ships by convention: "README.Debian", "NEWS.Debian".
      static const StringSet kConventionalFiles{"README",  "INSTALL", "NEWS", "COPYING",
                                                "LICENSE", "CHANGES", "TODO", "AUTHORS",
                                                "THANKS",  "HACKING", "BUGS", "CHANGELOG"};
      if (kConventionalFiles.count(left_word) != 0) return;
      if (is_all_upper(left_word) && left_word.size() >= 2 && is_all_upper(right_word) &&
          right_word.size() >= 2) {
        return;
      }
    } else if (right.kind == Right::kLower) {
      // "years.perhaps": a lower-case word, then another. Not "£17.m" or "v2.x", and not a
      // name ending in a domain or a file type the protected spans do not take on their own:
      // "Dot.life", "napster.no", "Node.js".
      if (is_word(left.value) && (left_word.size() < 2 || !is_all_lower_letters(left_word))) return;
      if (right_word.size() < 2 || !is_all_lower_letters(right_word)) return;
      if (is_top_level_domain(right_word) || is_file_extension(right_word)) return;
      // Two English words ("years.perhaps"), not a file or a unit's name ("backup.environ",
      // "ispell.el", "dirmngr.socket", "bitmaps.conf").
      if (config_.words != nullptr && !config_.words->empty() &&
          !(config_.words->is_common(left_word) && config_.words->is_common(right_word))) {
        return;
      }
    }
    if (keeps(word_start(dot), dot + 1, right_word) || looks_like_code(dot)) return;
    propose(Rule::kAfterPeriod, dot + 1, 0, gap_before(right));
  }

  bool keeps(std::size_t left_begin, std::size_t mark_end, std::string_view right_word) const {
    return !config_.keep.empty() &&
           config_.keep.contains(text_.substr(left_begin, mark_end - left_begin), right_word);
  }

  void exclamation_or_question(std::size_t i, std::size_t end) {
    const Rule rule = text_[end - 1] == '!' ? Rule::kAfterExclamation : Rule::kAfterQuestion;
    if (!enabled(rule)) return;
    const Right right = right_of(end, quotes_);
    // Spaces before "?!" go (before-question): look past them. Before a single mark glued to
    // the next word they stay, and so does the gap after it.
    std::size_t left_end = i;
    if (end - i >= 2) {
      while (left_end > line_ && text_[left_end - 1] == ' ') --left_end;
    }
    if (right.kind == Right::kNone || left_end == line_ ||
        !may_end_clause(char_before(text_, left_end).value)) {
      return;
    }
    const std::string_view right_word = text_.substr(right.word, word_end(right.word) - right.word);
    if (keeps(word_start(left_end), end, right_word) || looks_like_code(i)) return;
    propose(rule, end, 0, gap_before(right));
  }

  // A comma or semicolon at `i`: "markets,sending" -> "markets, sending".
  // "This ,is" gets both its spaces right: the one before goes (before_mark), this one comes.
  // Whether the mark at `i` separates a call's or a formula's arguments: a bracket opened right
  // after a word earlier in the same run of non-space bytes, not closed before the mark
  // ("cv(i,j)", "max(a,b)").
  bool inside_call_arguments(std::size_t i) const {
    for (std::size_t k = i; k > line_; --k) {
      const char c = text_[k - 1];
      if (c == ' ' || c == '\t' || c == ')') return false;
      if (c == '(') return k >= 2 && is_word(static_cast<unsigned char>(text_[k - 2]));
    }
    return false;
  }

  void clause_mark(std::size_t i, Rule rule) {
    if (!enabled(rule)) return;
    if (rule == Rule::kAfterComma && inside_call_arguments(i)) return;
    const Right right = right_of(i + 1, quotes_);
    std::size_t left_end = i;
    while (left_end > line_ && text_[left_end - 1] == ' ') --left_end;
    if (left_end == line_ || right.kind == Right::kNone ||
        !may_end_clause(char_before(text_, left_end).value)) {
      return;
    }
    // With spaces before the mark, only where before-comma takes them out too: a word follows.
    if (left_end < i && right.kind == Right::kOpener) return;
    const std::string_view right_word = text_.substr(right.word, word_end(right.word) - right.word);
    if (keeps(word_start(i), i + 1, right_word) || looks_like_code(i)) return;
    propose(rule, i + 1, 0, " ");
  }

  void semicolon(std::size_t i) {
    // "&amp;A": the end of an HTML entity, not a clause.
    std::size_t name = i;
    while (name > 0 && i - name < 10 && is_word(static_cast<unsigned char>(text_[name - 1])))
      --name;
    if (name > 0 && text_[name - 1] == '#') --name;
    if (name > 0 && name < i && text_[name - 1] == '&') return;
    clause_mark(i, Rule::kAfterSemicolon);
  }

  // "said:the" -> "said: the". Not "10:30", "std::", "CSI:NY", "mailto:x" (a kept prefix).
  void colon(std::size_t i) {
    if (!enabled(Rule::kAfterColon)) return;
    if ((i + 1 < text_.size() && text_[i + 1] == ':') || (i > 0 && text_[i - 1] == ':')) return;
    // Spaces before the colon go (before-colon): look past them.
    std::size_t left_end = i;
    while (left_end > line_ && text_[left_end - 1] == ' ') --left_end;
    const auto left = char_before(text_, left_end);
    if (!(is_letter(left.value) || is_closing_bracket(left.value) || is_closing_quote(left.value)))
      return;
    const std::size_t start = word_start(left_end);
    const std::string_view left_word = text_.substr(start, left_end - start);
    if (left_word.size() >= 2 && is_all_upper(left_word)) return;
    const Right right = right_of(i + 1, quotes_);
    if (right.kind == Right::kNone) return;
    const std::size_t right_end = word_end(right.word);
    const std::string_view right_word = text_.substr(right.word, right_end - right.word);
    // "aa:bb:cc", "a:b:c": a chain of colons is an address or a code, not a clause.
    if ((start > 0 && text_[start - 1] == ':' && last_insertion_ != start) ||
        (right_end < text_.size() && text_[right_end] == ':'))
      return;
    // With spaces before the colon, only where before-colon takes them out too: a word of two
    // letters or more follows (not ":P").
    if (left_end < i && (right.kind == Right::kOpener || !two_letters_at(i + 1))) return;
    if (keeps(start, i + 1, right_word) || looks_like_code(i)) return;
    // A qualifier of letters and digits: "valgrind:amd64", "libc6-dbg:i386".
    if (std::any_of(right_word.begin(), right_word.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      return;
    }
    propose(Rule::kAfterColon, i + 1, 0, " ");
  }

  // The opening bracket that the closing one at `close` pairs with on its line, or npos.
  std::size_t matching_open(std::size_t close) const {
    const char closing = text_[close];
    const char opening = closing == ')' ? '(' : '[';
    int depth = 0;
    for (std::size_t i = close; i > 0 && close - i < 1000;) {
      const char c = text_[--i];
      if (c == '\n') break;
      if (c == closing) ++depth;
      if (c == opening && depth-- == 0) return i;
    }
    return std::string_view::npos;
  }
  std::size_t matching_close(std::size_t open) const {
    const char opening = text_[open];
    const char closing = opening == '(' ? ')' : ']';
    int depth = 0;
    for (std::size_t i = open + 1; i < text_.size() && i - open < 1000; ++i) {
      const char c = text_[i];
      if (c == '\n') break;
      if (c == opening) ++depth;
      if (c == closing && depth-- == 0) return i;
    }
    return std::string_view::npos;
  }

  // "(see below)and" -> "(see below) and". Not "(s)he", "(re)open", "word(s)", ":)".
  void closing_bracket(std::size_t i) {
    if (!enabled(Rule::kAfterBracket)) return;
    const auto next = char_at(text_, i + 1);
    if (!is_letter(next.value)) return;
    // The spaces before the bracket go (inside-brackets): look past them.
    std::size_t left_end = i;
    while (left_end > line_ && text_[left_end - 1] == ' ') --left_end;
    const auto left = char_before(text_, left_end);
    if (is_blank(left.value) || is_line_end(left.value) || left.value == ':' || left.value == ';' ||
        left.value == '=') {
      return;
    }
    const std::size_t open = matching_open(i);
    if (open == std::string_view::npos || word_char_before(text_, open)) return;
    const std::string_view inside = text_.substr(open + 1, i - open - 1);
    if (is_lower(next.value) && is_word_prefix(inside)) return;
    if (!is_prose(inside) || looks_like_mojibake(i + 1)) return;  // "(ง'̀⌣'́)ง"
    if (looks_like_code(i)) return;
    propose(Rule::kAfterBracket, i + 1, 0, " ");
  }

  // A closing quote glued to the next word: "“Good morning,”said" -> "“Good morning,” said".
  void closing_quote(std::size_t quote, std::size_t after) {
    if (!enabled(Rule::kAfterQuote) || !is_letter(char_at(text_, after).value)) return;
    if (looks_like_code(quote)) return;
    propose(Rule::kAfterQuote, after, 0, " ");
  }

  void straight_double(std::size_t i) {
    if (!enabled(Rule::kAfterQuote) || !is_letter(char_at(text_, i + 1).value)) return;
    const auto left = char_before(text_, i);
    if (!(may_end_clause(left.value) || left.value == ',' || is_sentence_mark(left.value))) return;
    if (quote_role(quotes_) != QuoteRole::kClosing) return;
    closing_quote(i, i + 1);
  }

  // A single quote closes only after a mark ("‘Yes,’said"); elsewhere it is an apostrophe.
  void single_quote(std::size_t i, std::size_t after) {
    const auto left = char_before(text_, i);
    if (left.value != ',' && !is_sentence_mark(left.value)) return;
    if (!is_letter(char_at(text_, after).value) || is_contraction(after)) return;
    closing_quote(i, after);
  }
  void straight_single(std::size_t i) { single_quote(i, i + 1); }

  std::size_t curly(std::size_t i) {
    const std::string_view three = text_.substr(i, 3);
    if (three == kLeftDouble || three == kLeftSingle) {
      single_space_after(i + 3);
      return i + 3;
    }
    if (three == kRightDouble) {
      single_space_before(i);
      // After a word or a mark; not after a digit (an inch: 5”), nor inside mojibake ("HÃ”TEL").
      const char32_t left = char_before(text_, i).value;
      const bool mojibake = left == U'\u00C3' || left == U'\u00C2' || left == U'\u00E2';
      if (!mojibake && !is_ascii_digit(left) &&
          (may_end_clause(left) || left == ',' || left == ';' || left == ':' ||
           is_sentence_mark(left) || left == U'\u2026')) {
        closing_quote(i, i + 3);
      }
      return i + 3;
    }
    if (three == kRightSingle) {
      single_quote(i, i + 3);
      return i + 3;
    }
    return i + 1;
  }

  // ---- Extra spaces ------------------------------------------------------------------------

  // The run of spaces that starts at `begin`; returns its end.
  std::size_t space_run_at(std::size_t begin) {
    std::size_t end = begin + 1;
    while (end < text_.size() && text_[end] == ' ') ++end;
    space_run(begin, end);
    return end;
  }
  // A single space just before `pos` (runs of two or more are handled where they start).
  void single_space_before(std::size_t pos) {
    if (pos >= 1 && text_[pos - 1] == ' ' && (pos < 2 || text_[pos - 2] != ' '))
      space_run(pos - 1, pos);
  }
  // A single space at `pos`.
  void single_space_after(std::size_t pos) {
    if (pos + 1 < text_.size() && text_[pos] == ' ' && text_[pos + 1] != ' ')
      space_run(pos, pos + 1);
  }

  void space_run(std::size_t begin, std::size_t end) {
    // A space between two stops ("( “") is seen from both: the first look decides.
    if (begin == last_run_) return;
    last_run_ = begin;
    const auto previous = char_before(text_, begin);
    const auto next = char_at(text_, end);
    // Indentation, trailing spaces and spaces next to tabs are layout.
    if (begin == line_ || is_blank(previous.value) || is_line_end(previous.value)) return;
    if (end >= text_.size() || is_line_end(next.value) || is_blank(next.value)) return;
    if (before_mark(begin, end, previous.value, next.value)) return;
    if (inside_brackets(begin, end, previous.value, next.value)) return;
    if (inside_quotes(begin, end, previous.value, next.value)) return;
    if (end - begin >= 2) multiple_spaces(begin, end);
  }

  // "coffee , cheese" -> "coffee, cheese", "full stop ." -> "full stop.".
  bool before_mark(std::size_t begin, std::size_t end, char32_t previous, char32_t mark) {
    Rule rule;
    switch (mark) {
      case ',':
        rule = Rule::kBeforeComma;
        break;
      case '.':
        rule = Rule::kBeforePeriod;
        break;
      case ';':
        rule = Rule::kBeforeSemicolon;
        break;
      case ':':
        rule = Rule::kBeforeColon;
        break;
      case '!':
        rule = Rule::kBeforeExclamation;
        break;
      case '?':
        rule = Rule::kBeforeQuestion;
        break;
      default:
        return false;
    }
    if (!enabled(rule) || !may_end_clause(previous)) return false;
    const char32_t after = char_at(text_, end + 1).value;
    const bool closes = is_blank(after) || is_line_end(after) || is_closing_bracket(after) ||
                        is_closing_quote(after);
    switch (mark) {
      case ',':
        // Not ",," (a low opening quote) nor "1 ,000".
        if (!(closes || is_letter(after))) return false;
        break;
      case '.':
        // Not ".5", ".org", "./x", "..." nor ". . .".
        if (!closes) return false;
        if (after == ' ' && char_at(text_, end + 2).value == '.') return false;
        break;
      case ';':
      case ':':
        // Not ":)", ";-)" or ":P"; not "3 : 1". A word after it gets its space (after-colon).
        if (!(is_blank(after) || is_line_end(after) || (mark == ';' && is_letter(after)) ||
              (mark == ':' && two_letters_at(end + 1)))) {
          return false;
        }
        if (mark == ':' && is_ascii_digit(previous)) return false;
        break;
      default: {  // ! ?
        // The run of marks must end the clause, with its space or a word after it that lacks
        // one ("insane ?!", "Really  ?!Yes"); a glob does not ("ls ????-*.diff").
        std::size_t run_end = end;
        while (run_end < text_.size() && (text_[run_end] == '!' || text_[run_end] == '?'))
          ++run_end;
        const char32_t beyond = char_at(text_, run_end).value;
        if (run_end < text_.size() && !is_blank(beyond) && !is_line_end(beyond) &&
            !is_closing_bracket(beyond) && !is_closing_quote(beyond) && !is_letter(beyond)) {
          return false;
        }
        // A single mark glued to the word after it keeps its space, as the rule for the space
        // after it leaves it ("week ?Paris"): taking one and not giving the other would leave
        // "week?Paris", which the next cleaning would change again.
        if (run_end == end + 1 && is_letter(beyond)) return false;
        break;
      }
    }
    propose(rule, begin, end - begin, "");
    return true;
  }

  // "( foo bar )" -> "(foo bar)". Not "[ ]" (a Markdown checkbox), ":-( ", or a bracket
  // that pairs with none on its line.
  bool inside_brackets(std::size_t begin, std::size_t end, char32_t previous, char32_t next) {
    if (!enabled(Rule::kInsideBrackets)) return false;
    std::size_t open = std::string_view::npos;
    std::size_t close = std::string_view::npos;
    if (is_opening_bracket(previous) && !is_closing_bracket(next)) {
      const char32_t before = char_before(text_, begin - 1).value;
      if (before == ':' || before == ';' || before == '=' || before == '-') return false;
      open = begin - 1;
      close = matching_close(open);
    } else if (is_closing_bracket(next) && !is_opening_bracket(previous)) {
      close = end;
      open = matching_open(close);
    }
    if (open == std::string_view::npos || close == std::string_view::npos) return false;
    // Words in brackets, not a drawing: "( o¬ô )", "( ͡° ͜ʖ ͡°)" keep their spaces.
    if (!is_prose(text_.substr(open + 1, close - open - 1))) return false;
    propose(Rule::kInsideBrackets, begin, end - begin, "");
    return true;
  }

  // "“ marks ”" -> "“marks”", and straight quotes by their role: `You " fixed" it`.
  bool inside_quotes(std::size_t begin, std::size_t end, char32_t previous, char32_t next) {
    if (!enabled(Rule::kInsideQuotes)) return false;
    const bool word_or_mark_before =
        is_word(previous) || previous == ',' || is_sentence_mark(previous);
    bool extra = false;
    // An opening curly quote stands after a space or a bracket; after a letter it closes, as
    // German's „Hallo“ does.
    if ((previous == U'\u201C' || previous == U'\u2018') && is_word(next)) {
      const char32_t before = char_before(text_, begin - 3).value;
      extra = is_blank(before) || is_line_end(before) || is_opening_bracket(before) ||
              before == U'\u2014' ||
              last_insertion_ == begin - 3;  // a space goes before the quote in this pass
    }
    if (next == U'\u201D' && word_or_mark_before && !is_word(char_at(text_, end + 3).value))
      extra = true;
    // Straight quotes: the cheap tests first, the quote's role in its paragraph last.
    if (previous == '"' && is_word(next)) {
      const char32_t before = char_before(text_, begin - 1).value;
      extra = (is_blank(before) || is_line_end(before) || is_opening_bracket(before) ||
               last_insertion_ == begin - 1) &&
              quote_role(quotes_ - 1) == QuoteRole::kOpening;
    }
    if (next == '"' && word_or_mark_before && !is_word(char_at(text_, end + 1).value)) {
      extra = quote_role(quotes_) == QuoteRole::kClosing;
    }
    if (!extra) return false;
    propose(Rule::kInsideQuotes, begin, end - begin, "");
    return true;
  }

  // "a  quick  look" -> "a quick look"; two spaces between sentences stay where that is the
  // document's convention, and columns aligned with the line above or below stay.
  void multiple_spaces(std::size_t begin, std::size_t end) {
    if (!enabled(Rule::kMultipleSpaces)) return;
    // Between words of prose only: "OK??:(   `¬´    ):" and "?????????,      ......" are
    // drawings, and their spaces are part of them.
    const char32_t before = char_before(text_, begin).value;
    if (!may_end_word(before) || !may_start_word(char_at(text_, end).value)) return;
    if (before == U'\u00C3' || before == U'\u00C2') return;  // "voilÃ  le": mojibake of "à"
    std::string_view replacement = " ";
    if (layout_.is_sentence_gap(begin, end)) {
      replacement = layout_.sentence_gap();
      if (end - begin == replacement.size()) return;
    }
    propose(Rule::kMultipleSpaces, begin, end - begin, replacement);
  }

  const Config& config_;
  const Document& document_;
  EditSink& sink_;
  std::string_view text_;
  Layout layout_;
  std::size_t line_ = 0;       // start of the line being scanned
  std::size_t paragraph_ = 0;  // start of the paragraph being scanned
  unsigned quotes_ = 0;        // straight double quotes seen in the paragraph so far
  std::size_t last_run_ = std::string_view::npos;  // start of the last run of spaces looked at
  std::size_t last_insertion_ = std::string_view::npos;  // offset of the last space proposed
  std::size_t latin_abbreviation_end_ = std::string_view::npos;  // the "g." of an "e. g." joined
  std::size_t quote_paragraph_ = std::string_view::npos;
  unsigned paragraph_quotes_ = 0;
  std::size_t language_paragraph_ = std::string_view::npos;
  bool paragraph_english_ = true;
};

class SpacingMatcher final : public Matcher {
 public:
  explicit SpacingMatcher(const BuiltinContext& context) {
    for (std::size_t i = 0; i < kRuleCount; ++i)
      config_.ids[i] = std::string(rule_id(static_cast<Rule>(i)));
    for (const std::string& id : context.enabled) {
      if (const auto rule = rule_named(id)) config_.enabled.set(static_cast<std::size_t>(*rule));
    }
    if (config_.enabled.test(static_cast<std::size_t>(Rule::kAfterPeriod))) {
      config_.words = CommonWords::load(scowl_list_paths(kScowlCommonSize));
    }
    for (const auto& [id, options] : context.options) {
      if (!context.is_enabled(id)) continue;
      if (const auto keep = options.find("keep"); keep != options.end())
        config_.keep.add_list(keep->second);
      if (const auto gap = options.find("sentence_gap"); gap != options.end()) {
        if (gap->second == "one") config_.gap = SentenceGap::kOne;
        if (gap->second == "two") config_.gap = SentenceGap::kTwo;
      }
    }
  }

  void propose(const Document& document, EditSink& sink) const override {
    Scan(config_, document, sink).run();
  }

 private:
  Config config_;
};

}  // namespace
}  // namespace spacing

std::unique_ptr<Matcher> make_spacing_matcher(const BuiltinContext& context) {
  return std::make_unique<spacing::SpacingMatcher>(context);
}

}  // namespace copydesk
