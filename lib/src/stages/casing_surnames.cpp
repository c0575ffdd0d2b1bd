#include "casing_surnames.hpp"

#include <algorithm>
#include <cctype>

#include "casing.hpp"
#include "casing_context.hpp"
#include "casing_document_names.hpp"
#include "language_evidence.hpp"
#include "sentence_position.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kMinimumLetters = 3;
// From this length, a word one edit from an everyday word is taken for a typo ("sayd"); of
// three letters, too many surnames are ("Vaz", "Lim").
constexpr std::size_t kTypoCheckLetters = 4;

bool is_ascii_title(std::string_view word) {
  return word.size() >= 2 && word.front() >= 'A' && word.front() <= 'Z' &&
         is_ascii_lower_word(word.substr(1));
}

// Whether an apostrophe at byte `at` starts anything but a possessive: "n't", "'ll", "'ve".
bool apostrophe_then_not_s(std::string_view text, std::size_t at) {
  std::size_t after = 0;
  if (text.substr(at, 1) == "'") after = at + 1;
  if (text.substr(at, 3) == "\u2019") after = at + 3;
  if (after == 0) return false;
  const bool s = after < text.size() && (text[after] == 's' || text[after] == 'S');
  const bool s_alone =
      s && (after + 1 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[after + 1])));
  return after < text.size() && std::isalpha(static_cast<unsigned char>(text[after])) && !s_alone;
}

// Whether the list has `word` with a prefix taken off: "outsprinted", "delisted".
bool prefixed_common_word(std::string_view word, const CommonWords& words) {
  constexpr std::size_t kRest = 4;
  for (const std::string_view prefix : {"out", "de", "re", "un", "non", "over", "under", "mis",
                                        "inter", "super", "anti", "pre", "co", "sub"}) {
    if (word.size() >= prefix.size() + kRest && word.starts_with(prefix) &&
        words.is_common(word.substr(prefix.size()))) {
      return true;
    }
  }
  return false;
}

// Whether one deletion, transposition, substitution or insertion of a letter makes `word` a
// word the list has as written: "spokeman" is no surname but a typo of "spokesman". Probes
// hashes only.
bool one_edit_from_common_word(std::string_view word, const CommonWords& words) {
  std::string edit;
  auto listed = [&] { return words.probably_common(word_hash(edit)); };
  for (std::size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size()) {
      edit.assign(word).erase(i, 1);
      if (listed()) return true;
      if (i + 1 < word.size()) {
        edit.assign(word);
        std::swap(edit[i], edit[i + 1]);
        if (listed()) return true;
      }
    }
    for (char c = 'a'; c <= 'z'; ++c) {
      if (i < word.size() && c != word[i]) {
        edit.assign(word);
        edit[i] = c;
        if (listed()) return true;
      }
      edit.assign(word).insert(i, 1, c);
      if (listed()) return true;
    }
  }
  return false;
}

}  // namespace

bool is_listed_word(std::string_view word, const CommonWords& words) {
  return words.is_common(word) || words.is_name(word) || is_function_word(word) ||
         is_name_particle(word) || count_function_words(word).other != 0 ||
         prefixed_common_word(word, words);
}

bool is_unknown_word(std::string_view word, const CommonWords& words, const CommonWords& everyday) {
  if (is_listed_word(word, words)) return false;
  // A typo of an everyday word, not of any word: "winslet" is one edit from "winglet".
  return word.size() < kTypoCheckLetters || !one_edit_from_common_word(word, everyday);
}

std::optional<std::string> surname_after_first_name(
    std::string_view text, const std::vector<Token>& tokens, std::size_t index, std::uint64_t hash,
    const CommonWords& words, const CommonWords& everyday, const ProperNounLexicon* lexicon,
    const CensusNames* census, ParagraphLanguage& paragraphs) {
  if (index == 0 || everyday.empty()) return std::nullopt;
  const Token& token = tokens[index];
  const Token& before = tokens[index - 1];
  // A census surname after a census first name is a name, though the lists know the word:
  // "Tim collins", "Julian white".
  // The first name opens the name, after no determiner ("Scott Murray cross" is no Murray Cross,
  // "into the Clyde wall" no Clyde Wall), and no object or "to" follows the word ("Jason
  // battle Freddy", "Jim rose to the top": verbs). An auxiliary is no surname there either:
  // "Scott may be out", "Porsche may join".
  auto opens_a_name = [&] {
    if (index < 2 || !one_space_between(text, tokens, index - 2)) return true;
    const Token& ahead = tokens[index - 2];
    // A function word that opens the sentence is no part of a name: "Since Mike smith's".
    if (ahead.casing == Casing::kTitle && !mid_sentence(text, tokens, index - 2)) {
      const std::string lower = to_lower(ahead.text(text));
      return is_function_word(lower) && !introduces_common_noun(lower);
    }
    return ahead.casing == Casing::kLower && !introduces_common_noun(ahead.text(text));
  };
  auto verb_after = [&] {
    if (index + 1 >= tokens.size() || !one_space_between(text, tokens, index)) return false;
    const Token& next = tokens[index + 1];
    return next.casing == Casing::kTitle || next.text(text) == "to";
  };
  const bool census_first_name = census != nullptr && census->first_name(before.hash);
  const bool census_pair = census_first_name && census->surname(hash) && opens_a_name() &&
                           !verb_after() && !before_a_verb(token.text(text));
  // Most words after a name are words ("Blair said"): one probe each rules them out.
  if (!census_pair && (words.probably_common(hash) || words.probably_name(hash)))
    return std::nullopt;
  const std::string_view word = token.text(text);
  const std::string_view first = before.text(text);
  // "Kate winslet": one space between, a first name of one capital and lower-case letters.
  if (word.size() < kMinimumLetters || !is_ascii_lower_word(word) || !is_ascii_title(first) ||
      !one_space_between(text, tokens, index - 1)) {
    return std::nullopt;
  }
  // The word goes on as a word ("winslet's" is fine, "winslet-style" or "winslet.com" not), and
  // is not the first part of a contraction ("wasn't", "didn’t").
  if (token.end() < text.size() && (text[token.end()] == '-' || looks_like_identifier(text, token)))
    return std::nullopt;
  if (apostrophe_then_not_s(text, token.end())) return std::nullopt;
  // A name has a vowel: "Debian dpkg files", "Linux mkfs" are a program's name after a name.
  if (word.find_first_of("aeiouy") == std::string_view::npos) return std::nullopt;
  // A word the text writes in lower case elsewhere too is its own spelling, not a surname that
  // lost its capital: "Debian adduser version 3+. adduser gives you more".
  if (count_word_near(text, word, token.offset) > 1) return std::nullopt;
  const std::string first_lower = to_lower(first);
  // A census first name that is also a word counts in the middle of a sentence: "said Ken
  // kutaragi", "seed Patty schnyder" (not "Frank discussions" at a sentence start).
  const bool census_first = census_first_name && mid_sentence(text, tokens, index - 1);
  if (!(is_uncommon_name(first_lower, words, everyday) || census_first) || is_title_word(first) ||
      is_function_word(first_lower) ||
      (lexicon != nullptr && lexicon->candidates(first_lower) != nullptr)) {
    return std::nullopt;
  }
  // After a census first name, a word of five letters or more that no list knows is a surname
  // even one edit from an everyday word: "Jerome thion", "William servat".
  constexpr std::size_t kTypoCheckAfterCensusName = 5;
  if (!census_pair) {
    const bool unknown = census_first_name && word.size() >= kTypoCheckAfterCensusName
                             ? !is_listed_word(word, words)
                             : is_unknown_word(word, words, everyday);
    if (!unknown) return std::nullopt;
  }
  if (paragraphs.other_language_at(token.offset)) return std::nullopt;
  return capitalize_first(word);
}

}  // namespace copydesk
