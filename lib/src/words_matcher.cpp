#include "words_matcher.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>

#include "casing.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

std::size_t first_word_length(std::string_view text) {
  std::size_t end = 0;
  while (word_char_after(text, end)) end += utf8::decode(text, end).length;
  return end;
}

bool is_identifier_joint(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] == '_';
}

}  // namespace

std::string WordsMatcher::check_key(std::string_view phrase) {
  if (phrase.empty()) return "empty word";
  if (!word_char_after(phrase, 0)) return "a word must start with a letter or digit";
  if (!word_char_before(phrase, phrase.size())) return "a word must end with a letter or digit";
  if (phrase.find_first_of("\n\t") != std::string_view::npos) return "a word cannot hold a tab or line break";
  return "";
}

void WordsMatcher::add_rule(const RuleDefinition& rule) {
  rule_ids_.push_back(std::make_unique<std::string>(rule.id));
  const std::string* id = rule_ids_.back().get();
  for (const WordPair& pair : rule.words) {
    const std::string folded = fold_case(pair.from);
    const std::size_t first = first_word_length(folded);
    auto& bucket = by_first_word_[folded.substr(0, first)];
    std::string tail = folded.substr(first);
    auto same = std::find_if(bucket.begin(), bucket.end(),
                             [&](const Candidate& c) { return c.tail == tail; });
    if (same != bucket.end()) {
      same->replacement = pair.to;
      same->rule = id;
      continue;
    }
    bucket.push_back({std::move(tail), pair.to, id});
    std::stable_sort(bucket.begin(), bucket.end(), [](const Candidate& a, const Candidate& b) {
      return a.tail.size() > b.tail.size();
    });
    ++entries_;
  }
}

std::size_t WordsMatcher::match_tail(std::string_view text, std::size_t pos,
                                     std::string_view tail) {
  std::size_t i = pos;
  for (std::size_t t = 0; t < tail.size();) {
    if (i >= text.size()) return std::string_view::npos;
    const auto want = utf8::decode(tail, t);
    const auto have = utf8::decode(text, i);
    t += want.length;
    i += have.length;
    if (want.value == ' ') {
      if (have.value != ' ' && have.value != '\t' && have.value != '\n') return std::string_view::npos;
      continue;
    }
    if (!have.valid) return std::string_view::npos;
    const char32_t folded = have.value < 0x80
                                ? (have.value >= 'A' && have.value <= 'Z' ? have.value | 0x20 : have.value)
                                : static_cast<char32_t>(u_foldCase(static_cast<UChar32>(have.value),
                                                                   U_FOLD_CASE_DEFAULT));
    if (folded != want.value) return std::string_view::npos;
  }
  return i - pos;
}

void WordsMatcher::propose(const Document& document, EditSink& sink) const {
  if (by_first_word_.empty()) return;
  const std::string_view text = document.text();
  std::string key;
  std::size_t skip_until = 0;
  for (const Token& token : document.tokens()) {
    if (token.offset < skip_until || token.casing == Casing::kNone) continue;
    const std::string_view word = token.text(text);
    key.clear();
    bool ascii = true;
    for (char c : word) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        ascii = false;
        break;
      }
      key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
    if (!ascii) key = fold_case(word);
    const auto found = by_first_word_.find(key);
    if (found == by_first_word_.end()) continue;
    if ((token.offset > 0 && is_identifier_joint(text, token.offset - 1))) continue;
    for (const Candidate& candidate : found->second) {
      const std::size_t tail = match_tail(text, token.end(), candidate.tail);
      if (tail == std::string_view::npos) continue;
      const std::size_t end = token.end() + tail;
      if (word_char_after(text, end) || is_identifier_joint(text, end)) continue;
      const std::string_view matched = text.substr(token.offset, end - token.offset);
      std::string replacement;
      Edit edit{token.offset, end - token.offset, "", *candidate.rule};
      if (match_casing(matched, candidate.replacement, replacement)) {
        if (replacement != matched) {
          edit.replacement = std::move(replacement);
          sink.propose(std::move(edit));
        }
      } else {
        edit.replacement = candidate.replacement;
        sink.suggest(std::move(edit));
      }
      skip_until = end;
      break;
    }
  }
}

}  // namespace copydesk
