#include "casing_titles.hpp"

#include "casing.hpp"
#include "casing_context.hpp"
#include "utf8.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kMaxNameWords = 3;

bool could_be_name(std::string_view text, const Token& token, const CommonWords& common) {
  if (token.casing != Casing::kLower || utf8::count_code_points(token.text(text)) < 2) return false;
  const std::string_view word = token.text(text);
  const auto first = static_cast<unsigned char>(word.front());
  if (first < 0x80 && !(first >= 'a' && first <= 'z')) return false;  // "2nd"
  if (is_function_word(word) || is_name_particle(word) || looks_like_identifier(text, token))
    return false;
  // A contraction is no name: "Minister didn't".
  const std::string_view after = text.substr(token.end(), 4);
  if (after.starts_with("'t") || after.starts_with("\u2019t")) return false;
  return !common.is_common(fold_case(word));
}

}  // namespace

std::vector<std::size_t> names_after_title(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, const CommonWords& common) {
  std::vector<std::size_t> names;
  if (common.empty() || index + 1 >= tokens.size()) return names;
  const Token& title = tokens[index];
  if (title.casing != Casing::kTitle || !is_title_hash(title.hash)) return names;
  const Token& first = tokens[index + 1];
  const std::string_view gap = text.substr(title.end(), first.offset - title.end());
  if (gap != " " && gap != ". ") return names;
  for (std::size_t i = index + 1; i < tokens.size() && names.size() < kMaxNameWords; ++i) {
    if (i > index + 1 &&
        text.substr(tokens[i - 1].end(), tokens[i].offset - tokens[i - 1].end()) != " ")
      break;
    if (tokens[i].casing == Casing::kTitle && i > index + 1) continue;  // "ingrid Lindqvist"
    if (!could_be_name(text, tokens[i], common)) break;
    names.push_back(i);
  }
  return names;
}

}  // namespace copydesk
