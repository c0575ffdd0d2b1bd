// Specification of glyphs.low-quote-comma, glyphs.double-period, glyphs.tex-quotes and
// glyphs.bullets.
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

using testing::Row;
void check(const Pipeline& pipeline, const std::vector<Row>& rows) {
  testing::check_rows(pipeline, rows);
}
using testing::check_unchanged;

TEST(GlyphsPunctuation, LowQuoteUsedAsComma) {
  check(glyphs_stage(), {
                            {"after a word", "In Lisbon‚ Portugal", "In Lisbon, Portugal"},
                            {"after a number", "in 2021‚ the port", "in 2021, the port"},
                            {"at the end of a line", "first‚\nsecond", "first,\nsecond"},
                        });
  check_unchanged(glyphs_stage(),
                  {"Er sagte ‚ja‘ und ging.", "‚quoted‘", "a ‚ b", "Lisbon‚Portugal"});
}

TEST(GlyphsPunctuation, TwoPeriodsEndingASentence) {
  check(glyphs_stage(),
        {
            {"before a capital", "after lunch.. Franco-German talks",
             "after lunch. Franco-German talks"},
            {"at the end of a line", "an estimate..\nNext", "an estimate.\nNext"},
            {"at the end of the text", "an estimate..", "an estimate."},
            {"after a closing quote", "she said “no”.. Then", "she said “no”. Then"},
            {"before a closing quote", "“It was late..” She left", "“It was late.” She left"},
            {"after an abbreviation", "in the U.S.. Officials said", "in the U.S. Officials said"},
        });
  check_unchanged(glyphs_stage(), {
                                      "It is a start... she said",
                                      "It is a start.... she said",
                                      "wait.. what happened",
                                      "cd .. and run",
                                      "pages 1..10",
                                      "see ../docs/file.md",
                                      "a .. b",
                                  });
}

TEST(GlyphsPunctuation, TexQuotesInProse) {
  check(glyphs_stage(),
        {
            {"a pair", "he called it ``a floor, not a ceiling''.",
             "he called it “a floor, not a ceiling”."},
            {"two pairs, two paragraphs", "``one''\n\n``two''", "“one”\n\n“two”"},
            {"two pairs in a paragraph are no code span", "``one'' and ``two''", "“one” and “two”"},
        });
  check(glyphs_stage({"glyphs.straight-quotes"}), {{"straight house style", "``one''", "\"one\""}});
  check_unchanged(glyphs_stage(),
                  {
                      "``toda produzida pronta pra assa aí´´",  // no closing pair
                      "``open without close",
                      "```\ncode fence\n```\n",
                      "a ``b``code'' c",
                      "``echo ''`` in code",
                      "``hogwarts nao existe, voce nao vai pegar o trem pra lá´´",
                  });
}

TEST(GlyphsPunctuation, BulletGlyphsWhenAsked) {
  const char* list = "Key points:\n• tariffs frozen\n  ▪ steel talks\n▽ next round\n►Lagos\n";
  check_unchanged(glyphs_stage(), {list});
  check(glyphs_stage({"glyphs.bullets"}),
        {{"bullets", list,
          "Key points:\n- tariffs frozen\n  - steel talks\n- next round\n- Lagos\n"}});
  check_unchanged(glyphs_stage({"glyphs.bullets"}),
                  {"A • in the middle", "•\n", "- already a list\n"});
}

}  // namespace
}  // namespace copydesk
