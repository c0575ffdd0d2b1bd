// Sentence starts written in lower case, and the cases that only look like one.
//
// A word starts a sentence when it opens a prose paragraph or line ("the vote passed
// narrowly.") or follows a full stop, question or exclamation mark and a space ("…the deal.
// the E.U. negotiators", "a fair question. how will they pay", "”. officials said"). It does
// not when:
//   - the mark ends an abbreviation or initials ("the U.K. has said", "e.g. the", "Nov. next
//     year", "J. smith"): a known abbreviation, a protected span, a single letter, or ICU's own
//     abbreviation list. This includes "signed in the U.K. both sides agreed", where the
//     abbreviation may also end the sentence: copydesk leaves it (see docs/casing.md);
//   - an ellipsis continues the sentence ("It is a start..." she told);
//   - "?" or "!" stand inside quotes or after a capitalized word: a dialogue tag ("“Why?” she
//     asked") or a title ("Are We There Yet? and", "Yahoo! mailbox"); a full stop inside
//     closing quotes likewise ("happened." he said);
//   - the line is not prose: a headline or title (no closing punctuation), a Markdown heading,
//     a table row, a list marker ("a) This", "iv. This"), indented code; or the paragraph
//     continues one that did not end a sentence;
//   - the word is lower case by nature or part of an address ("eBay", "www.example.org").
#pragma once

#include <cstddef>
#include <vector>

#include "document.hpp"
#include "sentence_position.hpp"

namespace copydesk {

enum class SentenceStart {
  kNone,
  kParagraph,  // first word of a prose paragraph or line
  kAfterStop,  // after ". ", "! ", "? "
  kQuotation,  // a quotation after a verb of speech and a colon: said: "we will
};

// What the checks read of a whole line (its bounds, whether it is prose at all, the brackets
// open before a mark), kept from one candidate to the next on the same line: a text on one
// long line has thousands of candidates, and reading the line for each would cost the line's
// length every time. One per pass over a document, asked in text order.
class SentenceLines {
 public:
  explicit SentenceLines(std::string_view text) : text_(text) {}
  // The line around `pos`.
  const LineRange& line(std::size_t pos);
  // Whether the line of the last line() call is not running prose: a heading, a table row, a
  // quote block, indented code.
  bool structural() const { return structural_; }
  // Whether a bracket opened on the line of the last line() call is still open at `pos`.
  bool bracket_open_at(std::size_t pos);

 private:
  std::string_view text_;
  LineRange line_;
  bool known_ = false;
  bool structural_ = false;
  std::size_t counted_to_ = 0;  // brackets counted from the line's start up to here
  int depth_ = 0;
};

// Whether lower-case token `index` of `document` starts a sentence, and which kind. `lines`
// is the pass's, over the same document.
// Example: in "This house is old. it was built in 1950." the token "it" is kAfterStop.
SentenceStart lowercase_sentence_start(const Document& document, std::size_t index,
                                       SentenceLines& lines);

}  // namespace copydesk
