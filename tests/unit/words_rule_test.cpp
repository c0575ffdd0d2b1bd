// Specification of `words` rules, through the public Pipeline: whole words and phrases,
// matched case-insensitively, replaced in the casing of the text (dialog -> dialogue,
// Dialog -> Dialogue, DIALOG -> DIALOGUE); a mixed-case word is only reported; protected
// spans (URLs, code, email addresses, ...) are never changed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

using ::copydesk::testing::pipeline_with;

const Pipeline& house() {
  static const Pipeline pipeline = pipeline_with({"tests/packs/house.toml"});
  return pipeline;
}

// A pack of this test's own for phrases and non-ASCII words, which house.toml does not have.
constexpr const char* kPhrasesPack = R"toml(
[pack]
name = "words-test"
description = "Phrases and non-ASCII words for words_rule_test"

[[rule]]
id = "test.phrases"
kind = "words"
description = "Multi-word and non-ASCII entries"
words = { "per cent" = "percent", "cafe" = "café", "façade" = "facade" }
examples = [
  { before = "up 5 per cent", after = "up 5 percent" },
  { unchanged = "up 5 percent" },
]
)toml";

const Pipeline& phrases() {
  static const Pipeline pipeline = [] {
    // One file per process: ctest may run these tests in parallel processes.
    const std::string path = ::testing::TempDir() + "copydesk_words_rule_test_pack_" +
                             std::to_string(::getpid()) + ".toml";
    std::ofstream(path, std::ios::binary) << kPhrasesPack;
    PipelineOptions options;
    options.rule_packs.push_back(path);
    options.only = {"test.*"};  // the words rules alone: the spacing stage would join "per  cent"
    return Pipeline::load(options);
  }();
  return pipeline;
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

// The changes one rule made: other packs' rules may run on the same text too.
std::vector<Change> changes_by(const std::vector<Change>& changes, const std::string& rule) {
  std::vector<Change> out;
  for (const Change& c : changes) {
    if (c.rule == rule) out.push_back(c);
  }
  return out;
}

TEST(WordsRuleTest, ReplacesInTheCasingOfTheText) {
  check_rows(
      house(),
      {
          {"lower case", "We need an effective dialog now.", "We need an effective dialogue now."},
          {"capitalized at a sentence start", "Dialog is the answer.", "Dialogue is the answer."},
          {"upper case", "A DIALOG BOX appeared.", "A DIALOGUE BOX appeared."},
          {"several in one text", "The dialog went on. Dialog again, and DIALOG.",
           "The dialogue went on. Dialogue again, and DIALOGUE."},
          {"before a comma", "It was a dialog, not a monologue.",
           "It was a dialogue, not a monologue."},
          {"in curly quotes",
           "He called it a \xE2\x80\x9C"
           "dialog\xE2\x80\x9D.",
           "He called it a \xE2\x80\x9C"
           "dialogue\xE2\x80\x9D."},
          {"in brackets", "The talks (a dialog) ended.", "The talks (a dialogue) ended."},
          {"first part of a hyphenated compound", "A dialog-based approach.",
           "A dialogue-based approach."},
          {"after a multi-byte character", "Le caf\xC3\xA9 dialog ended.",
           "Le caf\xC3\xA9 dialogue ended."},
          {"at the very start and end", "dialog", "dialogue"},
          {"already in house style", "An effective dialogue.", "An effective dialogue."},
      });
}

TEST(WordsRuleTest, HyphenatedEntries) {
  check_rows(house(),
             {
                 {"lower case", "Send an e-mail today.", "Send an email today."},
                 {"each part capitalized", "E-Mail the desk.", "Email the desk."},
                 {"capitalized", "E-mail the desk.", "Email the desk."},
                 {"upper case", "E-MAIL THE DESK", "EMAIL THE DESK"},
                 {"written without the hyphen: not listed", "Send an e mail today.",
                  "Send an e mail today."},
                 {"inflected form: not listed", "She e-mailed twice about the e-mails.",
                  "She e-mailed twice about the e-mails."},
                 {"already in house style", "Send an email today.", "Send an email today."},
             });
}

TEST(WordsRuleTest, MultiWordEntries) {
  check_rows(
      phrases(),
      {
          {"two words", "Prices rose 5 per cent on Monday.", "Prices rose 5 percent on Monday."},
          {"capitalized first word", "Per cent is two words here.", "Percent is two words here."},
          {"each word capitalized", "Per Cent Rise", "Percent Rise"},
          {"upper case", "UP 5 PER CENT", "UP 5 PERCENT"},
          {"at sentence end", "It fell 3 per cent.", "It fell 3 percent."},
          {"followed by more letters: no match", "Two per centimes.", "Two per centimes."},
          {"two spaces between the words: not the listed phrase", "up 5 per  cent",
           "up 5 per  cent"},
          {"first word alone", "Two per day.", "Two per day."},
          {"already one word", "Up 5 percent.", "Up 5 percent."},
      });
}

TEST(WordsRuleTest, NonAsciiEntries) {
  check_rows(
      phrases(),
      {
          {"replacement with an accent, lower case", "a cafe nearby", "a caf\xC3\xA9 nearby"},
          {"replacement with an accent, capitalized", "Cafe owners", "Caf\xC3\xA9 owners"},
          {"replacement with an accent, upper case", "CAFE OWNERS", "CAF\xC3\x89 OWNERS"},
          {"key with a cedilla, lower case",
           "the fa\xC3\xA7"
           "ade fell",
           "the facade fell"},
          {"key with a cedilla, upper case",
           "THE FA\xC3\x87"
           "ADE FELL",
           "THE FACADE FELL"},
          {"key with a cedilla, capitalized",
           "Fa\xC3\xA7"
           "ade work",
           "Facade work"},
          {"word that only starts like the key", "cafeteria", "cafeteria"},
      });
}

TEST(WordsRuleTest, RespectsWordBoundaries) {
  check_rows(
      house(),
      {
          {"plural is another word", "Several dialogs opened.", "Several dialogs opened."},
          {"prefixed", "A predialog phase.", "A predialog phase."},
          {"identifier with underscore after", "Open dialog_box now.", "Open dialog_box now."},
          {"identifier with underscore before", "Open my_dialog now.", "Open my_dialog now."},
          {"camel case", "Open dialogBox now.", "Open dialogBox now."},
          {"with digits", "Open dialog2 now.", "Open dialog2 now."},
          {"e-mail inside a longer word", "Use xe-mail now.", "Use xe-mail now."},
      });
}

// Protected spans: nothing inside them changes, whatever the words rules say.
TEST(WordsRuleTest, LeavesProtectedTextAlone) {
  check_rows(
      house(),
      {
          {"URL path", "See https://example.com/dialog for details.",
           "See https://example.com/dialog for details."},
          {"URL at sentence end", "See https://example.com/dialog.",
           "See https://example.com/dialog."},
          {"URL without a scheme", "See www.example.com/dialog today.",
           "See www.example.com/dialog today."},
          {"inline code", "Call `dialog` here.", "Call `dialog` here."},
          {"fenced code", "Code:\n```\ndialog = e-mail\n```\n",
           "Code:\n```\ndialog = e-mail\n```\n"},
          {"email address", "Write to dialog@example.com today.",
           "Write to dialog@example.com today."},
          {"email address with e-mail in it", "Write to e-mail@example.com today.",
           "Write to e-mail@example.com today."},
          {"domain name", "Visit dialog.com today.", "Visit dialog.com today."},
          {"file name", "Open dialog.txt now.", "Open dialog.txt now."},
          {"path", "Look in /usr/share/dialog now.", "Look in /usr/share/dialog now."},
          {"handle", "Follow @dialog today.", "Follow @dialog today."},
          {"protected and unprotected in one text", "A dialog about https://example.com/dialog.",
           "A dialogue about https://example.com/dialog."},
      });
}

// A mixed-case word's intent is unknown ("dIalog" could be a name or a typo): it is reported,
// never changed.
TEST(WordsRuleTest, MixedCaseIsOnlySuggested) {
  struct SuggestRow {
    const char* name;
    const char* input;
    const char* word;
  };
  const std::vector<SuggestRow> rows = {
      {"one stray capital", "A dIalog started.", "dIalog"},
      {"camel-cased", "A DiaLog started.", "DiaLog"},
      {"hyphenated, mixed", "Send an e-MaIl today.", "e-MaIl"},
  };
  for (const SuggestRow& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(house(), row.input, row.input);
    const CleanResult result = house().clean(row.input);
    EXPECT_TRUE(changes_by(result.changes, "house.dialogue").empty());
    const std::vector<Change> suggestions = changes_by(result.suggestions, "house.dialogue");
    ASSERT_EQ(suggestions.size(), 1u);
    const Change& s = suggestions[0];
    EXPECT_EQ(s.level, Level::kSuggest);
    EXPECT_EQ(s.before, row.word);
    EXPECT_EQ(s.after, std::string(row.word).find('-') == std::string::npos ? "dialogue" : "email");
    EXPECT_EQ(s.offset, std::string(row.input).find(row.word));
    EXPECT_EQ(s.length, std::string(row.word).size());
  }
}

TEST(WordsRuleTest, ReportsEachChangeWhereTheInputHasIt) {
  // Line 1: "Café " is 6 bytes but 5 code points. Line 2: "Naïve " is 7 bytes, 6 code points.
  const std::string input = "Caf\xC3\xA9 dialog.\nNa\xC3\xAFve e-mail and DIALOG.\n";
  const CleanResult result = house().clean(input);
  EXPECT_EQ(result.text, "Caf\xC3\xA9 dialogue.\nNa\xC3\xAFve email and DIALOGUE.\n");
  EXPECT_TRUE(result.conflicts.empty());

  struct ExpectedChange {
    std::size_t offset, length, line, column;
    const char* before;
    const char* after;
  };
  const std::vector<ExpectedChange> expected = {
      {6, 6, 1, 6, "dialog", "dialogue"},
      {21, 6, 2, 7, "e-mail", "email"},
      {32, 6, 2, 18, "DIALOG", "DIALOGUE"},
  };
  const std::vector<Change> changes = changes_by(result.changes, "house.dialogue");
  ASSERT_EQ(changes.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("change " + std::to_string(i) + ": " + expected[i].before);
    const Change& c = changes[i];
    EXPECT_EQ(c.rule, "house.dialogue");
    EXPECT_EQ(c.level, Level::kFix);
    EXPECT_EQ(c.offset, expected[i].offset);
    EXPECT_EQ(c.length, expected[i].length);
    EXPECT_EQ(c.line, expected[i].line);
    EXPECT_EQ(c.column, expected[i].column);
    EXPECT_EQ(c.before, expected[i].before);
    EXPECT_EQ(c.after, expected[i].after);
    EXPECT_EQ(input.substr(c.offset, c.length), expected[i].before);
  }
  EXPECT_TRUE(result.changed());
}

TEST(WordsRuleTest, NothingToChangeReportsNothing) {
  const CleanResult result = house().clean("An effective dialogue by email.\n");
  EXPECT_EQ(result.text, "An effective dialogue by email.\n");
  EXPECT_TRUE(changes_by(result.changes, "house.dialogue").empty());
  EXPECT_TRUE(changes_by(result.suggestions, "house.dialogue").empty());
}

}  // namespace
}  // namespace copydesk
