// The house policy for quotation marks, as opt-in rules: glyphs.curly-quotes turns straight
// quotes into typographic ones, glyphs.straight-quotes does the reverse; with neither on
// (the default) quotes are kept as written.
//
// Key decision: curly conversion decides each straight quote from its neighbours and leaves
// it when they do not settle it. An apostrophe between letters is "’" (don't, O'Brien); a
// quote after a digit is a prime and stays (5'10", 12" screen); "'90s" and "'em" are
// apostrophes; an opening quote follows a space or an opening bracket, a closing one precedes
// a space or punctuation; a quote between two spaces stays.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "matcher.hpp"

namespace copydesk::glyphs {

enum class QuoteStyle { kKeep, kCurly, kStraight };

// Proposes "glyphs.curly-quotes" or "glyphs.straight-quotes" edits for `style`, leaving the
// quotes at the offsets in `claimed` (sorted; other repairs rewrite them). Example, curly:
// "\"It's 5'10\", she said.\"" -> "“It’s 5'10\", she said.”"
void propose_quote_style(std::string_view text, QuoteStyle style,
                         const std::vector<std::size_t>& claimed, EditSink& sink);

}  // namespace copydesk::glyphs
