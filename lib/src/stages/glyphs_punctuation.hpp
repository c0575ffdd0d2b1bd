// Punctuation glyphs that stand for other punctuation: the low quote "‚" (U+201A) used as a
// comma ("Lisbon‚ Portugal"), ".." ending a sentence, TeX quotes (``like this'') in prose, and
// bullet glyphs that scraped lists carry at line start ("• item", "▽ item") as an option.
//
// Key decision: each repair needs the context that makes it certain. "‚" is a comma only
// glued to the word before it and followed by a space (German opens quotes with it: "‚ja‘");
// ".." ends a sentence only before the end of the line or a capital ("wait.. what" is an
// informal pause); TeX quotes convert only in pairs on one line.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "glyphs_lines.hpp"
#include "matcher.hpp"

namespace copydesk::glyphs {

struct PunctuationRules {
  bool low_quote_comma = false;  // glyphs.low-quote-comma
  bool double_period = false;    // glyphs.double-period
  bool tex_quotes = false;       // glyphs.tex-quotes
  bool bullets = false;          // glyphs.bullets
  bool straight_quotes = false;  // TeX quotes become "" rather than “”
};

// Proposes the enabled repairs on `document`. `claimed` receives the offsets of quote
// characters these repairs rewrite (the quote policy leaves them alone). `lines` is needed
// for bullets. Example: "Lisbon‚ Portugal" -> "Lisbon, Portugal"; "estimate..\n" ->
// "estimate.\n".
void propose_punctuation(const Document& document, const std::vector<Line>& lines,
                         const PunctuationRules& rules, EditSink& sink,
                         std::vector<std::size_t>& claimed);

}  // namespace copydesk::glyphs
