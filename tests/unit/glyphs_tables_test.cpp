// Specification of glyphs.table-separators, glyphs.table-columns and glyphs.box-tables:
// Markdown separator rows drawn with dash glyphs become hyphens, only under a header row;
// ragged tables are reported; box-drawing tables convert when asked.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

Pipeline glyphs_stage(std::vector<std::string> enable = {}) {
  PipelineOptions options;
  options.only = {"glyphs.*"};
  options.enable = std::move(enable);
  return Pipeline::load(options);
}

struct Row {
  const char* name;
  std::string before;
  std::string after;
};

void check(const Pipeline& pipeline, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.before, row.after);
  }
}

TEST(GlyphsTables, SeparatorRowsDrawnWithGlyphsBecomeHyphens) {
  check(
      glyphs_stage(),
      {
          {"em and en dashes", "| Metric | Value |\n|—————————|——————–|\n| Growth | 2.1% |\n",
           "| Metric | Value |\n|---------|-------|\n| Growth | 2.1% |\n"},
          {"alignment colons",
           "| Cargo | Share | Change |\n|:———|:———:|———:|\n| Food | 18% | +4.1% |",
           "| Cargo | Share | Change |\n|:---|:---:|---:|\n| Food | 18% | +4.1% |"},
          {"box-drawing lines and minus signs", "| a | b |\n|─────|−−−|", "| a | b |\n|-----|---|"},
          {"spaces in cells", "| a | b |\n| —— | —— |", "| a | b |\n| -- | -- |"},
          {"no outer pipes", "a | b\n—— | ——\n1 | 2", "a | b\n-- | --\n1 | 2"},
          {"Windows line endings", "| a | b |\r\n|——|——|\r\n", "| a | b |\r\n|--|--|\r\n"},
      });
}

TEST(GlyphsTables, DashesThatAreNoSeparatorStay) {
  for (const char* text : {
           "The end of part one.\n\n———\n\nPart two.",               // a section break
           "———|———",                                                // no header row above
           "Intro\n|———|———|",                                       // the line above has no cells
           "| a | b |\n|———|x——|",                                   // a cell with text
           "| Year | Calls |\n|------|------:|\n| 2019 | 28,410 |",  // already hyphens
           "```\n| a | b |\n|———|———|\n```\n",                       // code is protected
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(glyphs_stage(), text, text);
  }
}

TEST(GlyphsTables, RaggedTablesAreReportedNotChanged) {
  const Pipeline pipeline = glyphs_stage();
  const std::string table = "| A | B | C |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n";
  const CleanResult result = pipeline.clean(table);
  EXPECT_EQ(result.text, table);
  ASSERT_EQ(result.suggestions.size(), 2u);
  EXPECT_EQ(result.suggestions[0].rule, "glyphs.table-columns");
  EXPECT_EQ(result.suggestions[0].line, 2u);
  EXPECT_EQ(result.suggestions[0].after, "---|");
  EXPECT_EQ(result.suggestions[1].line, 3u);
  EXPECT_EQ(result.suggestions[1].after, "  |");

  EXPECT_TRUE(pipeline.clean("| A | B |\n|---|---|\n| 1 | 2 |\n").suggestions.empty());
}

TEST(GlyphsTables, BoxDrawingTablesConvertWhenAsked) {
  const std::string box =
      "Volumes:\n"
      "┌───────────┬───────┐\n"
      "│ Port      │ Value │\n"
      "├───────────┼───────┤\n"
      "│ Rotterdam │ 15.3  │\n"
      "├───────────┼───────┤\n"
      "│ Antwerp   │ 12.0  │\n"
      "└───────────┴───────┘\n"
      "Source: port authorities.\n";
  EXPECT_CLEAN_WITH(glyphs_stage(), box, box);  // off by default
  check(glyphs_stage({"glyphs.box-tables"}),
        {
            {"single lines", box,
             "Volumes:\n"
             "| Port      | Value |\n"
             "|-----------|-------|\n"
             "| Rotterdam | 15.3  |\n"
             "| Antwerp   | 12.0  |\n"
             "Source: port authorities.\n"},
            {"double lines, no header rule", "╔═══╦═══╗\n║ a ║ b ║\n║ 1 ║ 2 ║\n╚═══╩═══╝",
             "| a | b |\n|---|---|\n| 1 | 2 |"},
        });
  for (const char* art : {"├┤a┼┐a┼┐a┼┐a┼┐a", "┌──┐\n│ a │ b │\n│ 1 │\n└──┘", "─────"}) {
    SCOPED_TRACE(art);
    EXPECT_CLEAN_WITH(glyphs_stage({"glyphs.box-tables"}), art, art);
  }
}

}  // namespace
}  // namespace copydesk
