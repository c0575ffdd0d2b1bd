// Specification of the unicode stage as a whole: invalid UTF-8, stability, the fast path on
// ASCII text, repairs that build on each other, and protected spans.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "expect_clean.hpp"
#include "stages/unicode_scan.hpp"

namespace copydesk {
namespace {

const Pipeline& unicode_stage() {
  static const Pipeline pipeline = [] {
    PipelineOptions options;
    options.only = {"unicode.*"};
    return Pipeline::load(options);
  }();
  return pipeline;
}

struct Row {
  const char* name;
  std::string before;
  std::string after;
};

TEST(UnicodeStage, InvalidUtf8KeepsEveryByteOrRepairsAStrayWindows1252Byte) {
  const std::vector<Row> rows = {
      {"e acute", "caf\xE9 near the venue", "café near the venue"},
      {"curly quotes", "\x93quoted\x94 text", "“quoted” text"},
      {"pound",
       "\xA3"
       "10",
       "£10"},
      {"two letters", "d\xE9\xE7u", "déçu"},
      {"cut-off UTF-8 sequence kept", "a\xE2\x80 b", "a\xE2\x80 b"},
      {"undefined byte kept", "a\x81z", "a\x81z"},
      {"lone lead byte kept", "x\xC3 y", "x\xC3 y"},
      {"binary junk kept", "\xFF\xFE\xFD\xFC\xFB", "\xFF\xFE\xFD\xFC\xFB"},
      {"junk next to mojibake", "\xFF cafÃ©", "\xFF café"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(unicode_stage(), row.before, row.after);
  }
  const CleanResult result = unicode_stage().clean("caf\xE9");
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].rule, "unicode.invalid-bytes");
  EXPECT_EQ(result.changes[0].offset, 3u);
  EXPECT_EQ(result.changes[0].length, 1u);
}

TEST(UnicodeStage, RepairsThatBuildOnEachOtherBecomeOneStableEdit) {
  const std::vector<Row> rows = {
      {"mojibake of a soft hyphen", "agreeÂ\u00ADment", "agreement"},
      {"mojibake of a byte order mark", "the ï»¿talks", "the talks"},
      {"C1 left after mojibake", "pressureâ\u0080\u0099\u0085", "pressure’…"},
      {"entity inside mojibake", "10Î&frac14;s", "10μs"},
      {"combining mark from mojibake", "cafeÌ\u0081", "café"},
      // Stray bytes read as Windows-1252 ("‚¨ø") that are themselves MacRoman mojibake.
      {"mojibake made of stray bytes", "x \x82\xA8\xF8 y", "x \u2B3F y"},
      // Stray bytes read as Windows-1252 ("â€ ", the space where 0xA0 was) that make mojibake
      // once the control character between them goes.
      {"mojibake parted by a control character", "x \xE2\x1B\x80 y", "x \u2020y"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(unicode_stage(), row.before, row.after);
  }
}

// A character the policy deletes stays between invalid bytes that its deletion would join into
// a sequence that reads otherwise ("\xC2" and "\x8D" make U+0085's neighbour U+008D): the next
// cleaning would repair that, so the first would not be stable.
TEST(UnicodeStage, KeepsWhatWouldJoinInvalidBytes) {
  EXPECT_CLEAN_WITH(unicode_stage(), "x \xC2\x1E\x8D\x96 y", "x \xC2\x1E\x8D\x96 y");
  EXPECT_CLEAN_WITH(unicode_stage(), "x \xC2\u200B\x8D\x96 y", "x \xC2\u200B\x8D\x96 y");
  // A cut-off sequence and a stray byte, which would make one character: of the two control
  // characters between them, the one that keeps them apart stays.
  EXPECT_CLEAN_WITH(unicode_stage(), "k \xBB\xF4\x8A\xAA\x1C\x07\x81 z",
                    "k \xBB\xF4\x8A\xAA\x07\x81 z");
}

// Many repairs on one line, of every kind and in both directions (the character policy goes
// forward, mojibake runs backward): each lands where it belongs, the line keeps its other text.
TEST(UnicodeStage, ManyRepairsOnOneLine) {
  std::string before, after;
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    before += "it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s " + n + " caf\xC3\x83\xC2\xA9 a\u00ADb\u200Bc ";
    after += "it\u2019s " + n + " caf\u00E9 abc ";
  }
  EXPECT_CLEAN_WITH(unicode_stage(), before, after);
}

TEST(UnicodeStage, CorrectTextIsByteIdentical) {
  for (const char* text : {
           "Plain ASCII, with AT&T, tabs\tand\r\nline endings.\n",
           "Καλημέρα κόσμε",
           "שלום עולם",
           "مرحبا بالعالم",
           "Привет, мир",
           "日本語のテキスト",
           "emoji 👩‍💻 and flags 🇬🇧 and skin tones 👍🏽",
           "5 × 3 and 2019–2021 — on purpose",
           "£10, €20, ¥30",
           "naïve café São Paulo Ærøskøbing",
           "“curly” ‘quotes’ and … ellipses",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(unicode_stage(), text, text);
  }
}

TEST(UnicodeStage, ProtectedSpansAreNotChanged) {
  for (const char* text : {
           "https://example.org/report?id=3,4&amp;lang=en",
           "`caf\u00C3\u00A9` in code",
           "```\nitâ€™s &amp; co\n```\n",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(unicode_stage(), text, text);
  }
}

TEST(UnicodeStage, OnlyTheUnicodeStageRunsWithItsGlob) {
  const CleanResult result = unicode_stage().clean("itâ€™s  markets,sending &amp; frist");
  EXPECT_EQ(result.text, "it’s  markets,sending & frist");
  for (const Change& change : result.changes)
    EXPECT_EQ(change.rule.rfind("unicode.", 0), 0u) << change.rule;
}

TEST(UnicodeScan, FindsTheFirstByteThatCanNeedWork) {
  using unicode::find_unusual_byte;
  EXPECT_EQ(find_unusual_byte("plain text, tabs\tand\r\nlines", 0), std::string_view::npos);
  EXPECT_EQ(find_unusual_byte("a b\tc&d", 0), 5u);
  EXPECT_EQ(find_unusual_byte("a\x01", 0), 1u);
  EXPECT_EQ(find_unusual_byte("a\x7F", 0), 1u);
  const std::string long_ascii(1000, 'x');
  EXPECT_EQ(find_unusual_byte(long_ascii + "é", 0), 1000u);
  EXPECT_EQ(find_unusual_byte(long_ascii + "&" + long_ascii, 3), 1000u);
  EXPECT_EQ(find_unusual_byte(long_ascii + "\x1B", 999), 1000u);
  EXPECT_EQ(find_unusual_byte("é" + long_ascii, 2), std::string_view::npos);
}

}  // namespace
}  // namespace copydesk
