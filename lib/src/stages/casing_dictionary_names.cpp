#include "casing_dictionary_names.hpp"

#include <algorithm>

#include "casing.hpp"
#include "casing_context.hpp"
#include "casing_document_names.hpp"
#include "casing_surnames.hpp"
#include "language_evidence.hpp"

namespace copydesk {

namespace {

// Short names are often something else ("eco concerns", "a tough jon"), and three-letter words
// are a fifth of a text, which the casing scan's sieve spares the lookup.
constexpr std::size_t kMinimumLetters = 4;
// A first name before a surname has more context: "tim Osborne", "joe Worsley".
constexpr std::size_t kMinimumFirstNameLetters = 3;

// A lower-case neighbour that no list knows makes the phrase something else than English prose:
// a foreign phrase, patois, a typo ("a tough jon").
bool neighbour_reads_as_english(std::string_view text, const Token& token,
                                const CommonWords& words) {
  if (token.casing != Casing::kLower) return true;
  const std::string_view word = token.text(text);
  if (!is_ascii_lower_word(word)) return true;
  return words.is_common(word) || words.is_name(word);
}

// Whether token `index` is a piece of a hyphenated word: "neo-liberal", "pan-European" are not
// names on their own.
bool hyphen_piece(std::string_view text, const Token& token) {
  return (token.offset > 0 && text[token.offset - 1] == '-') ||
         (token.end() < text.size() && text[token.end()] == '-');
}

// Whether token `index` is the first half of a double name whose second half is capitalized:
// "schleswig-Holstein", "kilroy-Silk" (not "neo-liberal" or "pan-European"). A lower-case second
// half may be the writer's: Korean given names are written "Ji-chang".
bool first_of_double_name(std::string_view text, const std::vector<Token>& tokens,
                          std::size_t index) {
  auto joined = [&](std::size_t left) {
    return left + 1 < tokens.size() && tokens[left].end() + 1 == tokens[left + 1].offset &&
           text[tokens[left].end()] == '-';
  };
  // Two pieces: nothing joined before, the capitalized half after, and no third piece.
  return !(index > 0 && joined(index - 1)) && joined(index) &&
         tokens[index + 1].casing == Casing::kTitle && !joined(index + 1);
}

// A text that writes the word in lower case kOwnSpellingCopies times or more and never with a
// capital spells it so on purpose: "groff" and "perl" in a program's manual, as "eBay" is
// written by its owner. A rewriter that loses a name's capital loses it at some of its copies.
constexpr std::size_t kOwnSpellingCopies = 3;

}  // namespace

std::optional<std::string> dictionary_name(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, std::uint64_t hash,
                                           const CommonWords& words,
                                           ParagraphLanguage& paragraphs) {
  // A name, and not listed in lower case as written: "oliver" is a name though "olive" + "r"
  // would make it an inflection of a common word.
  if (!words.probably_name(hash) || words.probably_common(hash)) return std::nullopt;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (word.size() < kMinimumLetters || !is_ascii_lower_word(word)) return std::nullopt;
  if (is_function_word(word) || is_name_particle(word) || looks_like_identifier(text, token)) {
    return std::nullopt;
  }
  if (hyphen_piece(text, token) && !first_of_double_name(text, tokens, index)) return std::nullopt;
  if (!words.is_name(word)) return std::nullopt;  // the hash probe may err; the set does not
  if ((index > 0 && one_space_between(text, tokens, index - 1) &&
       !neighbour_reads_as_english(text, tokens[index - 1], words)) ||
      (one_space_between(text, tokens, index) &&
       !neighbour_reads_as_english(text, tokens[index + 1], words))) {
    return std::nullopt;
  }
  if (paragraphs.other_language_at(token.offset)) return std::nullopt;
  if (written_only_in_lower_case(text, word, token.offset, kOwnSpellingCopies)) {
    return std::nullopt;
  }
  return capitalize_first(word);
}

std::optional<std::string> first_name_before_surname(
    std::string_view text, const std::vector<Token>& tokens, std::size_t index,
    const CommonWords& words, const CommonWords& everyday, const ProperNounLexicon* lexicon,
    const CensusNames* census, ParagraphLanguage& paragraphs) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (word.size() < kMinimumFirstNameLetters || !is_ascii_lower_word(word)) return std::nullopt;
  // The surname: one capitalized word, one space after, that ends the name ("tony Blair's",
  // "tony Blair said"; not "hooker Shane Byrne", where the capitals are the whole name).
  if (!one_space_between(text, tokens, index) || !is_name_capital(text, tokens[index + 1]))
    return std::nullopt;
  if (one_space_between(text, tokens, index + 1) && tokens[index + 2].casing != Casing::kLower)
    return std::nullopt;
  // After a role, a name that is also an everyday word is a first name too: "spokesman mark
  // Oaten", "manager harry Redknapp"; but not a role or a title itself ("chief constable
  // Green", "minister father John").
  const bool after_role = index > 0 && one_space_between(text, tokens, index - 1) &&
                          tokens[index - 1].casing == Casing::kLower &&
                          is_role_word(tokens[index - 1].text(text));
  // Elsewhere an everyday word is no first name ("will Chelsea"): one probe tells most of them.
  // Unless the census lists it as a first name and the capital after it as a surname ("said rob
  // Schwartz", "mark Wilson's cross"), with the dictionary listing it as a name too, and it is
  // no title ("comeback king Fowler"), the surname no first name ("will see Michael", "how long
  // Scott"), and no auxiliary or "to" before it, where a verb goes ("we will bill Smith").
  auto census_pair = [&] {
    return census != nullptr && census->surname(tokens[index + 1].hash) &&
           census->first_name(token.hash) && !census->first_name(tokens[index + 1].hash) &&
           !is_title_hash(token.hash) && words.is_name(word) &&
           !(index > 0 && before_a_verb(tokens[index - 1].text(text)));
  };
  if (!after_role && everyday.probably_common(token.hash) && !census_pair()) return std::nullopt;
  const bool first_name = after_role
                              ? (words.is_name(word) || is_unknown_word(word, words, everyday)) &&
                                    !is_role_word(word) && !is_title_hash(token.hash)
                              : is_uncommon_name(word, words, everyday) || census_pair();
  if (!first_name || is_function_word(word) || is_name_particle(word) || is_direction_word(word) ||
      hyphen_piece(text, token) || looks_like_identifier(text, token)) {
    return std::nullopt;
  }
  // A lexicon's name is a place or a nationality, not a surname: "mid Wales", "mercurial French".
  const std::string_view surname = tokens[index + 1].text(text);
  if (lexicon != nullptr && lexicon->candidates(fold_case(surname)) != nullptr) return std::nullopt;
  // A word of running text: after a space or at the start of a line, not inside quotes or
  // brackets ("'carte Blanche'" is a phrase, whatever the dictionary says of "Carte").
  if (token.offset > 0 && text[token.offset - 1] != ' ' && text[token.offset - 1] != '\n')
    return std::nullopt;
  // The word before must not make the name a noun: "the brewer Carlsberg", "Rap mogul Simon".
  if (!after_role && index > 0 && tokens[index - 1].end() + 1 == token.offset) {
    const Token& before = tokens[index - 1];
    const std::string_view previous = before.text(text);
    if (before.casing != Casing::kLower || introduces_common_noun(previous) ||
        !words.is_common(previous)) {
      return std::nullopt;
    }
  }
  if (paragraphs.other_language_at(token.offset)) return std::nullopt;
  return capitalize_first(word);
}

}  // namespace copydesk
