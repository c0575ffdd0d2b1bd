// The text one stage pass works on, with what its rules share: line starts, word tokens and
// protected spans. Each is computed on first use and kept for the pass; a Document is built
// per pass and per thread, never shared.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "abbreviations.hpp"
#include "protected_spans.hpp"
#include "tokens.hpp"

namespace copydesk {

struct TextPosition {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points
};

// Line starts of `text`: the offset after each '\n', with 0 first.
std::vector<std::size_t> find_line_starts(std::string_view text);
TextPosition position_of(std::string_view text, const std::vector<std::size_t>& line_starts,
                         std::size_t offset);

// The positions of many offsets of one text, as position_of gives them, at a cost that does not
// grow with the length of a line: a long line is indexed once, every kStride code points, so
// that thousands of changes on one line of a megabyte do not each count from the line's start.
class TextPositions {
 public:
  explicit TextPositions(std::string_view text);
  TextPosition at(std::size_t offset);

 private:
  static constexpr std::size_t kStride = 1024;  // code points between two marks of a line
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // For each long line asked about, by its index: the byte offset of every kStride-th code point.
  std::unordered_map<std::size_t, std::vector<std::size_t>> marks_;
  // The last answer's line, and the last code point boundary at or before its offset with the
  // code points before it on the line: offsets asked in order (an edit list's) are counted
  // from there, so that a line's many edits cost its length once.
  std::size_t last_line_ = 0;
  std::size_t last_boundary_ = 0;
  std::size_t last_count_ = 0;
};

class Document {
 public:
  Document(std::string_view text, const AbbreviationList& abbreviations)
      : text_(text), abbreviations_(abbreviations) {}

  std::string_view text() const { return text_; }
  const std::vector<std::size_t>& line_starts() const;
  const std::vector<Token>& tokens() const;
  const ProtectedSpans& protected_spans() const;
  const AbbreviationList& abbreviations() const { return abbreviations_; }
  TextPosition position(std::size_t offset) const {
    return position_of(text_, line_starts(), offset);
  }

 private:
  std::string_view text_;
  const AbbreviationList& abbreviations_;
  mutable std::optional<std::vector<std::size_t>> line_starts_;
  mutable std::optional<std::vector<Token>> tokens_;
  mutable std::optional<ProtectedSpans> protected_spans_;
};

}  // namespace copydesk
