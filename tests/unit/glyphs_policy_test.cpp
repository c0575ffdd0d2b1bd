// Specification of the house policies for quotes, dashes and ellipses: opt-in rules, applied
// only outside protected spans, conservative where the context does not settle a quote.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

Pipeline glyphs_with(std::vector<std::string> enable) {
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

TEST(GlyphsPolicy, QuotesAreKeptByDefault) {
  check_unchanged(glyphs_with({}),
                  {"\"It's a start,\" she said.", "“It’s a start,” she said.", "-- and ..."});
}

TEST(GlyphsPolicy, CurlyQuotes) {
  const Pipeline curly = glyphs_with({"glyphs.curly-quotes"});
  check(curly,
        {
            {"double and apostrophe", "\"It's a start,\" she said.", "“It’s a start,” she said."},
            {"nested", "\"He said 'no' twice.\"", "“He said ‘no’ twice.”"},
            {"possessive plural", "the players' union", "the players’ union"},
            {"decade", "in the '90s", "in the ’90s"},
            {"elisions", "rock 'n' roll, 'em", "rock ’n’ roll, ’em"},
            {"after a bracket", "(\"quoted\")", "(“quoted”)"},
            {"quote then punctuation", "he said \"no\".", "he said “no”."},
            {"Irish name", "O'Brien", "O’Brien"},
            {"a number's possessive", "2003's imbalance and the 1990's",
             "2003’s imbalance and the 1990’s"},
            {"two closing quotes together", "\"He said 'go to Sunderland.'\"",
             "“He said ‘go to Sunderland.’”"},
            {"two opening quotes together", "\"'Hello,' he said\"", "“‘Hello,’ he said”"},
        });
  check_unchanged(curly, {
                             "He is 5'10\" tall",                  // primes
                             "a 12\" screen",                      // inches
                             "a ' lone quote \" here",             // between spaces: unsettled
                             "`code with \"quotes\"`",             // protected code
                             "see https://example.org/it's-here",  // protected URL
                         });
}

TEST(GlyphsPolicy, StraightQuotes) {
  check(glyphs_with({"glyphs.straight-quotes"}),
        {
            {"curly to straight", "“It’s a start,” she said ‘twice’.",
             "\"It's a start,\" she said 'twice'."},
            {"low quotes", "„Ja“", "\"Ja\""},
            {"a low quote used as a comma is a comma", "Lisbon‚ Portugal", "Lisbon, Portugal"},
        });
  check_unchanged(glyphs_with({"glyphs.straight-quotes"}), {"«Bonjour» ‹oui›"});
}

TEST(GlyphsPolicy, Dashes) {
  check(glyphs_with({"glyphs.dashes"}),
        {
            {"double hyphen", "prices rose -- sharply -- in May", "prices rose—sharply—in May"},
            {"closed double hyphen", "prices rose--sharply", "prices rose—sharply"},
            {"spaced hyphen", "the truce - a floor - held", "the truce—a floor—held"},
            {"spaced en dash", "the truce – a floor – held", "the truce—a floor—held"},
            {"spaced em dash", "the truce — a floor", "the truce—a floor"},
            {"after a closing quote", "the 'deal' - for now", "the 'deal'—for now"},
        });
  check_unchanged(glyphs_with({"glyphs.dashes"}), {
                                                      "a well-known e-mail",
                                                      "the 2019–2021 dispute",
                                                      "won 3 - 2",
                                                      "- a list item\n",
                                                      "run --ports=RTM",
                                                      "|---|---|",
                                                      "a line\n---\n",
                                                      "-1.7%",
                                                      "prices rose—sharply",
                                                  });
}

TEST(GlyphsPolicy, Ellipses) {
  check(glyphs_with({"glyphs.ellipses"}),
        {
            {"three periods", "It is a start...", "It is a start…"},
            {"inside a quote", "“Well...” she said", "“Well…” she said"},
        });
  check_unchanged(glyphs_with({"glyphs.ellipses"}), {"two.. four.... dots", "a … b", "../up"});
}

TEST(GlyphsPolicy, StageGlobDoesNotSwitchOnOptInRules) {
  const CleanResult result = glyphs_with({}).clean("\"quote\" -- dash... • bullet");
  EXPECT_EQ(result.text, "\"quote\" -- dash... • bullet");
}

}  // namespace
}  // namespace copydesk
