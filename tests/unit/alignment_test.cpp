// Specification of the word-level aligner and the edit classes that the quality harness
// scores with.
#include "alignment.hpp"

#include <gtest/gtest.h>

#include "edit_class.hpp"

namespace copydesk {
namespace {

struct AlignCase {
  const char* name;
  const char* source;
  const char* target;
  std::vector<TextEdit> edits;
};

TEST(Alignment, EditsTurnSourceIntoTarget) {
  const AlignCase cases[] = {
      {"identical", "The vote passed.", "The vote passed.", {}},
      {"space inserted after comma",
       "markets,sending shares",
       "markets, sending shares",
       {{8, 8, "", " "}}},
      {"space inserted after abbreviation",
       "the U.K.and its partners",
       "the U.K. and its partners",
       {{8, 8, "", " "}}},
      {"space removed before comma", "coffee , cheese", "coffee, cheese", {{6, 7, " ", ""}}},
      {"double space", "a  quick look", "a quick look", {{1, 3, "  ", " "}}},
      {"case-only change", "in japan today", "in Japan today", {{3, 8, "japan", "Japan"}}},
      {"space and case in one place split in two",
       "(NATO).after the summit",
       "(NATO). After the summit",
       {{7, 7, "", " "}, {7, 12, "after", "After"}}},
      {"multi-word change",
       "the united states of",
       "the United States of",
       {{4, 10, "united", "United"}, {11, 17, "states", "States"}}},
      {"rewording keeps one block",
       "he said it was fine",
       "he told reporters it was fine",
       {{3, 7, "said", "told reporters"}}},
      {"deleted line", "one\ntwo\nthree\n", "one\nthree\n", {{4, 8, "two\n", ""}}},
      {"mojibake", "itâ€™s here", "it’s here", {{0, 10, "itâ€™", "it’"}}},
      {"table rule is one edit", "|———|——–|\n", "|---|---|\n", {{0, 21, "|———|——–|", "|---|---|"}}},
      {"word and punctuation rewritten together stay one edit",
       "He said:no",
       "He said: No way",
       {{8, 10, "no", " No way"}}},
  };
  for (const AlignCase& c : cases) {
    SCOPED_TRACE(c.name);
    const auto edits = align(c.source, c.target);
    ASSERT_EQ(edits.size(), c.edits.size());
    for (std::size_t i = 0; i < edits.size(); ++i) {
      EXPECT_EQ(edits[i].begin, c.edits[i].begin) << i;
      EXPECT_EQ(edits[i].end, c.edits[i].end) << i;
      EXPECT_EQ(edits[i].before, c.edits[i].before) << i;
      EXPECT_EQ(edits[i].after, c.edits[i].after) << i;
    }
  }
}

TEST(Alignment, UnitsCoverTheTextExactly) {
  const std::string text = "Hello,  world!\r\n\xFF invalid — “quoted”";
  std::string joined;
  for (std::string_view unit : alignment_units(text)) joined += unit;
  EXPECT_EQ(joined, text);
}

struct ClassCase {
  const char* source;
  const char* target;
  EditClass expected;
};

TEST(EditClass, DecidedByWhatChanged) {
  const ClassCase cases[] = {
      {"markets,sending", "markets, sending", EditClass::kSpacing},
      {"a  quick", "a quick", EditClass::kSpacing},
      {"in japan today", "in Japan today", EditClass::kCasing},
      {"It passed. the vote", "It passed. The vote", EditClass::kSentenceStart},
      {"the vote", "The vote", EditClass::kSentenceStart},
      {"“Yes.” officials said", "“Yes.” Officials said", EditClass::kSentenceStart},
      {"itâ€™s", "it’s", EditClass::kUnicode},
      {"Â£10", "£10", EditClass::kUnicode},
      {"rock &amp; roll", "rock & roll", EditClass::kUnicode},
      {"agree\xC2\xADment", "agreement", EditClass::kUnicode},
      {"|———|———|", "|---|---|", EditClass::kGlyph},
      {"Lisbon‚ Portugal", "Lisbon, Portugal", EditClass::kGlyph},
      {"the frist time", "the first time", EditClass::kTypo},
      {"he said it", "he told reporters it", EditClass::kOther},
  };
  for (const ClassCase& c : cases) {
    SCOPED_TRACE(c.source);
    const auto edits = align(c.source, c.target);
    ASSERT_FALSE(edits.empty());
    EXPECT_EQ(to_string(classify_edit(c.source, edits[0])), std::string(to_string(c.expected)));
  }
}

}  // namespace
}  // namespace copydesk
