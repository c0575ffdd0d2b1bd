// The glyph class: a small Markdown table appended to the text, after a blank line, whose
// separator row the scraped version draws with em and en dashes ("|———|——–|"), the way
// word processors and chat tools mangle "|---|---|". Clean news text has no tables, so the
// class adds its own site; the cells are words of the text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "random_streams.hpp"
#include "text_analysis.hpp"

namespace copydesk::corrupt {

struct GlyphTable {
  std::string clean;    // to append to the clean text: blank line, header, "|---|---|", 2 rows
  std::string scraped;  // the same with the dashed separator row
  std::size_t separator_offset = 0;  // where the separator row starts in either string
  std::string clean_separator;       // "|---|---|"
  std::string scraped_separator;     // "|———|——–|"
};

// Nullopt when the text has no word to fill the cells with.
std::optional<GlyphTable> make_glyph_table(const TextAnalysis& analysis, Rng& rng);

}  // namespace copydesk::corrupt
