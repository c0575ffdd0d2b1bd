#include "sentence_starts.hpp"

#include <algorithm>
#include <optional>

#include "casing.hpp"
#include "casing_context.hpp"
#include "sentence_icu.hpp"
#include "speech_verbs.hpp"
#include "string_map.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kHeadingWords = 10;

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string_view line_text(std::string_view text, const LineRange& line) {
  return text.substr(line.begin, line.end - line.begin);
}

// Lines that are not running prose, whatever their punctuation.
bool structural_line(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return true;
  if (first >= 4 || line[0] == '\t') return true;  // indented code
  const char c = line[first];
  return c == '#' || c == '|' || c == '>' || line.find(" | ") != std::string_view::npos;
}

// "a) This", "iv. This", "i. First": a short word used as a list marker.
bool list_marker(std::string_view text, const Token& token) {
  if (token.length > 4) return false;
  const std::size_t end = token.end();
  if (end >= text.size() || (text[end] != ')' && text[end] != '.')) return false;
  return end + 1 >= text.size() || text[end + 1] == ' ' || text[end + 1] == '\t' ||
         text[end + 1] == '\n';
}

// A short line that starts with a capital and does not end a sentence: "Furry recyclers",
// "Arsenal win 4-2 on penalties". Not a paragraph whose last sentence lost its end.
bool reads_as_heading(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\"'\xE2\x80\x98\x9C");
  if (first == std::string_view::npos) return false;
  const auto c = static_cast<unsigned char>(line[first]);
  if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  if (line.find_first_of(",:;") != std::string_view::npos) return false;
  if (static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) >= kHeadingWords)
    return false;
  // A heading does not stop on "for" or "the": "…secured qualification for".
  const std::size_t last_space = line.find_last_of(' ');
  return last_space == std::string_view::npos || !is_function_word(line.substr(last_space + 1));
}

// Whether a line ends a sentence, or introduces what follows with a colon
// ("he has announced:").
bool ends_a_sentence_or_colon(std::string_view line) {
  if (ends_like_prose(line)) return true;
  const std::size_t last = line.find_last_not_of(" \t");
  return last != std::string_view::npos && line[last] == ':' &&
         std::count(line.begin(), line.end(), ' ') >= 3;
}

// The line before `line` (which must not be the first), skipping nothing.
LineRange previous_line(std::string_view text, const LineRange& line) {
  return line_around(text, line.begin - 1);
}

// The last line above `line` (which must not be the first) that is not blank; the first line
// when all above are blank.
LineRange last_written_line_above(std::string_view text, const LineRange& line) {
  LineRange above = previous_line(text, line);
  while (above.begin > 0 && is_blank(line_text(text, above))) above = previous_line(text, above);
  return above;
}

// Whether a paragraph or line that starts at `line` begins a new sentence: it is the first,
// or what comes before it ended one (or was a heading).
bool follows_a_sentence_end(std::string_view text, const LineRange& line) {
  if (line.begin == 0) return true;
  LineRange previous = previous_line(text, line);
  if (!is_blank(line_text(text, previous))) {
    // A line right above: hard-wrapped text continues unless that line ended a sentence.
    return ends_a_sentence_or_colon(line_text(text, previous));
  }
  // A blank line: find the paragraph above.
  previous = last_written_line_above(text, line);
  const std::string_view above = line_text(text, previous);
  if (is_blank(above)) return true;  // only blank lines above
  if (ends_a_sentence_or_colon(above)) return true;
  const std::size_t first = above.find_first_not_of(" \t");
  if (above[first] == '#' || above[first] == '|') return true;  // a heading or a table
  // The document's first line is its title; a short capitalized line is a heading.
  return previous.begin == 0 || reads_as_heading(above);
}

// A first line short enough to be a title.
bool reads_as_title(std::string_view line) {
  return static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) < kHeadingWords * 2;
}

// Whether a word that ends at `pos` is followed by what follows words in prose: a space,
// punctuation, a quote, a dash, or the end. Not a symbol ("â€œ" is broken text, not a word).
bool ends_as_a_word(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  const auto cp = utf8::decode(text, pos);
  if (cp.value < 0x80) return true;
  return cp.value == U'\u2019' || cp.value == U'\u201D' || cp.value == U'\u00BB' ||
         cp.value == U'\u2014' || cp.value == U'\u2013' || cp.value == U'\u2026' ||
         cp.value == U'\u00A0';
}

// Words that a paragraph does not start with unless something before them was lost (scraped
// text drops linked names: "…a chest infection.\n\nwas on record-breaking form"): forms of
// "be", "have" and "do" outside questions, relative pronouns, and verbs in the past tense.
bool continues_a_sentence(std::string_view word) {
  static const StringSet kWords{
      "was",  "were",   "is",      "are",      "has",  "have", "had",      "does",       "did",
      "also", "who",    "whose",   "which",    "won",  "led",  "took",     "made",       "set",
      "ran",  "came",   "went",    "got",      "kept", "left", "held",     "beat",       "lost",
      "saw",  "fought", "remains", "remained", "says", "said", "finished", "dismantling"};
  if (kWords.find(word) != kWords.end()) return true;
  return word.size() >= 5 && word.ends_with("ed");
}

// Where the text of a numbered item starts in `rest`: after its digits, one of `marks` and a
// space ("12. text" with marks ".)" gives 4); npos when `rest` does not start so.
std::size_t after_item_number(std::string_view rest, std::string_view marks) {
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= rest.size() ||
      marks.find(rest[digits]) == std::string_view::npos || rest[digits + 1] != ' ') {
    return std::string_view::npos;
  }
  return digits + 2;
}

// Whether `line` opens a list item: "* ", "- ", "+ ", "• ", "1. " or "1) " after its
// indentation.
bool opens_list_item(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const std::string_view rest = line.substr(first);
  return rest.starts_with("* ") || rest.starts_with("- ") || rest.starts_with("+ ") ||
         rest.starts_with("\xE2\x80\xA2 ") ||
         after_item_number(rest, ".)") != std::string_view::npos;
}

// Whether a paragraph that starts at `line` with a conjunction goes on with the sentence that
// introduced the list above it: "under the terms of either:" / "* the GNU Lesser General
// Public License…" / "or both in parallel, as here.". The paragraph right above is a list item.
bool conjunction_after_list(std::string_view text, std::string_view word, const LineRange& line) {
  static const StringSet kConjunctions{"or", "and", "but", "nor"};
  if (kConjunctions.find(word) == kConjunctions.end() || line.begin == 0) return false;
  if (!is_blank(line_text(text, previous_line(text, line)))) return false;
  LineRange above = last_written_line_above(text, line);
  // Up to the first line of the paragraph above: a list item's first line, or not.
  while (above.begin > 0 && !opens_list_item(line_text(text, above))) {
    const LineRange before = previous_line(text, above);
    if (is_blank(line_text(text, before))) break;
    above = before;
  }
  return opens_list_item(line_text(text, above));
}

bool ends_with_question(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '"' || line[end - 1] == '\'' ||
                     line[end - 1] == ')' || static_cast<unsigned char>(line[end - 1]) >= 0x80)) {
    if (line[end - 1] == '?') break;
    --end;
  }
  return end > 0 && line[end - 1] == '?';
}

// "br /&gt;", "p>": what follows is markup, not prose.
bool markup_follows(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos < text.size() &&
         (text[pos] == '/' || text[pos] == '<' || text[pos] == '>' || text[pos] == '&');
}

// Abbreviations that take a lower-case word after them and that the pack's list may not hold.
bool continuing_abbreviation(std::string_view word) {
  static const StringSet kWords{
      "approx", "vs",   "cf",   "etc",  "ie",   "eg",   "incl", "esp",  "viz", "ca",   "fig",
      "no",     "nos",  "p",    "pp",   "vol",  "ch",   "sec",  "op",   "cit", "ibid", "al",
      "jr",     "sr",   "st",   "mt",   "ft",   "dept", "est",  "min",  "max", "co",   "inc",
      "ltd",    "corp", "bros", "univ", "assn", "llc",  "ave",  "blvd", "rd",  "gov",  "gen",
      "sen",    "rep",  "mr",   "mrs",  "ms",   "dr",   "prof", "rev",  "hon", "v"};
  if (word.size() > 8) return false;
  char buffer[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  }
  return kWords.find(std::string_view(buffer, word.size())) != kWords.end();
}

// The token that ends right at `pos`, if the one before `index` does.
const Token* token_ending_at(const std::vector<Token>& tokens, std::size_t index, std::size_t pos) {
  if (index == 0) return nullptr;
  const Token& previous = tokens[index - 1];
  return previous.end() == pos ? &previous : nullptr;
}

bool full_stop_ends_sentence(const Document& document, std::size_t index, const Lead& lead,
                             std::size_t line_begin) {
  const std::string_view text = document.text();
  const std::vector<Token>& tokens = document.tokens();
  // " . . . momentum": a spaced ellipsis, or a stray stop.
  if (lead.mark > 0 && text[lead.mark - 1] == ' ') return false;
  if (lead.closer_after_mark) {
    // ".” he said" is a dialogue tag; ".) the" closes a bracket and may end a sentence.
    const std::size_t closer = lead.mark + 1;
    if (text[closer] != ')' && text[closer] != ']') return false;
  }
  bool capitals_before = false;
  if (const Token* before = token_ending_at(tokens, index, lead.mark)) {
    const std::string_view word = before->text(text);
    // An initial ("J. smith"), but not what an apostrophe leaves ("Blunkett's. the", "don't.").
    const bool after_apostrophe =
        before->offset > 0 && !word_char_before(text, before->offset) && before->offset >= 1 &&
        (text[before->offset - 1] == '\'' || text.substr(0, before->offset).ends_with("\u2019"));
    if (utf8::count_code_points(word) == 1 && before->casing != Casing::kNone && !after_apostrophe)
      return false;
    if (continuing_abbreviation(word)) return false;
    const std::size_t listed = document.abbreviations().match(text, before->offset);
    if (listed != 0 && before->offset + listed == lead.mark + 1) return false;
    capitals_before = before->casing == Casing::kUpper;
  }
  // Spans that end in this full stop: "U.K.", "e.g.", "C. S.", "3."
  if (document.protected_spans().find(lead.mark) != nullptr) return false;
  // After a word in capitals ("bought by BMG. former Beatle") ICU's rule for initials
  // ("J. Smith") would keep the sentence going; the checks above have ruled out abbreviations.
  if (capitals_before) return true;
  return icu_sentence_boundary(text, line_begin, tokens[index].offset);
}

// Whether the words before the '?' at `mark` ask a question in prose: the nearest
// interrogative before it is in lower case or opens the sentence, and a word in lower case
// follows it ("What about Britpop? blur", "so why not protect your PC? stop"). A title asks in
// Title case ("the film Shall We Dance? and", "a report by Which? magazine": no interrogative,
// or one capitalized mid-sentence), and a capital before '?' may end one. The word after the
// mark is token `index`; "or" and "and" go on with the question ("own a Powerbook? or an
// iPod?").
bool asks_a_question(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                     std::size_t mark, std::size_t line_begin) {
  static const StringSet kInterrogatives{"what", "why", "how", "who", "where", "when", "which"};
  const std::string_view next = tokens[index].text(text);
  if (next == "or" || next == "and") return false;
  // A question is a few words; the look back stops there, so that a long line of such marks
  // costs its length, not its square.
  constexpr std::size_t kMostQuestionWords = 40;
  bool lower_after = false;
  for (std::size_t i = index; i-- > 0 && index - i <= kMostQuestionWords;) {
    const Token& token = tokens[i];
    if (token.end() > mark) continue;
    if (token.offset < line_begin) return false;
    // The sentence's start: a stop before the word, or the line's.
    const Lead lead = lead_of(text, token.offset);
    const bool opens = lead.kind == Lead::Kind::kLineStart || lead.kind == Lead::Kind::kTerminal;
    const std::string_view word = token.text(text);
    if (kInterrogatives.count(to_lower(word)) != 0) {
      return (token.casing == Casing::kLower || opens) && lower_after;
    }
    if (opens) return false;
    lower_after |= token.casing == Casing::kLower;
  }
  return false;
}

bool mark_ends_sentence(const Document& document, std::size_t index, const Lead& lead,
                        std::size_t line_begin, SentenceLines& lines) {
  const std::string_view text = document.text();
  const std::vector<Token>& tokens = document.tokens();
  if (lead.mark_char == '.') return full_stop_ends_sentence(document, index, lead, line_begin);
  // '?' or '!'
  if (lead.closer_after_mark) return false;  // "“Why?” she asked", "(Yet?) and"
  if (const Token* before = token_ending_at(tokens, index, lead.mark)) {
    if (before->casing != Casing::kLower && before->casing != Casing::kNone &&
        !(lead.mark_char == '?' && asks_a_question(text, tokens, index, lead.mark, line_begin)))
      return false;  // "Yahoo! mail", "What Hi-Fi? are"
  }
  return !lines.bracket_open_at(lead.mark);
}

// A line of a numbered list: its indentation, and how the item's first word is written.
struct NumberedItem {
  std::size_t indent = 0;
  Casing first_word = Casing::kNone;  // kLower or kTitle; kNone for any other start
};
// "  2. call 'file --compile'" is an item at indent 2 whose first word is in lower case; a
// line without "digits. " after its indentation is none.
std::optional<NumberedItem> numbered_item(std::string_view line) {
  const std::size_t indent = line.find_first_not_of(" \t");
  if (indent == std::string_view::npos) return std::nullopt;
  const std::size_t text = after_item_number(line.substr(indent), ".");
  if (text == std::string_view::npos || indent + text >= line.size()) return std::nullopt;
  const std::size_t word = line.find_first_not_of(' ', indent + text);
  const char first = word == std::string_view::npos ? ' ' : line[word];  // "2.   " has none
  const Casing casing = first >= 'a' && first <= 'z'   ? Casing::kLower
                        : first >= 'A' && first <= 'Z' ? Casing::kTitle
                                                       : Casing::kNone;
  return NumberedItem{indent, casing};
}

// Whether the numbered list around `line` (an item at `indent`) goes on with the text above it
// in lower case: its first item follows a line that ends in a colon or semicolon, and its other
// items all start in lower case, at least one of them. That is the list's own style:
// "magics for profit:" / "  1. place your magics" / "  2. call 'file --compile'" /
// "  4. profit.". Its items are the lines of that indent with a number; blank lines and lines
// set in further (an item's continuation) stand between them.
bool list_goes_on_in_lower_case(std::string_view text, const LineRange& line, std::size_t indent) {
  std::size_t lower = 0;
  LineRange first_item = line;
  auto other_items = [&](LineRange at, auto step) {
    while (true) {
      const std::optional<LineRange> next = step(at);
      if (!next) return true;
      at = *next;
      const std::string_view content = line_text(text, at);
      if (is_blank(content)) continue;
      const auto item = numbered_item(content);
      if (item && item->indent == indent) {
        if (item->first_word == Casing::kTitle) return false;
        lower += item->first_word == Casing::kLower;
        if (at.begin < first_item.begin) first_item = at;
        continue;
      }
      if (content.find_first_not_of(" \t") > indent) continue;  // an item's continuation
      return true;                                              // the list has ended
    }
  };
  const auto up = [&](const LineRange& at) -> std::optional<LineRange> {
    if (at.begin == 0) return std::nullopt;
    return previous_line(text, at);
  };
  const auto down = [&](const LineRange& at) -> std::optional<LineRange> {
    const std::size_t newline = text.find('\n', at.end);  // after a '\r', if any
    if (newline == std::string_view::npos || newline + 1 >= text.size()) return std::nullopt;
    return line_around(text, newline + 1);
  };
  if (!other_items(line, up) || !other_items(line, down) || lower == 0 || first_item.begin == 0) {
    return false;
  }
  const std::string_view above = line_text(text, last_written_line_above(text, first_item));
  return !is_blank(above) && !ends_like_prose(above);
}

// Whether the word at `index` opens the item of a numbered list ("2. mojibake is repaired") that
// goes on with the text above it: a list after a colon, or whose items end in semicolons, and
// the later items of such a list written in lower case. An item starts a sentence only where
// the last line above it ended one (or is a heading).
bool numbered_item_goes_on(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t index, const Lead& lead, const LineRange& line) {
  if (lead.mark_char != '.') return false;
  const Token* marker = token_ending_at(tokens, index, lead.mark);
  if (marker == nullptr || marker->casing != Casing::kNone || !list_marker(text, *marker)) {
    return false;
  }
  if (text.substr(line.begin, marker->offset - line.begin).find_first_not_of(" \t") !=
      std::string_view::npos) {
    return false;  // not at the line's start: "in 2. the" is a sentence's end
  }
  if (line.begin == 0) return false;
  const std::string_view previous = line_text(text, last_written_line_above(text, line));
  // A line that ends in a colon or a semicolon ends no sentence either.
  if (!is_blank(previous) && !ends_like_prose(previous)) return true;
  const auto item = numbered_item(line_text(text, line));
  return item && list_goes_on_in_lower_case(text, line, item->indent);
}

// Whether the word at `index` opens a quotation that a verb of speech and a colon introduce:
// `Panke said: "we will`, `Nortel added: “these members`. A quotation introduced so is a
// sentence in news style; after another word a colon may quote a fragment (`defines a blog as:
// "a Web site`, `two types of chancellor: "those who fail`).
bool opens_quotation_after_speech(std::string_view text, const std::vector<Token>& tokens,
                                  std::size_t index) {
  std::size_t pos = tokens[index].offset;
  if (text.substr(0, pos).ends_with("\"")) {
    pos -= 1;
  } else if (text.substr(0, pos).ends_with("\u201C")) {
    pos -= 3;
  } else {
    return false;
  }
  if (!text.substr(0, pos).ends_with(": ")) return false;
  const Token* verb = token_ending_at(tokens, index, pos - 2);
  if (verb == nullptr) return false;
  if (verb->casing == Casing::kLower && is_speech_verb(verb->text(text))) return true;
  // "told" and whom, a few words without a mark between: `He told BBC Sport: "we made`. (Not
  // other verbs: `said there are two types of chancellor: "those who fail` quotes a fragment.)
  constexpr std::size_t kMostWordsTold = 5;
  for (std::size_t i = index - 1, words = 0; i-- > 0 && words < kMostWordsTold; ++words) {
    const std::string_view gap =
        text.substr(tokens[i].end(), tokens[i + 1].offset - tokens[i].end());
    if (gap != " " && gap != "'") return false;
    if (tokens[i].text(text) == "told") return true;
  }
  return false;
}

}  // namespace

const LineRange& SentenceLines::line(std::size_t pos) {
  if (known_ && pos >= line_.begin && pos <= line_.end) return line_;
  line_ = line_around(text_, pos);
  known_ = true;
  structural_ = structural_line(line_text(text_, line_));
  counted_to_ = line_.begin;
  depth_ = 0;
  return line_;
}

bool SentenceLines::bracket_open_at(std::size_t pos) {
  if (pos < counted_to_) {  // asked out of order: count again from the line's start
    counted_to_ = line_.begin;
    depth_ = 0;
  }
  for (; counted_to_ < pos; ++counted_to_) {
    if (text_[counted_to_] == '(') {
      ++depth_;
    } else if (text_[counted_to_] == ')' && depth_ > 0) {
      --depth_;
    }
  }
  return depth_ > 0;
}

SentenceStart lowercase_sentence_start(const Document& document, std::size_t index,
                                       SentenceLines& lines) {
  const std::string_view text = document.text();
  const std::vector<Token>& tokens = document.tokens();
  const Token& token = tokens[index];
  if (token.casing != Casing::kLower) return SentenceStart::kNone;
  // What stands before the word first: it rules out most words that come here ("(the", "\" he").
  const Lead lead = lead_of(text, token.offset);
  const bool quotation = lead.kind == Lead::Kind::kOther && lead.opener &&
                         opens_quotation_after_speech(text, tokens, index);
  if (lead.kind != Lead::Kind::kLineStart && lead.kind != Lead::Kind::kTerminal && !quotation)
    return SentenceStart::kNone;
  const auto first = utf8::decode(text, token.offset);
  if (!first.valid || !is_lower(first.value)) return SentenceStart::kNone;  // "3g", "½"
  const std::string_view word = token.text(text);
  if (is_name_particle(word) || looks_like_identifier(text, token)) return SentenceStart::kNone;
  if (!ends_as_a_word(text, token.end())) return SentenceStart::kNone;  // "â€œWe": mojibake
  // One letter: only "a" and "i" are words ("'s route" is what is left of a name).
  if (token.length == 1 && word != "a" && word != "i") return SentenceStart::kNone;
  if (markup_follows(text, token.end())) return SentenceStart::kNone;  // "br /&gt;"

  const LineRange line = lines.line(token.offset);
  const std::string_view line_view = line_text(text, line);
  if (lines.structural()) return SentenceStart::kNone;
  if (quotation) return SentenceStart::kQuotation;

  if (lead.kind == Lead::Kind::kLineStart) {
    if (list_marker(text, token)) return SentenceStart::kNone;
    // A headline may open with a word that continues a sentence elsewhere ("Disputed Nirvana
    // box set on sale"): the title is asked first.
    if (line.begin == 0 && !ends_like_prose(line_view)) {
      // The document's first line, a title: headline or sentence case, it starts with a capital.
      // A title stands apart: a blank line, then the body.
      const std::string_view rest = text.substr(line.end);
      const bool apart = rest.starts_with("\n\n") || rest.starts_with("\r\n\r\n");
      const bool body_follows = apart && !is_blank(rest);
      return body_follows && reads_as_title(line_view) ? SentenceStart::kParagraph
                                                       : SentenceStart::kNone;
    }
    if (continues_a_sentence(word) && !ends_with_question(line_view)) return SentenceStart::kNone;
    if (conjunction_after_list(text, word, line)) return SentenceStart::kNone;
    if (!ends_a_sentence_or_colon(line_view) || !follows_a_sentence_end(text, line))
      return SentenceStart::kNone;
    // Hard-wrapped text: the stop at the end of the line above must end a sentence as one
    // within a line would ("works fine with e.g.\nmake", "(each, map, filter...)\nwithout").
    const Lead above = lead_across_line_break(text, line.begin);
    if (above.kind == Lead::Kind::kEllipsis) return SentenceStart::kNone;
    if (above.kind == Lead::Kind::kTerminal && above.mark_char == '.' &&
        !full_stop_ends_sentence(document, index, above, previous_line(text, line).begin)) {
      return SentenceStart::kNone;
    }
    return SentenceStart::kParagraph;
  }
  if (numbered_item_goes_on(text, tokens, index, lead, line)) return SentenceStart::kNone;
  return mark_ends_sentence(document, index, lead, line.begin, lines) ? SentenceStart::kAfterStop
                                                                      : SentenceStart::kNone;
}

}  // namespace copydesk
