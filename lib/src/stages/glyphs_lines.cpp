#include "glyphs_lines.hpp"

#include <cstring>

#include "utf8.hpp"

namespace copydesk::glyphs {

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const void* found = std::memchr(text.data() + begin, '\n', text.size() - begin);
    const std::size_t newline =
        found == nullptr ? text.size()
                         : static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    std::size_t end = newline;
    if (end > begin && text[end - 1] == '\r') --end;
    const std::size_t next = newline < text.size() ? newline + 1 : text.size();
    lines.push_back({begin, end, next, text.substr(begin, end - begin)});
    begin = next;
  }
  return lines;
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last + 1 - first);
}

char32_t code_point_at(std::string_view text, std::size_t i, std::size_t* length) {
  const utf8::CodePoint cp = utf8::decode(text, i);
  *length = cp.length;
  return cp.valid ? cp.value : 0xFFFD;
}

char32_t code_point_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const utf8::CodePoint cp = utf8::decode_before(text, pos);
  return cp.valid ? cp.value : 0xFFFD;
}

char32_t code_point_after(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const utf8::CodePoint cp = utf8::decode(text, pos);
  return cp.valid ? cp.value : 0xFFFD;
}

}  // namespace copydesk::glyphs
