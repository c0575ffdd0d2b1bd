// The unicode stage: repairs of characters, not of words. Mojibake (unicode.mojibake), bytes
// that are not UTF-8 (unicode.invalid-bytes), HTML character references left in plain text
// (unicode.html-entities), C1 controls that were Windows-1252 punctuation
// (unicode.c1-controls), stray control characters (unicode.control-characters), zero-width
// characters and stray byte order marks (unicode.invisible-characters), soft hyphens
// (unicode.soft-hyphens), NFC (unicode.nfc) and, when a pack switches it on, odd spaces
// (unicode.odd-spaces).
//
// Key decision: the stage works line by line, and only on lines that a fast byte scan flags;
// ASCII text costs one scan and nothing else (no tokens, no protected spans). Within a line,
// all repairs work on one RepairLine, so that repairs that build on each other ("Î&frac14;"
// is an entity inside mojibake) come out as one edit and the output is stable.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "builtin_rules.hpp"

namespace copydesk {

// The ids of the unicode stage's built-in rules.
const std::vector<std::string_view>& unicode_rule_ids();

// Builds the stage's matcher for the rules switched on in `context`.
std::unique_ptr<Matcher> make_unicode_matcher(const BuiltinContext& context);

}  // namespace copydesk
