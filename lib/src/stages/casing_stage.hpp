// The `casing` stage: words that must be capitalized and were not. One matcher serves all of
// the stage's built-in rules in a single pass over the tokens:
//
//   casing.proper-nouns          lexicon names: "japan" -> "Japan", "the united States"
//   casing.institutions          "the university of Lagos" -> "the University of Lagos"
//   casing.names-after-titles    "Dr. okafor" -> "Dr. Okafor"
//   casing.dictionary-names      "unilever" -> "Unilever": hunspell knows it only as a name
//   casing.names-in-document     "okafor" where the text also writes "Okafor"
//   casing.pronoun-i             "so i grew up" -> "so I grew up"
//
// When two rules would change the same word, the first in this order makes the change. The
// lexicon is built when the pipeline loads: country, region and language names from ICU's
// locale data, the rest from plain-text lists beside casing.toml (one canonical form a line).
// Common words come from the system's hunspell and SCOWL word lists (see common_words.hpp);
// without them the rules that need a dictionary change nothing.
#pragma once

#include <memory>

#include "builtin_rules.hpp"

namespace copydesk {

// Rule ids of the stage, in the order they take precedence.
const std::vector<std::string_view>& casing_rule_ids();

// Builds the stage's matcher. Throws RuleError when a list file named in the options cannot be
// read. Example options of casing.proper-nouns: { places = "places.txt", icu = true }.
std::unique_ptr<Matcher> make_casing_matcher(const BuiltinContext& context);

}  // namespace copydesk
