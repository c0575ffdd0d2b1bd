// The `sentence` stage: sentences that start with a lower-case letter. One matcher serves both
// of its built-in rules in one pass over the tokens:
//
//   sentence.paragraph-start   "the vote passed narrowly." at the start of a paragraph
//   sentence.after-stop        "…the deal. the E.U. negotiators" -> "… The E.U. negotiators"
//
// What counts as a sentence start, and what only looks like one, is in sentence_starts.hpp.
// Only the first letter changes ("the" -> "The"); the rest of the word is left as written.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "builtin_rules.hpp"

namespace copydesk {

const std::vector<std::string_view>& sentence_rule_ids();

std::unique_ptr<Matcher> make_sentence_matcher(const BuiltinContext& context);

}  // namespace copydesk
