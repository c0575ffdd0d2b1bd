// The small closed word classes that the casing rules read around a word before they
// capitalize it: determiners ("a turkey dinner", "fine china" is not a place), prepositions
// that introduce places ("exports to china"), titles ("Dr. okafor"), name particles that stay
// in lower case ("Ruud van Nistelrooy") and function words that are never names.
//
// These are grammar, not vocabulary: short fixed lists, kept here beside the code that reads
// them rather than in rule files.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tokens.hpp"
#include "word_filter.hpp"

namespace copydesk {

// A name the document capitalizes mid-sentence this many times or more, and writes in lower
// case only once (or once for every five capitals), is the document's name wherever the lower
// case stands: "launched nirvana on", "to put arsenal ahead", "(Belgrave harriers)" three times
// beside fifteen "Harriers". Three capitals would change correct words ("online gaming",
// "immigrant labour").
// `count_lower_case()` reads the text around the word, so it is called only when the capitals
// are enough.
inline constexpr std::size_t kCapitalsOfAnEstablishedName = 4;
// An everyday word ("halo", "valve") needs more: six capitals standing alone, and its one lower
// case here (everyday_word_made_a_name). Five changed "the tower" beside "the Tower".
inline constexpr std::size_t kCapitalsOfAnEverydayName = 6;
template <typename CountLowerCase>
bool established_name(std::size_t capitals, CountLowerCase count_lower_case) {
  constexpr std::size_t kCapitalsPerLowerCase = 5;
  return capitals >= kCapitalsOfAnEstablishedName &&
         count_lower_case() <= std::max<std::size_t>(1, capitals / kCapitalsPerLowerCase);
}

// Words compare in ASCII lower case ("The" is a determiner).
// Determiners and the few adjectives that mark a common noun: "a turkey", "fine china",
// "their excel sheet", "roast turkey".
bool introduces_common_noun(std::string_view word);
bool is_place_preposition(std::string_view word);  // in, to, from, across, and...
bool is_function_word(std::string_view word);      // the, of, and, is, would, it...
// Whether a lower-case word after a name reads as a verb in the past tense or an adverb, not a
// noun the name would describe: "handed", "officially" (five letters or more).
inline bool past_verb_or_adverb(std::string_view word) {
  return word.size() > 4 && (word.ends_with("ed") || word.ends_with("ly"));
}
// An auxiliary, "to", "not" or "never": the word after it is a verb or a complement, not a
// subject or a name ("can be shot will", "we will bill Smith").
bool before_a_verb(std::string_view word);
// The same, by word_hash, for the hot path (case-insensitive, as is_function_word).
bool is_function_hash(std::uint64_t hash);
bool is_name_particle(std::string_view word);      // van, de, du, bin, al...
bool is_month_preposition(std::string_view word);  // in, since, until, early, last...
bool is_order_word(std::string_view word);         // first, second, last, next, former...
// "Mr", "Dr", "Prof", "President", "Minister" as written (capitalized).
bool is_title_word(std::string_view word);
// The same, by word_hash, for the hot path (case-insensitive: check the casing first).
bool is_title_hash(std::uint64_t hash);
// A filter of the titles' hashes, for a loop that asks is_title_hash only where it may hold.
const WordFilter& title_filter();
// Nouns for what a person does, which house styles write in lower case before or after a name:
// "Tory leader", "party spokesman", "chief executive".
bool is_role_word(std::string_view word);
std::vector<std::string_view> role_words();  // the same, as a list
// Second halves of place compounds: "japan-based", "china-born", "us-led".
bool is_place_compound_suffix(std::string_view word);
// First halves of place compounds: "anti-american", "pro-china", "sino-japanese".
bool is_place_compound_prefix(std::string_view word);

// What separates token `index` from the next one, as the casing rules care about it.
enum class Joint {
  kSpace,        // one or more spaces
  kHyphen,       // "Franco-German"
  kPossessive,   // "brazil’s", "brazil's"
  kComma,        // "japan, Nigeria"
  kPunctuation,  // any other mark, or the end of the text / line
};
Joint joint_after(std::string_view text, const std::vector<Token>& tokens, std::size_t index);

// Whether the word at `token` touches characters that make it part of an identifier rather
// than prose: "@japan", "#china", "japan_2", "/usr/japan", "japan.example", "x.japan".
bool looks_like_identifier(std::string_view text, const Token& token);
// Whether the token is part of a hyphenated name from code or a package list: three parts or
// more in lower case ("gtk-key-theme-name"), a wildcard or underscore ("m32r-*-linux*"), or a
// part of letters and digits ("groff-x11"). Part of looks_like_identifier.
bool in_hyphenated_identifier(std::string_view text, const Token& token);

// Whether token `left` and the token after it are one space apart: "tony Blair", not
// "tony, Blair" or "tony-Blair". False for the last token.
bool one_space_between(std::string_view text, const std::vector<Token>& tokens, std::size_t left);

// Whether every byte of `word` is an ASCII lower-case letter: "okafor", not "o'neil" or "café".
bool is_ascii_lower_word(std::string_view word);

// Whether `token` is written as a name after a first name or an honorific: Title case, or mixed
// case after an ASCII capital ("McCarthy", not "iPod").
bool is_name_capital(std::string_view text, const Token& token);

// Whether a token is a number between 1 and 31, or a year 1000–2999 ("5", "21st", "2005").
bool is_day_number(std::string_view word);
bool is_year_number(std::string_view word);

}  // namespace copydesk
