// The spacing stage: the space after punctuation, and only where it belongs.
//
// Scraped text loses spaces ("(NATO).After", "markets,sending", "U.K.and", "“Good
// morning,”said") and gains them ("coffee , cheese", "( foo bar )", "a  quick  look"). One
// matcher serves every rule of the stage (spacing_rules.hpp) in a single pass over the bytes:
// it visits only punctuation, quotes, brackets, line breaks and runs of spaces, found 64 bytes
// at a time (spacing_bytes.hpp), and decides each case from the few characters around it. The key
// decision is precision first: a place is changed only when the characters around it say clearly
// that a space is missing or extra; whatever only looks similar is left alone: numbers, addresses
// and abbreviations (the engine's protected spans), ellipses, "?!", brand names with a mark
// ("Yahoo!"), names glued on purpose (the rules' `keep` lists), emoticons, Markdown checkboxes,
// tables and indented code, columns aligned with spaces, two spaces between sentences where that is
// the document's convention, and paragraphs that are not in English (language_evidence.hpp).
//
// Rule options (rules/en/spacing.toml):
//   keep = "One.Tel mailto:"       names not to split, on any "after" rule (space-separated)
//   sentence_gap = "auto"          "auto", "one" or "two": spaces between sentences, used when
//                                  a missing one is inserted and when runs are collapsed
#pragma once

#include <memory>

#include "builtin_rules.hpp"
#include "matcher.hpp"

namespace copydesk {

// Builds the matcher for the enabled spacing rules of `context`. Precondition: every id in
// context.enabled is a spacing rule. Example: with "spacing.after-comma" enabled, the matcher
// proposes inserting " " at offset 8 of "markets,sending".
std::unique_ptr<Matcher> make_spacing_matcher(const BuiltinContext& context);

}  // namespace copydesk
