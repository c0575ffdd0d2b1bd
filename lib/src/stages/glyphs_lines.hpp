// Line helpers for the glyphs stage: the stage decides line by line (a table row, a bullet),
// and needs lines as views with their offsets, without the line ending.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk::glyphs {

struct Line {
  std::size_t begin = 0;  // offset of the first byte
  std::size_t end = 0;   // offset of the line ending ('\n', or "\r\n"'s '\r'), or of the text's end
  std::size_t next = 0;  // offset of the next line (after the line ending)
  std::string_view text;  // [begin, end)
};

// The lines of `text`. Example: "a\r\nb" -> {0, 1, 3, "a"}, {3, 4, 4, "b"}.
std::vector<Line> split_lines(std::string_view text);

// `text` without leading and trailing spaces and tabs.
std::string_view trim(std::string_view text);

// The code point starting at text[i] (text must be valid there), and its length in bytes.
char32_t code_point_at(std::string_view text, std::size_t i, std::size_t* length);

// The code point that ends just before byte `pos`, or starts at it: 0 past the text's edge,
// U+FFFD for a byte that is not valid UTF-8.
char32_t code_point_before(std::string_view text, std::size_t pos);
char32_t code_point_after(std::string_view text, std::size_t pos);

}  // namespace copydesk::glyphs
