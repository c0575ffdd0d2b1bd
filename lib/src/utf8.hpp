// Small UTF-8 helpers for scanning bytes without allocating. Invalid sequences decode as one
// byte with `valid == false`, so that a scanner can step over them and keep every byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace copydesk::utf8 {

struct CodePoint {
  char32_t value = 0;
  unsigned length = 1;  // bytes, 1..4
  bool valid = false;
};

// Decodes the code point starting at `text[pos]` (pos < text.size()).
CodePoint decode(std::string_view text, std::size_t pos);

// The code point that ends just before `pos` (pos > 0); invalid bytes decode as one byte.
CodePoint decode_before(std::string_view text, std::size_t pos);

void append(std::string& out, char32_t cp);

inline bool is_ascii(unsigned char c) {
  return c < 0x80;
}

// Length in code points of a byte range, for columns that people count in characters.
std::size_t count_code_points(std::string_view text);

}  // namespace copydesk::utf8
