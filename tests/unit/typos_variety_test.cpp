// Specification of the spelling a typo fix is written in: a fix with a British/American
// counterpart takes the variety that the document itself uses (spelling_variety.hpp), and the
// pack's own (US for the default pack, British with rules/locales/en-gb) when the document
// says neither or as much for each.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

using testing::check_rows;
using testing::check_unchanged;
using testing::Row;

bool codespell_installed() {
  return ::access("/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt", R_OK) == 0;
}

const Pipeline& typos_only() {
  return testing::only_rules({"typos.core", "typos.codespell", "typos.codespell.ambiguous"});
}

// The en-GB pack added, as a British house runs it.
const Pipeline& british_pack() {
  return testing::only_rules(
      {"typos.core", "typos.codespell", "typos.codespell.ambiguous", "typos.codespell.en-gb"},
      {"rules/locales/en-gb"});
}

// The default pack with `follow_document_spelling = false` on typos.codespell.
const Pipeline& pack_spelling_only() {
  return testing::only_rules(
      {"typos.core", "typos.codespell", "typos.codespell.ambiguous", "house.typos.us-always"},
      {"tests/packs/typos-us-always.toml"});
}

TEST(TyposVarietyTest, BritishDocumentGetsBritishFixes) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 {"-our", "Her facourite colour.", "Her favourite colour."},
                 {"-our, the evidence after the fix", "The hounour of the organisers.",
                  "The honour of the organisers."},
                 {"-ise", "The organisers analise the labour market.",
                  "The organisers analyse the labour market."},
                 {"-isation", "The organsiation of the centre.", "The organisation of the centre."},
                 {"several fixes, one count", "The behaivour of a facourite neighbour.",
                  "The behaviour of a favourite neighbour."},
             });
}

TEST(TyposVarietyTest, AmericanDocumentGetsAmericanFixes) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 {"-or", "Her facourite color.", "Her favorite color."},
                 {"-ize", "The organizers analise the labor market.",
                  "The organizers analyze the labor market."},
                 {"-er", "The organsiation of the center.", "The organization of the center."},
             });
  check_rows(british_pack(),
             {
                 {"en-GB pack, American document", "Her facourite color.", "Her favorite color."},
                 {"en-GB pack, -ize", "They analize the color of the organizers.",
                  "They analyze the color of the organizers."},
             });
}

TEST(TyposVarietyTest, NoEvidenceKeepsThePackSpelling) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(), {
                               {"default pack: US", "Her facourite team.", "Her favorite team."},
                               {"typo alone", "facourite", "favorite"},
                           });
  check_rows(british_pack(),
             {
                 {"en-GB pack: British", "Her facourite team.", "Her favourite team."},
                 {"en-GB pack, -ise", "They analize the data.", "They analyse the data."},
             });
}

TEST(TyposVarietyTest, CasingIsKept) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(
      typos_only(),
      {
          {"sentence start", "Facourite colours won.", "Favourite colours won."},
          {"capitals", "FACOURITE COLOURS\nThe colour won.", "FAVOURITE COLOURS\nThe colour won."},
          {"capitals, American", "FACOURITE COLORS\nThe color won.",
           "FAVORITE COLORS\nThe color won."},
      });
}

TEST(TyposVarietyTest, InflectedFormsFollowTheDocument) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(
      typos_only(),
      {
          {"-ised", "They organsied the realised gains.", "They organised the realised gains."},
          {"-ized", "They organsied the realized gains.", "They organized the realized gains."},
          {"plural -isers", "Organsiers said the colour ran.", "Organisers said the colour ran."},
          {"plural -izers", "Organsiers said the color ran.", "Organizers said the color ran."},
          {"-ours", "The neighours and their colours.", "The neighbours and their colours."},
          {"-ors", "The neighours and their colors.", "The neighbors and their colors."},
      });
}

// Pairs that codespell's variant list lacks come from rules/en/spelling-variants.txt (made from
// hunspell en_GB and en_US): they are evidence, and fixes take their spelling.
TEST(TyposVarietyTest, PairsFromHunspellCountToo) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(
      typos_only(),
      {
          {"evidence: revitalised", "The revitalised festival's facourite.",
           "The revitalised festival's favourite."},
          {"evidence: rumour", "A rumour about the facourite.", "A rumour about the favourite."},
          {"fix: categorised", "The colours were catagorized.", "The colours were categorised."},
          {"fix: favorable", "A favoutrable color.", "A favorable color."},
      });
}

// A document that writes both: more words of one variety win; as many of each keep the pack's.
TEST(TyposVarietyTest, MixedDocumentFollowsTheMajority) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 {"British majority", "The colour, the flavour and the color of a facourite.",
                  "The colour, the flavour and the color of a favourite."},
                 {"American majority", "The color, the flavor and the colour of a facourite.",
                  "The color, the flavor and the colour of a favorite."},
                 {"tie: the pack's spelling", "The color and the colour of a facourite.",
                  "The color and the colour of a favorite."},
             });
  check_rows(british_pack(), {
                                 {"tie, en-GB pack", "The color and the colour of a facourite.",
                                  "The color and the colour of a favourite."},
                             });
}

TEST(TyposVarietyTest, OnlyLowerCaseWordsOfOneVarietyCount) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 // Names speak for no one: "Labour", "Lincoln Center".
                 {"a party's name", "Labour picked a facourite.", "Labour picked a favorite."},
                 // Both varieties write "dialogue" and "practice".
                 {"words both varieties write", "A dialogue on practice and a facourite.",
                  "A dialogue on practice and a favorite."},
             });
  check_rows(british_pack(), {
                                 {"a name, en-GB pack", "The Lincoln Center picked a facourite.",
                                  "The Lincoln Center picked a favourite."},
                             });
}

// The evidence is read within 16 KB either side of the fix, not from the whole text.
TEST(TyposVarietyTest, EvidenceIsBoundedToAWindowAroundTheFix) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  const std::string far(20 * 1024, ' ');
  const std::string filler = "The team won." + far;
  check_rows(typos_only(), {
                               {"British word far away", "The colour." + far + "A facourite won.",
                                "The colour." + far + "A favorite won."},
                               {"British word near", filler + "The colour of a facourite.",
                                filler + "The colour of a favourite."},
                           });
}

// A fix that both varieties write is not turned into the other spelling: British English
// writes "practice" for the noun, American English "analogue" too.
TEST(TyposVarietyTest, AFixBothVarietiesWriteIsKept) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(), {
                               {"analogue", "an analouge signal", "an analogue signal"},
                               {"practice", "all the pratice you do", "all the practice you do"},
                           });
  check_rows(british_pack(),
             {
                 {"practice, en-GB pack", "all the pratice you do", "all the practice you do"},
             });
}

TEST(TyposVarietyTest, TheEditKeepsItsRuleId) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  const CleanResult result = typos_only().clean("Her facourite colour.");
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].rule, "typos.codespell");
  EXPECT_EQ(result.changes[0].after, "favourite");
}

TEST(TyposVarietyTest, CanBeSwitchedOff) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(pack_spelling_only(),
             {
                 {"always US", "Her facourite colour.", "Her favorite colour."},
             });
}

TEST(TyposVarietyTest, NeverChangesWordsOfEitherVariety) {
  check_unchanged(typos_only(), {
                                    "The colour of the organisers' favourite flag.",
                                    "The color of the organizers' favorite flag.",
                                    "The colour and the color, the centre and the center.",
                                    "They analyse; we analyze.",
                                    "The Labour Party and the Lincoln Center.",
                                });
  check_unchanged(british_pack(), {
                                      "The colour of the organisers' favourite flag.",
                                      "The color of the organizers' favorite flag.",
                                  });
}

}  // namespace
}  // namespace copydesk
