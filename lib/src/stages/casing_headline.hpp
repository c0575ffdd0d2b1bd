// Names in the headline: "Troubled marsh under SEC scrutiny" above a body that writes "Marsh"
// mid-sentence. A headline in sentence case keeps the capitals of the names in it, and its
// words are the body's subject, so the body is the evidence of how they are spelled.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casing_document_names.hpp"
#include "census_names.hpp"
#include "common_words.hpp"
#include "tokens.hpp"

namespace copydesk {

// The tokens of the document's headline, [first, last): its first line when it reads as a
// title (it ends no sentence) and a blank line parts it from the body. Empty when there is none.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
};
TokenRange headline_tokens(std::string_view text, const std::vector<Token>& tokens);

// The body's form of lower-case headline token `index`, not the headline's first word: a word
// everyday English seldom uses (not in `everyday`), which the body capitalizes mid-sentence at
// least twice, standing alone, and writes in lower case nowhere. Everyday words name things in
// headlines too often ("Blair backs 'pre-election budget'" above "the Budget"), unless the body
// writes it as someone's surname: after a census first name or a title, and capitalized once
// more ("Singer knight backs anti-gun song" above "Beverley Knight" and "Knight's"). `census`
// may be null.
std::optional<std::string> headline_name(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t index, const DocumentEvidence& evidence,
                                         const CommonWords& everyday, const CensusNames* census);

}  // namespace copydesk
