#include "sentence_position.hpp"

#include "sentence_start.hpp"

namespace copydesk::corrupt {

bool at_sentence_start(std::string_view text, std::size_t pos) {
  return copydesk::at_sentence_start(text, pos);
}

bool at_clear_sentence_start(std::string_view text, std::size_t pos) {
  if (pos == 0 || text[pos - 1] == '\n') return true;
  if (pos < 3 || text[pos - 1] != ' ') return false;
  const char mark = text[pos - 2];
  return (mark == '.' || mark == '!' || mark == '?') && text[pos - 3] != ' ';
}

}  // namespace copydesk::corrupt
