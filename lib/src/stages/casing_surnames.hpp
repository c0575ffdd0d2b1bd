// Surnames no list knows: a lower-case word that no word list has, neither in lower case nor
// as a name, right after a first name is the rest of that name: "Kate winslet" -> "Kate
// Winslet", "Jacques barrot," -> "Jacques Barrot,". Hunspell and SCOWL know first names far
// better than surnames, so the first name vouches for the word after it.
//
// The first name must be one that the dictionary lists as a name and everyday English does
// not use ("Kate", "Jacques"; not "Mark" or "Will"), nor a title, a nationality or the start
// of a lexicon name ("Swiss drugmaker"). The word must be unknown to every list, also as an
// inflection or with a prefix ("outsprinted"), must not be one edit away from a common word
// (a typo: "Henson nonchantly"), nor a name particle or a function word of another language
// ("Ariadne auf Naxos"), and the paragraph must be English.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "census_names.hpp"
#include "common_words.hpp"
#include "language_evidence.hpp"
#include "proper_noun_lexicon.hpp"
#include "tokens.hpp"

namespace copydesk {

// Whether the lower-case `word` is known to no list (`words`, the dictionaries), neither as
// written nor as an inflection or after a prefix ("outsprinted"), is no function word or name
// particle of any language, and is not one edit from an everyday word of four letters or
// more (a typo: "spokeman"): "winslet", "corbijn".
bool is_unknown_word(std::string_view word, const CommonWords& words, const CommonWords& everyday);
// The first half of that: whether a list has the word, as written, as an inflection or after a
// prefix, or it is a function word or a name particle.
bool is_listed_word(std::string_view word, const CommonWords& words);

// The capitalized form of lower-case token `index` when it is a surname after a first name;
// `hash` is its token_hash. `words` is the dictionary, `everyday` SCOWL's everyday words, `lexicon`
// (may be null) the proper nouns, `census` (may be null) people's names. Example: "starring Kate
// winslet" gives "Winslet" for token 2; "said Tim collins" gives "Collins", a census surname after
// a census first name, though the dictionary knows "collins".
std::optional<std::string> surname_after_first_name(
    std::string_view text, const std::vector<Token>& tokens, std::size_t index, std::uint64_t hash,
    const CommonWords& words, const CommonWords& everyday, const ProperNounLexicon* lexicon,
    const CensusNames* census, ParagraphLanguage& paragraphs);

}  // namespace copydesk
