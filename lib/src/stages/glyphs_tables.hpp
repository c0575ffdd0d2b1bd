// Markdown tables as scrapers and word processors leave them: a separator row drawn with em
// dashes, en dashes, minus signs or box-drawing lines instead of hyphens
// ("|—————————|——————–|"), and rows whose column counts do not match the header's.
//
// Key decision: the engine protects no table, so the decision is made line by line: a row of
// pipes, dash-like glyphs, colons and spaces is a separator only right below a row of cells
// (the header); a line of dashes anywhere else (a section break "———") is left alone. Each
// dash glyph becomes one hyphen, so widths and alignment colons stay: "|:———:|" -> "|:---:|".
#pragma once

#include <string_view>
#include <vector>

#include "glyphs_lines.hpp"
#include "matcher.hpp"

namespace copydesk::glyphs {

// Whether `cp` is a dash-like glyph that a separator row may be drawn with (the hyphen too).
bool is_separator_dash(char32_t cp);

// The cells of a Markdown table row, split at unescaped pipes outside code spans; leading and
// trailing pipes open and close the row. Example: "| a | b |" -> {" a ", " b "}; a line
// without a pipe gives no cells.
std::vector<std::string_view> table_cells(std::string_view line);

// Proposes "glyphs.table-separators" edits (separator rows drawn with glyphs, made of
// hyphens) when `fix_separators`, and "glyphs.table-columns" suggestions (rows whose column
// count differs from the header's, padded with empty cells) when `check_columns`.
void propose_table_repairs(const std::vector<Line>& lines, bool fix_separators, bool check_columns,
                           EditSink& sink);

}  // namespace copydesk::glyphs
