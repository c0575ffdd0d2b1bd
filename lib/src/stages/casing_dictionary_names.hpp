// Names the dictionary knows: a lower-case word that hunspell lists only capitalized, and that
// no word list has in lower case, is a name wherever it stands ("unilever" -> "Unilever",
// "patricia Hewitt" -> "Patricia Hewitt"); a spelling checker would flag it the same way. It
// needs nothing from the document, so it repairs the names an article writes only once, which
// no evidence of the article's own can.
//
// The word must read as part of English prose: not a piece of a hyphenated word ("neo-liberal"),
// not an identifier, not beside lower-case words that no list knows ("carte blanche", "di man
// dem"), not in a paragraph in another language, and of four letters or more: short names are
// often something else ("eco concerns").
//
// A first name that is also a word ("tony", "john", "jenny") is a name before a surname: a
// capitalized word that ends the name ("said tony Blair", "with jenny Colgan,"). The dictionary
// must list it as a name, everyday English must not use it (SCOWL's everyday list), and the word
// before it must not make it a noun: an article or a possessive ("the brewer Carlsberg") or a
// capitalized word ("Rap mogul Simon Fuller"). After a role, any name the dictionary lists is a
// first name, everyday word or not ("spokesman mark Oaten"), unless it is a title itself ("chief
// constable Green"). Elsewhere, an everyday word that the census lists as a first name is one
// before a census surname ("said rob Schwartz", "with roger Black and mark Richardson").
#pragma once

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

// The capitalized form of lower-case token `index` when it is such a name; `hash` is its
// token_hash. Example: "said unilever" gives "Unilever" for token 1.
std::optional<std::string> dictionary_name(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, std::uint64_t hash,
                                           const CommonWords& words, ParagraphLanguage& paragraphs);

// The capitalized form of lower-case token `index` when it is a first name before a surname;
// `words` is the dictionary, `everyday` SCOWL's everyday words, and `lexicon` (may be null) the
// proper nouns, whose names are not surnames ("mid Wales"), `census` (may be null) people's
// names. Example: "said tony Blair" gives "Tony" for token 1.
std::optional<std::string> first_name_before_surname(
    std::string_view text, const std::vector<Token>& tokens, std::size_t index,
    const CommonWords& words, const CommonWords& everyday, const ProperNounLexicon* lexicon,
    const CensusNames* census, ParagraphLanguage& paragraphs);

}  // namespace copydesk
