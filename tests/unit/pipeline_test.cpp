// The engine through the public face: loading errors, change records, stability.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "expect_clean.hpp"

namespace copydesk {
namespace {

// Writes `toml` to a temporary pack file and loads it; returns the diagnostics.
std::vector<Diagnostic> load_errors(const std::string& toml) {
  const auto path = std::filesystem::temp_directory_path() / "copydesk-pipeline-test.toml";
  std::ofstream(path) << toml;
  PipelineOptions options;
  options.default_rules = false;
  options.rule_packs = {path.string()};
  try {
    Pipeline::load(options);
  } catch (const RuleError& error) {
    return error.diagnostics();
  }
  return {};
}

TEST(Pipeline, CleanTextPassesThroughByteIdentical) {
  expect_unchanged("The cat sat on the mat. It was 3.5 m from example.com, in the U.S. today.\n");
  expect_unchanged("");
  expect_unchanged("\xEF\xBB\xBFWith a BOM\r\nand CRLF\r\nand no final newline");
  expect_unchanged("invalid bytes \xFF\xFE stay \xC3 as they are");
}

TEST(Pipeline, HouseSketchFromDesignWorksAsWritten) {
  const Pipeline house = testing::pipeline_with({"tests/packs/house.toml"});
  EXPECT_CLEAN_WITH(house, "An effective dialog, 5 per cent.\n",
                    "An effective dialogue, 5 percent.\n");
  EXPECT_CLEAN_WITH(house, "Decimals stay: 3.5 per cent.", "Decimals stay: 3.5 percent.");
}

TEST(Pipeline, ChangesCarryRuleAndOriginalPosition) {
  const Pipeline house = testing::pipeline_with({"tests/packs/house.toml"});
  const CleanResult result = house.clean("first line\nsecond: a dialog\n");
  ASSERT_EQ(result.changes.size(), 1u);
  const Change& change = result.changes[0];
  EXPECT_EQ(change.rule, "house.dialogue");
  EXPECT_EQ(change.level, Level::kFix);
  EXPECT_EQ(change.line, 2u);
  EXPECT_EQ(change.column, 11u);
  EXPECT_EQ(change.offset, 21u);
  EXPECT_EQ(change.length, 6u);
  EXPECT_EQ(change.before, "dialog");
  EXPECT_EQ(change.after, "dialogue");
}

TEST(Pipeline, SuggestLevelReportsWithoutChanging) {
  PipelineOptions options;
  options.rule_packs = {std::string(COPYDESK_SOURCE_DIR) + "/tests/packs/house.toml"};
  options.force_suggest = true;
  const CleanResult result = Pipeline::load(options).clean("a dialog");
  EXPECT_EQ(result.text, "a dialog");
  ASSERT_EQ(result.suggestions.size(), 1u);
  EXPECT_EQ(result.suggestions[0].after, "dialogue");
}

TEST(Pipeline, EveryDefaultRuleLoadsAndRunsAlone) {
  // `copydesk --only RULE`: the rule's own examples must hold without the other rules (an
  // example that leans on another rule fails to load), and the rule must run.
  const Pipeline all = Pipeline::load(PipelineOptions{});
  for (const RuleSummary& rule : all.rules()) {
    if (!rule.enabled) continue;
    SCOPED_TRACE(rule.id);
    PipelineOptions options;
    options.only = {rule.id};
    try {
      const Pipeline alone = Pipeline::load(options);
      alone.clean("In the united States,said sir Alex Ferguson, Dr. okafor and i think so.");
    } catch (const std::exception& error) {
      ADD_FAILURE() << error.what();
    }
  }
}

TEST(Pipeline, FiltersSwitchRulesOff) {
  PipelineOptions options;
  options.rule_packs = {std::string(COPYDESK_SOURCE_DIR) + "/tests/packs/house.toml"};
  options.disable = {"house.dialog*"};
  EXPECT_EQ(Pipeline::load(options).clean("a dialog, 5 per cent").text, "a dialog, 5 percent");
  options.disable.clear();
  options.only = {"house.dialogue"};
  EXPECT_EQ(Pipeline::load(options).clean("a dialog, 5 per cent").text, "a dialogue, 5 per cent");
  // --only narrows what is on; a rule it names can still be switched off.
  options.only = {"house.*"};
  options.disable = {"house.percent"};
  EXPECT_EQ(Pipeline::load(options).clean("a dialog, 5 per cent").text, "a dialogue, 5 per cent");
}

TEST(Pipeline, RulesThatAgreeOnAnEditAreNoConflict) {
  const auto dir = std::filesystem::temp_directory_path() / "copydesk-agree-pack.toml";
  std::ofstream(dir) << "[[rule]]\nid = 'a.words'\nkind = 'words'\ndescription = 'd'\nwords = { "
                        "'per cent' = 'percent' }\n"
                        "[[rule]]\nid = 'a.regex'\nkind = 'regex'\ndescription = 'd'\npattern = "
                        "'per cent'\nreplace = 'percent'\n";
  PipelineOptions options;
  options.default_rules = false;
  options.rule_packs = {dir.string()};
  const CleanResult result = Pipeline::load(options).clean("5 per cent");
  EXPECT_EQ(result.text, "5 percent");
  EXPECT_TRUE(result.conflicts.empty());
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].rule, "a.words");
}

TEST(Pipeline, ConflictingEditsAreRefusedAndReported) {
  const auto dir = std::filesystem::temp_directory_path() / "copydesk-conflict-pack.toml";
  std::ofstream(dir) << "[[rule]]\nid = 'a.words'\nkind = 'words'\ndescription = 'd'\nwords = { "
                        "'per cent' = 'percent' }\n"
                        "[[rule]]\nid = 'a.regex'\nkind = 'regex'\ndescription = 'd'\npattern = "
                        "'per cent'\nreplace = 'pc'\n";
  PipelineOptions options;
  options.default_rules = false;
  options.rule_packs = {dir.string()};
  const CleanResult result = Pipeline::load(options).clean("5 per cent");
  EXPECT_EQ(result.text, "5 percent");
  ASSERT_EQ(result.conflicts.size(), 1u);
  EXPECT_NE(result.conflicts[0].find("a.regex"), std::string::npos);
  EXPECT_NE(result.conflicts[0].find("a.words"), std::string::npos);
}

TEST(Pipeline, SharedAcrossThreads) {
  const Pipeline house = testing::pipeline_with({"tests/packs/house.toml"});
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (house.clean("An effective dialog, 5 per cent.").text !=
            "An effective dialogue, 5 percent.")
          ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(Pipeline, GlobThatMatchesNothingIsAnError) {
  PipelineOptions options;
  options.only = {"no-such-rule.*"};
  EXPECT_THROW(Pipeline::load(options), RuleError);
}

struct LoadErrorCase {
  const char* name;
  const char* toml;
  std::size_t line;
  std::size_t column;
  const char* message_part;
};

TEST(Pipeline, LoadErrorsNameFileLineAndColumn) {
  const LoadErrorCase cases[] = {
      {"syntax", "[[rule]]\nid = 'x'\nkind = \"words\n", 3, 14, "parsing"},
      {"unknown key",
       "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {a='b'}\nwrods = 1\n", 6, 1,
       "unknown key 'wrods'"},
      {"wrong type",
       "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {a='b'}\nenabled = 'yes'\n",
       6, 11, "true or false"},
      {"bad regex",
       "[[rule]]\nid = 'x'\nkind = 'regex'\ndescription = 'd'\npattern = '(a'\nreplace = 'b'\n", 5,
       11, "missing )"},
      {"bad rewrite",
       "[[rule]]\nid = 'x'\nkind = 'regex'\ndescription = 'd'\npattern = '(a)'\nreplace = '\\2'\n",
       5, 11, "bad replacement"},
      {"duplicate id",
       "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {a='b'}\n[[rule]]\nid = "
       "'x'\nkind = 'words'\ndescription = 'd'\nwords = {c='d'}\n",
       6, 1, "duplicate rule id"},
      {"failing example",
       "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {colour='color'}\nexamples "
       "= [\n  { before = 'colours', after = 'colors' },\n]\n",
       7, 3, "example fails"},
      {"unknown stage",
       "[[rule]]\nid = 'x'\nkind = 'words'\nstage = 'nowhere'\ndescription = 'd'\nwords = "
       "{a='b'}\n",
       4, 9, "unknown stage"},
      {"bad word", "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {'-a'='b'}\n", 5,
       10, "must start with a letter"},
      {"missing description", "[[rule]]\nid = 'x'\nkind = 'words'\nwords = {a='b'}\n", 1, 1,
       "no 'description'"},
      {"proper nouns without names",
       "[[rule]]\nid = 'x'\nkind = 'proper-nouns'\ndescription = 'd'\n", 1, 1,
       "needs 'names', 'list' or 'not_names'"},
      {"delete-line without a pattern",
       "[[rule]]\nid = 'x'\nkind = 'delete-line'\ndescription = 'd'\n", 1, 1, "needs 'pattern'"},
      {"delete-line with a bad pattern",
       "[[rule]]\nid = 'x'\nkind = 'delete-line'\ndescription = 'd'\npattern = '(a'\n", 5, 11,
       "missing )"},
      {"not_names in a regex rule",
       "[[rule]]\nid = 'x'\nkind = 'regex'\ndescription = 'd'\npattern = 'a'\nreplace = 'b'\n"
       "not_names = ['A']\n",
       7, 13, "not used by kind \"regex\""},
      {"names in a words rule",
       "[[rule]]\nid = 'x'\nkind = 'words'\ndescription = 'd'\nwords = {a='b'}\nnames = "
       "['A']\n",
       6, 9, "not used by kind \"words\""},
  };
  for (const LoadErrorCase& c : cases) {
    SCOPED_TRACE(c.name);
    const auto errors = load_errors(c.toml);
    ASSERT_FALSE(errors.empty());
    EXPECT_TRUE(errors[0].where.file.ends_with("copydesk-pipeline-test.toml"))
        << errors[0].to_string();
    EXPECT_EQ(errors[0].where.line, c.line) << errors[0].to_string();
    EXPECT_EQ(errors[0].where.column, c.column) << errors[0].to_string();
    EXPECT_NE(errors[0].message.find(c.message_part), std::string::npos) << errors[0].to_string();
  }
}

TEST(Pipeline, ListFileBesidePackLoads) {
  const auto dir = std::filesystem::temp_directory_path() / "copydesk-list-pack";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "pack.toml")
      << "[pack]\nname = 'p'\nstage = 'typos'\n"
         "[[rule]]\nid = 'p.typos'\nkind = 'words'\ndescription = 'd'\nlist = 'typos.txt'\n";
  std::ofstream(dir / "typos.txt") << "# comment\nfrist->first\r\n\nrecieve -> receive\n";
  PipelineOptions options;
  options.default_rules = false;
  options.rule_packs = {dir.string()};
  const Pipeline pipeline = Pipeline::load(options);
  EXPECT_EQ(pipeline.clean("Frist, we recieve.").text, "First, we receive.");
}

TEST(Pipeline, HouseProperNounsTakeTheirCanonicalForm) {
  const Pipeline names = testing::pipeline_with({"tests/packs/house-names.toml"});
  const CleanResult result = names.clean("said chinedu okafor. She ran a bath.");
  EXPECT_EQ(result.text, "said Chinedu Okafor. She ran a bath.");
  ASSERT_EQ(result.changes.size(), 2u);
  EXPECT_EQ(result.changes[0].rule, "house.names");
}

TEST(Pipeline, HouseProperNounsReadAListBesideThePack) {
  const auto dir = std::filesystem::temp_directory_path() / "copydesk-names-pack";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "pack.toml")
      << "[pack]\nname = 'p'\n"
         "[[rule]]\nid = 'p.names'\nkind = 'proper-nouns'\ndescription = 'd'\n"
         "list = 'names.txt'\nnames = ['Zubair Ahmed']\n";
  std::ofstream(dir / "names.txt") << "# our staff\nIngrid Lindqvist\r\n\n  Mbali Dube  \n";
  PipelineOptions options;
  options.default_rules = false;
  options.rule_packs = {dir.string()};
  const Pipeline pipeline = Pipeline::load(options);
  EXPECT_EQ(pipeline.clean("with ingrid lindqvist, mbali dube and zubair ahmed").text,
            "with Ingrid Lindqvist, Mbali Dube and Zubair Ahmed");
}

TEST(Pipeline, HouseProperNounsOverruleTheBuiltInLexicon) {
  // The pack loads though built-in examples ("a japan-based firm") no longer hold with it.
  const Pipeline house = testing::pipeline_with({"tests/packs/house-overrides.toml"});
  const CleanResult nato = house.clean("They met at the nato summit.");
  EXPECT_EQ(nato.text, "They met at the Nato summit.");
  ASSERT_EQ(nato.changes.size(), 1u);
  EXPECT_EQ(nato.changes[0].rule, "house.names");
  // Names the house drops stay as written; one it makes ambiguous needs evidence.
  EXPECT_CLEAN_WITH(house, "Cars sold in japan. We like the mac mini.",
                    "Cars sold in japan. We like the mac mini.");
  EXPECT_CLEAN_WITH(house, "Coffee from brazil rose.", "Coffee from brazil rose.");
  EXPECT_CLEAN_WITH(house, "Unlike brazil's economy, it grew.",
                    "Unlike Brazil's economy, it grew.");
  // Without the pack, the built-in lexicon decides.
  EXPECT_CLEAN_WITH(testing::default_pipeline(), "They met at the nato summit in japan.",
                    "They met at the NATO summit in Japan.");
  // The built-in casing rules' examples are not checked with it ("rules test" says so); the
  // house rule's are.
  EXPECT_TRUE(house.test().empty());
  for (const RuleSummary& rule : house.rules()) {
    EXPECT_EQ(rule.examples_overruled, rule.id.starts_with("casing.")) << rule.id;
  }
}

TEST(Pipeline, DeleteLineRulesTakeWholeLinesAndKeepLineEndings) {
  const Pipeline house = testing::pipeline_with({"tests/packs/house-boilerplate.toml"});
  const CleanResult result =
      house.clean("One.\r\nAdvertisement\r\nTwo.\r\nRead more: https://x.org");
  EXPECT_EQ(result.text, "One.\r\nTwo.");  // no final newline before, none after
  ASSERT_EQ(result.changes.size(), 2u);
  EXPECT_EQ(result.changes[0].rule, "house.advertisement");
  EXPECT_EQ(result.changes[1].rule, "house.read-more");
  // A line that only contains a matching phrase stays, and so does its URL.
  EXPECT_CLEAN_WITH(house, "See https://x.org/advertisement\n",
                    "See https://x.org/advertisement\n");
}

TEST(Pipeline, DefaultPacksLoadWithoutAPath) {
  const Pipeline& pipeline = testing::default_pipeline();
  EXPECT_TRUE(pipeline.test().empty());
}

}  // namespace
}  // namespace copydesk
