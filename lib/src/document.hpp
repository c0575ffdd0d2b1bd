// The text one stage pass works on, with what its rules share: line starts, word tokens and
// protected spans. Each is computed on first use and kept for the pass; a Document is built
// per pass and per thread, never shared.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
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
