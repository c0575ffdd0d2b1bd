// Specification of typo lists and the words-rule keys that read them: codespell's format,
// lists installed by another package (`system_list`), words that are never typos
// (`real_words`), spelling variants and locales, which entries a rule takes (`entries`), and the
// check that a list never loops. Each test writes a small pack of its own.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"
#include "rule.hpp"
#include "word_list.hpp"
#include "word_table.hpp"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

// A folder of files for one test, removed at the end.
class TempPack {
 public:
  TempPack() {
    static int counter = 0;
    dir_ = fs::path(::testing::TempDir()) /
           ("copydesk_typos_lists_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
    fs::create_directories(dir_);
  }
  ~TempPack() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& name, const std::string& content) const {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  Pipeline load(const std::string& pack_file) const {
    PipelineOptions options;
    options.default_rules = false;
    options.rule_packs = {path(pack_file)};
    return Pipeline::load(options);
  }

 private:
  fs::path dir_;
};

std::string pack_with_rule(const std::string& keys) {
  return "[pack]\nname = \"t\"\nstage = \"typos\"\n\n[[rule]]\nid = \"t.typos\"\nkind = \"words\"\n"
         "description = \"test\"\n" +
         keys + "\n";
}

// All diagnostics of a load that fails, joined.
std::string load_error(const TempPack& pack, const std::string& file) {
  try {
    pack.load(file);
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

TEST(TypoListFormat, ParsesCodespellLines) {
  struct Expected {
    std::string typo, fix;
    std::size_t candidates;
    std::string reason;
    std::size_t line;
  };
  std::vector<Expected> got;
  std::vector<std::string> errors;
  parse_typo_list(
      "# comment\nfrist->first\n\nabbort->abort, abbot,\nclas->class, disabled for c++\n"
      "  spaced -> fixed \r\nonly->one,\nno arrow here\nempty->\n",
      [&](const TypoEntry& e) {
        got.push_back(
            {std::string(e.typo), std::string(e.fix), e.candidates, std::string(e.reason), e.line});
      },
      [&](std::size_t line, std::string message) {
        errors.push_back(std::to_string(line) + ": " + message);
      });
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].typo, "frist");
  EXPECT_EQ(got[0].fix, "first");
  EXPECT_EQ(got[0].candidates, 1u);
  EXPECT_EQ(got[0].reason, "");
  EXPECT_EQ(got[0].line, 2u);
  EXPECT_EQ(got[1].fix, "abort");
  EXPECT_EQ(got[1].candidates, 2u);
  EXPECT_EQ(got[2].fix, "class");
  EXPECT_EQ(got[2].reason, "disabled for c++");
  EXPECT_EQ(got[3].typo, "spaced");
  EXPECT_EQ(got[3].fix, "fixed");
  EXPECT_EQ(got[4].fix, "one");
  EXPECT_FALSE(got[4].reason.empty())
      << "a trailing comma after one candidate: codespell will not apply it";
  EXPECT_EQ(errors,
            (std::vector<std::string>{"8: expected 'typo->fix'", "9: expected 'typo->fix'"}));
}

TEST(TypoListFormat, WordSetReadsHunspellAndPlainLists) {
  WordSet words;
  words.add_hunspell_dic("3\nAaron/M\nhouse/SMG\ncolor\n");
  words.add_lines("# British\ncolour\njapan->Japan\n");
  for (const char* word : {"aaron", "house", "color", "colour", "japan"})
    EXPECT_TRUE(words.contains(word)) << word;
  for (const char* word : {"3", "house/smg", "Aaron", "houses"})
    EXPECT_FALSE(words.contains(word)) << word;
}

TEST(TypoListFormat, SpellingVariantsGiveTheLocalesSpelling) {
  SpellingVariants variants;
  variants.add_lines("colour->color\nanalyse->analyze\n");
  EXPECT_TRUE(variants.is_variant("colour"));
  EXPECT_TRUE(variants.is_variant("color"));
  EXPECT_FALSE(variants.is_variant("flag"));
  EXPECT_EQ(variants.in_locale("color", Locale::kEnGb), "colour");
  EXPECT_EQ(variants.in_locale("Analyse", Locale::kEnUs), "Analyze");
  EXPECT_EQ(variants.in_locale("COLOUR", Locale::kEnUs), "COLOR");
  EXPECT_EQ(variants.in_locale("colour", Locale::kEnGb), "colour");
  EXPECT_EQ(variants.in_locale("flag", Locale::kEnGb), "flag");
}

TEST(TypoListFormat, FindsListsThatLoop) {
  auto pairs = [](std::vector<std::pair<std::string, std::string>> list) {
    std::vector<WordPair> out;
    for (auto& [from, to] : list) out.push_back({from, to, {}, false});
    return out;
  };
  EXPECT_EQ(find_loops(pairs({{"frist", "first"}, {"first", "fist"}})),
            (std::vector<std::size_t>{0}));
  EXPECT_EQ(find_loops(pairs({{"alot", "a lot"}, {"lot", "lots"}})), (std::vector<std::size_t>{0}));
  EXPECT_EQ(find_loops(pairs({{"Teh", "The"}, {"the", "teh"}})), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(find_loops(pairs({{"percnt", "per cent"}, {"per cent", "percent"}})),
            (std::vector<std::size_t>{0}));
  // A word joined by an apostrophe is not a word of its own; a possessive is.
  EXPECT_TRUE(find_loops(pairs({{"wasnt", "wasn't"}, {"wasn", "was"}})).empty());
  EXPECT_EQ(find_loops(pairs({{"govts", "govt's"}, {"govt", "government"}})),
            (std::vector<std::size_t>{0}));
  EXPECT_TRUE(find_loops(pairs({{"frist", "first"}, {"recieve", "receive"}})).empty());
}

TEST(TypoListFormat, OnlyHyphenationIsNoTypo) {
  EXPECT_TRUE(only_hyphenation("co-ordinate", "coordinate"));
  EXPECT_TRUE(only_hyphenation("e-mail", "Email"));
  EXPECT_FALSE(only_hyphenation("auto-genrated", "auto-generated"));
  EXPECT_FALSE(only_hyphenation("frist", "first"));
}

TEST(WordTableTest, NumbersWordsAndFindsThem) {
  WordTable table;
  EXPECT_EQ(table.find("frist"), WordTable::kNone);
  EXPECT_EQ(table.insert("frist"), 0u);
  EXPECT_EQ(table.insert("teh"), 1u);
  EXPECT_EQ(table.insert("frist"), 0u);
  EXPECT_EQ(table.find("teh"), 1u);
  EXPECT_EQ(table.find("te"), WordTable::kNone);
  EXPECT_EQ(table.word(1), "teh");
  // Many words: the table grows and still finds every one.
  for (int i = 0; i < 20000; ++i) table.insert("w" + std::to_string(i));
  EXPECT_EQ(table.size(), 20002u);
  for (int i = 0; i < 20000; i += 997)
    EXPECT_EQ(table.word(table.find("w" + std::to_string(i))), "w" + std::to_string(i));
  EXPECT_EQ(table.find("w20000"), WordTable::kNone);
}

TEST(TypoListRules, ListBesideThePackWithSuggestOnlyEntries) {
  TempPack pack;
  pack.write("typos.txt", "frist->first\nabbort->abort, abbot,\nclas->class, a reason\n");
  pack.write("pack.toml",
             pack_with_rule(
                 "list = \"typos.txt\"\nexamples = [{ before = \"frist\", after = \"first\" }]"));
  const Pipeline pipeline = pack.load("pack.toml");
  EXPECT_CLEAN_WITH(pipeline, "the frist abbort clas", "the first abbort clas");
  const CleanResult result = pipeline.clean("the frist abbort clas");
  ASSERT_EQ(result.suggestions.size(), 2u);
  EXPECT_EQ(result.suggestions[0].after, "abort");
  EXPECT_EQ(result.suggestions[1].after, "class");
}

TEST(TypoListRules, EntriesChoosesFixesOrAmbiguousOnes) {
  TempPack pack;
  pack.write("typos.txt", "frist->first\nabbort->abort, abbot,\n");
  pack.write("fixes.toml", pack_with_rule("list = \"typos.txt\"\nentries = \"fixes\""));
  pack.write("ambiguous.toml", pack_with_rule("list = \"typos.txt\"\nentries = \"ambiguous\""));
  const CleanResult fixes = pack.load("fixes.toml").clean("frist abbort");
  EXPECT_EQ(fixes.text, "first abbort");
  EXPECT_TRUE(fixes.suggestions.empty());
  const CleanResult ambiguous = pack.load("ambiguous.toml").clean("frist abbort");
  EXPECT_EQ(ambiguous.text, "frist abbort");
  ASSERT_EQ(ambiguous.suggestions.size(), 1u);
  EXPECT_EQ(ambiguous.suggestions[0].before, "abbort");
  pack.write("bad.toml", pack_with_rule("list = \"typos.txt\"\nentries = \"some\""));
  EXPECT_NE(load_error(pack, "bad.toml").find("entries must be"), std::string::npos);
}

TEST(TypoListRules, RealWordsAreNeverTypos) {
  TempPack pack;
  const std::string system_list =
      pack.write("system.txt", "frist->first\nhouse->horse\nmoer->more\nco-ordinate->coordinate\n");
  const std::string dic = pack.write("words.dic", "2\nhouse/SM\nco\nordinate\n");
  pack.write("mine.txt", "moer\n");
  pack.write("pack.toml", pack_with_rule("system_list = [\"" + system_list +
                                         "\"]\nreal_words = [\"" + dic + "\", \"mine.txt\"]"));
  const Pipeline pipeline = pack.load("pack.toml");
  EXPECT_EQ(pipeline.clean("frist house moer").text, "first house moer");
  EXPECT_EQ(pipeline.clean("co-ordinate").text, "co-ordinate");
}

TEST(TypoListRules, SystemListMissingSwitchesTheRuleOffWithANote) {
  TempPack pack;
  pack.write("pack.toml",
             pack_with_rule("system_list = [\"/nonexistent/codespell/dictionary.txt\"]\n"
                            "examples = [{ before = \"frist\", after = \"first\" }]"));
  const Pipeline pipeline = pack.load("pack.toml");  // the failing example does not run
  ASSERT_EQ(pipeline.notes().size(), 1u);
  EXPECT_NE(pipeline.notes()[0].find("t.typos is off"), std::string::npos);
  EXPECT_NE(pipeline.notes()[0].find("/nonexistent/codespell/dictionary.txt"), std::string::npos);
  ASSERT_EQ(pipeline.rules().size(), 1u);
  EXPECT_FALSE(pipeline.rules()[0].enabled);
  EXPECT_EQ(pipeline.clean("frist").text, "frist");
}

TEST(TypoListRules, NoRealWordListInstalledSwitchesTheRuleOff) {
  TempPack pack;
  const std::string system_list = pack.write("system.txt", "frist->first\n");
  pack.write("pack.toml", pack_with_rule("system_list = [\"" + system_list +
                                         "\"]\nreal_words = [\"/nonexistent/en_US.dic\"]"));
  const Pipeline pipeline = pack.load("pack.toml");
  EXPECT_EQ(pipeline.clean("frist").text, "frist");
  ASSERT_EQ(pipeline.notes().size(), 1u);
  EXPECT_NE(pipeline.notes()[0].find("/nonexistent/en_US.dic"), std::string::npos);
}

TEST(TypoListRules, OneMissingRealWordListIsANote) {
  TempPack pack;
  const std::string system_list = pack.write("system.txt", "frist->first\n");
  const std::string dic = pack.write("words.dic", "1\nfirst\n");
  pack.write("pack.toml",
             pack_with_rule("system_list = [\"" + system_list + "\"]\nreal_words = [\"" + dic +
                            "\", \"/nonexistent/en_GB.dic\"]"));
  const Pipeline pipeline = pack.load("pack.toml");
  EXPECT_EQ(pipeline.clean("frist").text, "first");
  ASSERT_EQ(pipeline.notes().size(), 1u);
  EXPECT_NE(pipeline.notes()[0].find("/nonexistent/en_GB.dic"), std::string::npos);
}

TEST(TypoListRules, LocaleWritesFixesInItsSpellingAndKeepsVariants) {
  TempPack pack;
  pack.write("typos.txt", "colr->color\nanalise->analyse\ncolour->color\n");
  pack.write("variants.txt", "colour->color\nanalyse->analyze\n");
  pack.write(
      "gb.toml",
      pack_with_rule("list = \"typos.txt\"\nvariants = [\"variants.txt\"]\nlocale = \"en-GB\""));
  pack.write(
      "us.toml",
      pack_with_rule("list = \"typos.txt\"\nvariants = [\"variants.txt\"]\nlocale = \"en-US\""));
  EXPECT_EQ(pack.load("gb.toml").clean("colr analise colour").text, "colour analyse colour");
  EXPECT_EQ(pack.load("us.toml").clean("colr analise").text, "color analyze");
  EXPECT_EQ(pack.load("us.toml").clean("colour").text, "colour");
  pack.write("bad.toml", pack_with_rule("list = \"typos.txt\"\nlocale = \"fr\""));
  EXPECT_NE(load_error(pack, "bad.toml").find("locale must be"), std::string::npos);
}

// A fix with a counterpart follows the document's spelling unless the rule says
// `follow_document_spelling = false`.
TEST(TypoListRules, FollowDocumentSpellingChoosesTheVarietyOfTheText) {
  TempPack pack;
  pack.write("typos.txt", "colr->color\nanalise->analyse\n");
  pack.write("variants.txt", "colour->color\nanalyse->analyze\n");
  const std::string keys =
      "list = \"typos.txt\"\nvariants = [\"variants.txt\"]\nlocale = \"en-US\"";
  pack.write("follow.toml", pack_with_rule(keys));
  pack.write("locale.toml", pack_with_rule(keys + "\nfollow_document_spelling = false"));
  EXPECT_EQ(pack.load("follow.toml").clean("colr analise colour").text, "colour analyse colour");
  EXPECT_EQ(pack.load("locale.toml").clean("colr analise colour").text, "color analyze colour");
  pack.write("bad.toml", pack_with_rule(keys + "\nfollow_document_spelling = \"yes\""));
  EXPECT_NE(load_error(pack, "bad.toml").find("'follow_document_spelling' must be true or false"),
            std::string::npos);
}

TEST(TypoListRules, AListThatLoopsIsRefused) {
  TempPack pack;
  pack.write("typos.txt", "frist->first\nfirst->fist\n");
  pack.write("pack.toml", pack_with_rule("list = \"typos.txt\""));
  const std::string error = load_error(pack, "pack.toml");
  EXPECT_NE(error.find("typos.txt:1:1"), std::string::npos) << error;
  EXPECT_NE(error.find("loops"), std::string::npos) << error;
}

TEST(TypoListRules, ASystemListThatLoopsLosesTheLoopingEntries) {
  TempPack pack;
  const std::string system_list = pack.write("system.txt", "frist->first\nfirst->fist\nteh->the\n");
  pack.write("pack.toml", pack_with_rule("system_list = [\"" + system_list + "\"]"));
  const Pipeline pipeline = pack.load("pack.toml");
  EXPECT_EQ(pipeline.clean("frist teh").text, "frist the");
}

TEST(TypoListRules, SystemEntriesThatCannotBeWordsAreSkipped) {
  TempPack pack;
  const std::string system_list =
      pack.write("system.txt", "doesnt'->doesn't\n__cplusplus->x\nteh->the\n");
  pack.write("pack.toml", pack_with_rule("system_list = [\"" + system_list + "\"]"));
  EXPECT_EQ(pack.load("pack.toml").clean("teh").text, "the");
  pack.write("own.txt", "doesnt'->doesn't\n");
  pack.write("own.toml", pack_with_rule("list = \"own.txt\""));
  EXPECT_NE(load_error(pack, "own.toml").find("a word must end with a letter or digit"),
            std::string::npos);
}

TEST(TypoListRules, WrongTypesAndRelativeSystemListsAreErrors) {
  TempPack pack;
  pack.write("a.toml", pack_with_rule("system_list = \"/usr/x.txt\""));
  EXPECT_NE(load_error(pack, "a.toml").find("'system_list' must be an array of strings"),
            std::string::npos);
  pack.write("b.toml", pack_with_rule("system_list = [\"x.txt\"]"));
  EXPECT_NE(load_error(pack, "b.toml").find("takes absolute paths"), std::string::npos);
  pack.write("c.toml", pack_with_rule("words = { teh = \"the\" }\ncautious = \"yes\""));
  EXPECT_NE(load_error(pack, "c.toml").find("'cautious' must be true or false"), std::string::npos);
  pack.write("d.toml", pack_with_rule("words = { teh = \"the\" }\nreal_words = [\"missing.txt\"]"));
  EXPECT_NE(load_error(pack, "d.toml").find("cannot read word list"), std::string::npos);
}

}  // namespace
}  // namespace copydesk
