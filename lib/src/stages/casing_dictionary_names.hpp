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
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common_words.hpp"
#include "tokens.hpp"

namespace copydesk {

// The capitalized form of lower-case token `index` when it is such a name; `hash` is its
// token_hash. Example: "said unilever" gives "Unilever" for token 1.
std::optional<std::string> dictionary_name(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, std::uint64_t hash,
                                           const CommonWords& words);

}  // namespace copydesk
