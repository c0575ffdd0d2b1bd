#include "sentence_start.hpp"

#include "utf8.hpp"

namespace copydesk {

bool at_sentence_start(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const auto cp = utf8::decode_before(text, pos);
    const char32_t c = cp.value;
    if (c == '\n' || c == '.' || c == '!' || c == '?') return true;
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[' || c == ')' ||
        c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019' || c == '\r') {
      pos -= cp.length;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace copydesk
