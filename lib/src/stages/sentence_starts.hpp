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

// Whether lower-case token `index` of `document` starts a sentence, and which kind.
// Example: in "This house is old. it was built in 1950." the token "it" is kAfterStop.
SentenceStart lowercase_sentence_start(const Document& document, std::size_t index);

}  // namespace copydesk
