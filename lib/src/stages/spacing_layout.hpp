// Layout that spaces carry on purpose, so the spacing rules leave them alone: Markdown table
// rows, lines of code, columns aligned with spaces across lines, and two spaces
// after a sentence when that is the document's own convention. Each fact is worked out only
// when a rule asks, and kept for the rest of the pass (a line's facts until the next line).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace copydesk::spacing {

// How many spaces a document puts between sentences.
enum class SentenceGap {
  kAuto,  // two where the document consistently uses two (at least 2 gaps, and most of the
          // first 64), else one
  kOne,
  kTwo,
};

class Layout {
 public:
  Layout(std::string_view text, SentenceGap gap) : text_(text), gap_(gap) {}

  // The spaces that belong between two sentences of this document: " " or "  ".
  // Example: in "One.  Two.  Three." (auto) it is "  ".
  std::string_view sentence_gap();
  // Whether the spaces [begin, end) stand between two sentences: after . ! or ? (and any
  // closing brackets or quotes), before a capital or an opening quote. "said.  The": yes;
  // "U.K.  and": no; "wait...  The": no (an ellipsis).
  bool is_sentence_gap(std::size_t begin, std::size_t end) const;

  // `line` is the offset of a line's first byte.
  // "| a | b |" or "a | b | c": cell padding is layout.
  bool is_table_row(std::size_t line);
  // A line of code rather than prose: indented by a tab or four spaces after a blank line (or
  // after another such line), as Markdown's indented code blocks are; or holding what prose
  // does not: braces, "==", "!=", "<<", "::", "&&", "||", or a ';' at its end.
  // Example: "  if (result.text != text) {" is code.
  bool is_code(std::size_t line);
  // Whether the word at `pos` on `line` starts at the same column (in code points) as a word
  // on the line above or below that also follows two or more spaces: a column of a table
  // drawn with spaces.
  bool is_aligned(std::size_t line, std::size_t pos) const;
  // Whether some word of `line` is aligned so (is_aligned). No rule changes such a line: any
  // change would move its columns. Example: "Name    Age" above "Bob     42".
  bool has_aligned_columns(std::size_t line);

  std::size_t line_end(std::size_t pos) const;

 private:
  struct LineFacts {
    std::size_t line = 0;
    bool table = false;
    bool code = false;
    bool aligned = false;
  };
  const LineFacts& facts(std::size_t line);
  std::size_t previous_line(std::size_t line) const;  // line > 0
  bool is_blank_line(std::size_t line) const;
  std::size_t indentation(std::size_t line) const;  // columns; a tab counts as four
  // The byte at `column` code points into `line`, or npos when the line is shorter.
  std::size_t at_column(std::size_t line, std::size_t column) const;

  std::string_view text_;
  SentenceGap gap_;
  std::optional<std::string_view> sentence_gap_;
  std::optional<LineFacts> facts_;
};

}  // namespace copydesk::spacing
