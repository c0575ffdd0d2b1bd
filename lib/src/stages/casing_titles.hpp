// Names after titles: "Dr. okafor" -> "Dr. Okafor", "Ms. ingrid Lindqvist" -> "Ms. Ingrid
// Lindqvist", "Prof. lindqvist" -> "Prof. Lindqvist". After a capitalized title ("Mr", "Dr.",
// "President", "Minister"), the lower-case words that follow (up to three) are capitalized when
// they are not common English words: "President bush" stays, because "bush" is a word.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common_words.hpp"
#include "tokens.hpp"

namespace copydesk {

// The token indices to capitalize after the title at token `index`, or none when `index` is no
// title. Without a dictionary (`common` empty) nothing can be told from a word: none.
std::vector<std::size_t> names_after_title(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, const CommonWords& common);

}  // namespace copydesk
