// Honorifics before a name: "sir Alex Ferguson" -> "Sir Alex Ferguson", "said lord Winston" ->
// "said Lord Winston", "mr. Blair" -> "Mr. Blair". An honorific written in lower case before
// a capitalized name is a casing error wherever it stands; the clean BBC articles have none.
//
// Some honorifics are also nouns that describe a name without being its title: "drug lord
// Pablo Escobar", "drag queen Lily Savage", "crown prince Abdullah", "comeback king Fowler".
// Those change only where no word describes them: after a function word that is not an article
// ("said prince Charles", "by queen Elizabeth") or a role ("minister lord Moynihan"), a comma,
// or nothing on the line. Others are titles only ("sir", "mr", "sheikh") and change after any
// word ("boss sir Alex"). Titles that house styles write in lower case as descriptions
// ("Russian president Vladimir Putin") are not honorifics here.
//
// The name must follow one space after (". " after an abbreviation: "dr. Okafor"), be
// capitalized and not be a title itself ("law lord Lord Hoffmann").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.hpp"

namespace copydesk {

// The honorifics, in lower case: "sir", "lord", "mr"...
std::vector<std::string_view> honorific_words();

// The capitalized form of lower-case token `index` when it is an honorific before a name.
// Example: "said sir Alex Ferguson" gives "Sir" for token 1.
std::optional<std::string> honorific_before_name(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 std::size_t index);

}  // namespace copydesk
