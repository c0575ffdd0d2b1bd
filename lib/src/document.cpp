#include "document.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace copydesk {

std::vector<std::size_t> find_line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts.push_back(i + 1);
  }
  return starts;
}

TextPosition position_of(std::string_view text, const std::vector<std::size_t>& line_starts,
                         std::size_t offset) {
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts.begin());
  const std::size_t start = line_starts[line - 1];
  return {line, utf8::count_code_points(text.substr(start, offset - start)) + 1};
}

TextPositions::TextPositions(std::string_view text)
    : text_(text), line_starts_(find_line_starts(text)) {}

TextPosition TextPositions::at(std::size_t offset) {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  // Where to count from: the last answer's boundary on the same line, the line's start for a
  // short stretch, or else the last mark before the offset (the marks pay off from a few
  // strides on).
  std::size_t boundary = start, count = 0;
  if (line == last_line_ && offset >= last_boundary_ && last_boundary_ >= start) {
    boundary = last_boundary_;
    count = last_count_;
  } else if (offset - start >= 4 * kStride) {
    std::vector<std::size_t>& marks = marks_[line];
    if (marks.empty()) {
      const std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
      std::size_t n = 0;
      for (std::size_t i = start; i < end; i += utf8::decode(text_, i).length) {
        if (n % kStride == 0) marks.push_back(i);
        ++n;
      }
      if (marks.empty()) marks.push_back(start);
    }
    const auto mark = std::upper_bound(marks.begin(), marks.end(), offset) - 1;
    boundary = *mark;
    count = static_cast<std::size_t>(mark - marks.begin()) * kStride;
  }
  // Whole code points up to the offset; a sequence the offset cuts is counted as
  // count_code_points counts it (position_of's way), and not remembered.
  while (boundary < offset) {
    const std::size_t length = utf8::decode(text_, boundary).length;
    if (boundary + length > offset) break;
    boundary += length;
    ++count;
  }
  last_line_ = line;
  last_boundary_ = boundary;
  last_count_ = count;
  return {line, count + utf8::count_code_points(text_.substr(boundary, offset - boundary)) + 1};
}

const std::vector<std::size_t>& Document::line_starts() const {
  if (!line_starts_) line_starts_ = find_line_starts(text_);
  return *line_starts_;
}

const std::vector<Token>& Document::tokens() const {
  if (!tokens_) tokens_ = tokenize(text_);
  return *tokens_;
}

const ProtectedSpans& Document::protected_spans() const {
  if (!protected_spans_) protected_spans_ = find_protected_spans(text_, abbreviations_);
  return *protected_spans_;
}

}  // namespace copydesk
