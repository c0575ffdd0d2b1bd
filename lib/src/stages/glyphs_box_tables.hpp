// Tables drawn with box-drawing characters, as terminals and some converters print them:
//
//   ┌──────┬───────┐          | Port | Value |
//   │ Port │ Value │          |------|-------|
//   ├──────┼───────┤    ->    | Rott | 15.3  |
//   │ Rott │ 15.3  │
//   └──────┴───────┘
//
// become Markdown tables (glyphs.box-tables, an option: off by default). Border lines go,
// the first row becomes the header with a separator row under it, and the cells keep their
// text and padding. A block converts only when every row has the same number of cells;
// anything irregular (a diagram, line art) stays.
#pragma once

#include <vector>

#include "glyphs_lines.hpp"
#include "matcher.hpp"

namespace copydesk::glyphs {

// Proposes one "glyphs.box-tables" edit per box-drawn table in `lines`.
void propose_box_tables(const std::vector<Line>& lines, EditSink& sink);

}  // namespace copydesk::glyphs
