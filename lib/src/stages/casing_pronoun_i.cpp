#include "casing_pronoun_i.hpp"

#include "casing.hpp"
#include "casing_context.hpp"
#include "sentence_position.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// "i’m", "i'd", "i’ll", "i've", "i’d've"
bool contraction_at(std::string_view text, std::size_t pos) {
  std::size_t after = pos;
  if (text.substr(pos, 1) == "'") {
    after = pos + 1;
  } else if (text.substr(pos, 3) == "\u2019") {
    after = pos + 3;
  } else {
    return false;
  }
  for (const std::string_view ending : {"m", "d", "ll", "ve"}) {
    if (text.substr(after, ending.size()) == ending &&
        !word_char_after(text, after + ending.size())) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_lowercase_pronoun_i(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t index) {
  const Token& token = tokens[index];
  if (token.length != 1 || text[token.offset] != 'i') return false;
  const std::size_t begin = token.offset, end = token.end();
  // Before: the start of a line, a space, or an opening quote or bracket after a space.
  if (begin > 0) {
    const auto before = utf8::decode_before(text, begin);
    const bool opening =
        is_opening_mark(before.value) && before.value != '(' && before.value != '[';
    if (!is_space(text[begin - 1]) && text[begin - 1] != '\n' && !opening) return false;
  }
  // After: a contraction, or spaces and a letter (a following word).
  if (contraction_at(text, end)) return true;
  if (end >= text.size() || !is_space(text[end])) return false;
  std::size_t next = end;
  while (next < text.size() && is_space(text[next])) ++next;
  if (index + 1 >= tokens.size() || tokens[index + 1].offset != next) return false;
  const auto first = static_cast<unsigned char>(text[next]);
  if (first < 0x80 && !((first | 0x20) >= 'a' && (first | 0x20) <= 'z')) return false;
  // Not the letter itself: "the i", "an i", "letter i".
  if (index > 0) {
    const std::string_view previous = tokens[index - 1].text(text);
    if (introduces_common_noun(previous) || equals_ignoring_ascii_case(previous, "letter") ||
        equals_ignoring_ascii_case(previous, "variable")) {
      return false;
    }
  }
  return true;
}

}  // namespace copydesk
