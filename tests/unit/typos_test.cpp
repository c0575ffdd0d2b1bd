// Specification of the typo stage as the default pack ships it (rules/en/typos.toml): known
// misspellings fixed in the casing of the text, and everything that must never change: right
// words in either spelling, names, acronyms, identifiers, protected spans, contractions.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "casing.hpp"
#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"
#include "rule.hpp"
#include "word_list.hpp"

namespace copydesk {
namespace {

constexpr const char* kCodespellList =
    "/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt";

bool codespell_installed() {
  return ::access(kCodespellList, R_OK) == 0;
}

// The typo stage alone, so that other stages' changes do not blur these tables.
const Pipeline& typos_only() {
  static const Pipeline pipeline = [] {
    PipelineOptions options;
    options.only = {"typos.core", "typos.codespell", "typos.codespell.ambiguous"};
    return Pipeline::load(options);
  }();
  return pipeline;
}

// The default pack with the en-GB locale pack added, as a British house would run it.
const Pipeline& british() {
  return testing::only_rules(
      {"typos.core", "typos.codespell", "typos.codespell.ambiguous", "typos.codespell.en-gb"},
      {"rules/locales/en-gb"});
}

struct Row {
  const char* name;
  const char* input;
  const char* expected;
};

void check_rows(const Pipeline& pipeline, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.input, row.expected);
  }
}

std::vector<Change> suggestions_for(const CleanResult& result, std::string_view word) {
  std::vector<Change> out;
  for (const Change& c : result.suggestions) {
    if (c.before == word) out.push_back(c);
  }
  return out;
}

// The core list is the team's own and ships in the binary: it works without codespell.
TEST(TyposTest, CoreListFixesCommonMisspellings) {
  check_rows(
      typos_only(),
      {
          {"doubled consonant written single", "We cannot accomodate them.",
           "We cannot accommodate them."},
          {"ie and ei swapped", "They recieved a letter.", "They received a letter."},
          {"unstressed vowel", "They will seperate the two.", "They will separate the two."},
          {"suffix twin", "An independant review.", "An independent review."},
          {"dropped letter", "The goverment said no.", "The government said no."},
          {"doubled in error", "Party suporters gathered.", "Party supporters gathered."},
          {"at a sentence start", "Goverment sources said no.", "Government sources said no."},
          {"in a headline in capitals", "GOVERMENT FALLS", "GOVERNMENT FALLS"},
          {"before a possessive", "The goverment's plan.", "The government's plan."},
          {"in curly quotes", "a \xE2\x80\x9Cgoverment\xE2\x80\x9D plan",
           "a \xE2\x80\x9Cgovernment\xE2\x80\x9D plan"},
          {"several in one sentence", "The goverment recieved it.", "The government received it."},
      });
}

TEST(TyposTest, CodespellListFixesInTheCasingOfTheText) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 {"lower case", "the frist vote", "the first vote"},
                 {"capitalized at a sentence start", "Frist, the vote.", "First, the vote."},
                 {"upper case", "THE FRIST VOTE", "THE FIRST VOTE"},
                 {"after a line break", "Results:\nFrist round", "Results:\nFirst round"},
                 {"until", "wait untill Monday", "wait until Monday"},
                 {"a contraction without its apostrophe", "it isnt right", "it isn't right"},
             });
}

// A mixed-case word could be a brand or a typo: reported, not changed.
TEST(TyposTest, MixedCaseIsReportedNotChanged) {
  const std::string input = "The goVerment said no.";
  EXPECT_CLEAN_WITH(typos_only(), input, input);
  const CleanResult result = typos_only().clean(input);
  const auto suggested = suggestions_for(result, "goVerment");
  ASSERT_EQ(suggested.size(), 1u);
  EXPECT_EQ(suggested[0].after, "government");
  EXPECT_EQ(suggested[0].level, Level::kSuggest);
}

// Inside a sentence, a capitalized word is most likely a name (Winn, Holliday, Corus): the
// stage reports it and leaves it.
TEST(TyposTest, CapitalizedWordInsideASentenceIsOnlyReported) {
  const std::string input = "A spokesman for Goverment House said no.";
  EXPECT_CLEAN_WITH(typos_only(), input, input);
  const auto suggested = suggestions_for(typos_only().clean(input), "Goverment");
  ASSERT_EQ(suggested.size(), 1u);
  EXPECT_EQ(suggested[0].after, "Government");
}

TEST(TyposTest, NeverChangesWordsThatAreRight) {
  check_rows(typos_only(),
             {
                 {"British spelling", "The colour of the flag.", "The colour of the flag."},
                 {"British -ise", "They will organise and analyse it.",
                  "They will organise and analyse it."},
                 {"accepted variant", "We are focussed on it.", "We are focussed on it."},
                 {"British -ll-", "Travelling and cancelled.", "Travelling and cancelled."},
                 {"hyphenated spelling", "They will co-ordinate and pre-empt it.",
                  "They will co-ordinate and pre-empt it."},
                 {"plain sentence", "The government received a separate letter.",
                  "The government received a separate letter."},
             });
}

TEST(TyposTest, NeverChangesNamesAcronymsOrPiecesOfWords) {
  check_rows(typos_only(),
             {
                 {"acronym under five letters", "The ONS said so.", "The ONS said so."},
                 {"acronym of a company", "Shares in BASF rose.", "Shares in BASF rose."},
                 {"piece of a hyphenated name", "Winn-Dixie files for bankruptcy.",
                  "Winn-Dixie files for bankruptcy."},
                 {"piece of a hyphenated word", "Free add-ons and a right-hander.",
                  "Free add-ons and a right-hander."},
                 {"name inside a sentence", "A deal with Corus and Mr Winn.",
                  "A deal with Corus and Mr Winn."},
                 {"contraction", "It wasn't and it isn't.", "It wasn't and it isn't."},
                 {"piece after an apostrophe", "O'Goverment is a name.", "O'Goverment is a name."},
                 {"soft hyphen inside a word", "an agree\xC2\xADment", "an agree\xC2\xADment"},
             });
}

TEST(TyposTest, LeavesOtherLanguagesAlone) {
  check_rows(
      typos_only(),
      {
          {"French line",
           "C'est vrai que nous n'en avons pas encore beaucoup parlé. Tu sais, ça fait des années.",
           "C'est vrai que nous n'en avons pas encore beaucoup parlé. Tu sais, ça fait des "
           "années."},
          {"Spanish line with one function word",
           "NESTLÉ requiere contratar personal para diferentes areas a nivel nacional e "
           "internacional",
           "NESTLÉ requiere contratar personal para diferentes areas a nivel nacional e "
           "internacional"},
          {"Spanish paragraph",
           "La empresa requiere personal para los proyectos y el equipo con sus clientes en el "
           "país.",
           "La empresa requiere personal para los proyectos y el equipo con sus clientes en el "
           "país."},
      });
  // An English paragraph beside them is still corrected.
  EXPECT_CLEAN_WITH(typos_only(), "Tu sais, nous ne savons pas.\n\nThe frist time.",
                    "Tu sais, nous ne savons pas.\n\nThe first time.");
}

TEST(TyposTest, NeverChangesIdentifiersOrProtectedText) {
  check_rows(typos_only(),
             {
                 {"snake case", "Set goverment_id first.", "Set goverment_id first."},
                 {"upper snake case", "Set GOVERMENT_ID first.", "Set GOVERMENT_ID first."},
                 {"camel case", "Call recievedData now.", "Call recievedData now."},
                 {"URL", "See https://example.com/goverment today.",
                  "See https://example.com/goverment today."},
                 {"email address", "Write to goverment@example.com today.",
                  "Write to goverment@example.com today."},
                 {"domain", "Visit goverment.com today.", "Visit goverment.com today."},
                 {"inline code", "Run `recieve` now.", "Run `recieve` now."},
                 {"handle", "Follow @goverment today.", "Follow @goverment today."},
             });
}

TEST(TyposTest, AmbiguousCodespellEntriesAreOnlyReported) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  // codespell lists "abbort->abort, abbot,": two candidates, no automatic fix.
  const std::string input = "They will abbort the launch.";
  EXPECT_CLEAN_WITH(typos_only(), input, input);
  const auto suggested = suggestions_for(typos_only().clean(input), "abbort");
  ASSERT_EQ(suggested.size(), 1u);
  EXPECT_EQ(suggested[0].rule, "typos.codespell.ambiguous");
  EXPECT_EQ(suggested[0].after, "abort");
}

// The en-US rule writes fixes in American spelling, the en-GB rule in British spelling, and
// neither takes a spelling of the other locale for a typo.
TEST(TyposTest, LocalesChooseTheSpellingOfTheFix) {
  if (!codespell_installed()) GTEST_SKIP() << "codespell is not installed";
  check_rows(typos_only(),
             {
                 {"US fix", "They analise the data.", "They analyze the data."},
                 {"British word left alone", "The colour is right.", "The colour is right."},
             });
  check_rows(british(),
             {
                 {"British fix", "They analize the data.", "They analyse the data."},
                 {"British word left alone", "The colour is right.", "The colour is right."},
                 {"American word left alone", "The color is right.", "The color is right."},
             });
}

TEST(TyposTest, OutputIsStableOnTheSamples) {
  // Cleaning twice changes nothing more than cleaning once (no list loops).
  for (const char* text : {"Frist the goverment recieved an independant report untill Monday.",
                           "GOVERMENT and Goverment and goverment's plan, accomodate seperate."}) {
    const std::string once = typos_only().clean(text).text;
    EXPECT_EQ(typos_only().clean(once).text, once) << text;
  }
}

TEST(TyposTest, RulesListSaysWhenCodespellIsMissing) {
  // With codespell installed no note is due; the note itself is specified in
  // typos_lists_test (SystemListMissingSwitchesTheRuleOffWithANote).
  // The pipeline outlives the notes it is asked for: they are its own.
  const Pipeline pipeline = Pipeline::load({});
  if (!codespell_installed()) {
    const auto& notes = pipeline.notes();
    ASSERT_FALSE(notes.empty());
    EXPECT_NE(notes[0].find("typos.codespell"), std::string::npos);
  } else {
    for (const std::string& note : pipeline.notes()) {
      EXPECT_EQ(note.find("typos.codespell is off"), std::string::npos) << note;
    }
  }
}

// typos.hunspell (off by default): unknown words reported with hunspell's suggestion, never
// changed; names inside a sentence, acronyms and identifiers are not checked.
TEST(TyposTest, HunspellReportsUnknownWordsAndChangesNothing) {
  if (::access("/usr/share/hunspell/en_US.aff", R_OK) != 0)
    GTEST_SKIP() << "hunspell-en-us is not installed";
  PipelineOptions options;
  options.enable = {"typos.hunspell"};  // opt-in: --only alone narrows, it does not switch on
  options.only = {"typos.hunspell"};
  const Pipeline pipeline = Pipeline::load(options);
  const std::string input = "The goverment met Mr Smithsonx and NATOX at my_varible.";
  EXPECT_CLEAN_WITH(pipeline, input, input);
  const CleanResult result = pipeline.clean(input);
  if (result.suggestions.empty()) GTEST_SKIP() << "libhunspell-1.7.so.0 is not installed";
  ASSERT_EQ(result.suggestions.size(), 1u);
  EXPECT_EQ(result.suggestions[0].before, "goverment");
  EXPECT_EQ(result.suggestions[0].after, "government");
  EXPECT_EQ(result.suggestions[0].rule, "typos.hunspell");
}

// The core list is loaded without a real-word check (it would cost every run); this is that
// check, once: no typo of typos-core.txt is a word of hunspell en_US or typos-real-words.txt,
// and the list does not loop.
TEST(TyposTest, CoreListHoldsNoRealWordAndNoLoop) {
  const std::string dir = std::string(COPYDESK_SOURCE_DIR) + "/rules/en/";
  auto read = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  WordSet real;
  real.add_lines(read(dir + "typos-real-words.txt"));
  const std::string dic = read("/usr/share/hunspell/en_US.dic");
  if (!dic.empty()) real.add_hunspell_dic(dic);
  std::vector<WordPair> pairs;
  parse_typo_list(
      read(dir + "typos-core.txt"),
      [&](const TypoEntry& e) {
        EXPECT_FALSE(e.ambiguous()) << "line " << e.line;
        EXPECT_FALSE(real.contains(fold_case(e.typo))) << e.typo << " is a word";
        pairs.push_back({std::string(e.typo), std::string(e.fix), {}, false});
      },
      [](std::size_t line, std::string message) {
        ADD_FAILURE() << "line " << line << ": " << message;
      });
  EXPECT_GT(pairs.size(), 30000u);
  EXPECT_TRUE(find_loops(pairs).empty());
}

}  // namespace
}  // namespace copydesk
