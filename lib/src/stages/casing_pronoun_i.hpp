// The pronoun "i" written in lower case: "so i grew up" -> "so I grew up", "i’d" -> "I’d".
// Only a lone "i" between spaces (or opening quotes) and a word or a contraction changes: not
// "i.e.", not a list marker ("i)", "(i)", "i. First"), not code ("x[i]", "i = 0"), not the
// letter itself ("dot the i").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "tokens.hpp"

namespace copydesk {

// Whether token `index` is the pronoun "i" in lower case.
bool is_lowercase_pronoun_i(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t index);

}  // namespace copydesk
