// The glyphs stage: characters that stand for other characters. Markdown table separator rows
// drawn with dashes of every kind (glyphs.table-separators) and ragged tables
// (glyphs.table-columns, reported), the low quote "‚" used as a comma
// (glyphs.low-quote-comma), ".." ending a sentence (glyphs.double-period), TeX quotes
// (glyphs.tex-quotes); and, opt-in, box-drawing tables (glyphs.box-tables), bullet glyphs
// (glyphs.bullets) and the house policy for quotes (glyphs.curly-quotes,
// glyphs.straight-quotes), dashes (glyphs.dashes) and ellipses (glyphs.ellipses).
//
// Key decision: every repair decides from the text around it (a separator row only under a
// header row, a comma only glued to a word); the engine keeps all of them out of protected
// spans (code, URLs, numbers). The stage looks for the few bytes its rules need and builds
// nothing else for text that has none of them.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "builtin_rules.hpp"

namespace copydesk {

// The ids of the glyphs stage's built-in rules.
const std::vector<std::string_view>& glyphs_rule_ids();

// Builds the stage's matcher for the rules switched on in `context`. Options: glyphs.dashes
// style = "em" | "spaced-en" | "spaced-em"; glyphs.ellipses style = "character" | "dots".
std::unique_ptr<Matcher> make_glyphs_matcher(const BuiltinContext& context);

}  // namespace copydesk
