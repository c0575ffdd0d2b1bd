// Specification of TextPositions (lib/src/document.hpp): the line and column (in code points) of
// a byte offset, as position_of counts them from the line's start, for any offset of any text,
// in any order: short lines, lines of many kilobytes, multi-byte characters and invalid bytes.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "document.hpp"

namespace copydesk {
namespace {

TEST(TextPositions, GivesLinesAndColumnsInCodePoints) {
  const std::string text = "caf\xC3\xA9 au lait\nna\xC3\xAFve\n\nend";
  TextPositions positions(text);
  EXPECT_EQ(positions.at(0).line, 1u);
  EXPECT_EQ(positions.at(0).column, 1u);
  EXPECT_EQ(positions.at(6).column, 6u);  // "au": after "café " (5 code points, 6 bytes)
  const TextPosition naive = positions.at(text.find("na"));
  EXPECT_EQ(naive.line, 2u);
  EXPECT_EQ(naive.column, 1u);
  EXPECT_EQ(positions.at(text.find("end")).line, 4u);
}

TEST(TextPositions, AgreesWithPositionOfOnLongLinesInAnyOrder) {
  // Lines of up to 60 KB of ASCII, two- and three-byte characters and stray continuation bytes,
  // asked about at random offsets.
  std::mt19937 random(7);
  const char* pieces[] = {"a", "word ", "\xC3\xA9", "\xE2\x80\x99", "\x80", "\xC3", "\n"};
  std::string text;
  for (int i = 0; i < 120000; ++i) {
    const std::size_t piece = random() % 7;
    if (piece == 6 && random() % 2000 != 0) continue;  // a line break now and then
    text += pieces[piece];
  }
  const std::vector<std::size_t> lines = find_line_starts(text);
  TextPositions positions(text);
  for (int i = 0; i < 2000; ++i) {
    const std::size_t offset = random() % (text.size() + 1);
    const TextPosition expected = position_of(text, lines, offset);
    const TextPosition got = positions.at(offset);
    ASSERT_EQ(got.line, expected.line) << "offset " << offset;
    ASSERT_EQ(got.column, expected.column) << "offset " << offset;
  }
}

}  // namespace
}  // namespace copydesk
