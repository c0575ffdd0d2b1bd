// Specification of OffsetMap (lib/src/offset_map.hpp): after any number of stage passes, a
// byte range of the current text maps back to the range of the original input it came from,
// so that every change is reported where the user's file has it. Text written by an earlier
// pass maps to the whole original range that pass replaced.
#include "offset_map.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "edit.hpp"

namespace copydesk {
namespace {

using Range = std::pair<std::size_t, std::size_t>;

Edit replace(std::size_t offset, std::size_t length, std::string replacement) {
  return Edit{offset, length, std::move(replacement), "r"};
}
Edit insert(std::size_t offset, std::string text) {
  return Edit{offset, 0, std::move(text), "r"};
}

struct Query {
  std::size_t begin, end;  // in the text after the last pass
  Range original;          // expected range of the original text
};

struct Case {
  const char* name;
  std::string original;
  std::vector<std::vector<Edit>> passes;  // each pass's edits, in the text that pass saw
  std::string expected_text;              // after all passes (checks the row itself)
  std::vector<Query> queries;
};

// Applies the passes to the text and to a map, then checks the queries.
void check(const Case& c) {
  SCOPED_TRACE(c.name);
  std::string text = c.original;
  OffsetMap map(text.size());
  for (const auto& pass : c.passes) {
    EditSet set;
    for (const Edit& e : pass) ASSERT_FALSE(set.add(e).has_value()) << e.describe();
    text = apply_edits(text, set);
    map.compose(set);
  }
  ASSERT_EQ(text, c.expected_text);
  for (const Query& q : c.queries) {
    SCOPED_TRACE("current [" + std::to_string(q.begin) + ", " + std::to_string(q.end) + ") = '" +
                 text.substr(q.begin, q.end - q.begin) + "'");
    const Range got = map.to_original(q.begin, q.end);
    EXPECT_EQ(got, q.original) << "original '"
                               << c.original.substr(got.first, got.second - got.first) << "'";
  }
}

TEST(OffsetMapTest, IdentityBeforeAnyPass) {
  const std::vector<Case> cases = {
      {"every range maps to itself",
       "foo,bar",
       {},
       "foo,bar",
       {{0, 7, {0, 7}},
        {0, 0, {0, 0}},
        {2, 5, {2, 5}},
        {3, 4, {3, 4}},
        {6, 7, {6, 7}},
        {7, 7, {7, 7}}}},
      {"empty text", "", {}, "", {{0, 0, {0, 0}}}},
      {"a pass with no edits changes nothing",
       "abc",
       {{}},
       "abc",
       {{0, 3, {0, 3}}, {1, 2, {1, 2}}, {3, 3, {3, 3}}}},
  };
  for (const Case& c : cases) check(c);
}

TEST(OffsetMapTest, OnePass) {
  const std::vector<Case> cases = {
      {"insertion: text after it shifts back",
       "foo,bar",
       {{insert(4, " ")}},
       "foo, bar",
       {{0, 4, {0, 4}},    // "foo," untouched
        {5, 8, {4, 7}},    // "bar" shifted by one
        {4, 5, {4, 4}},    // the inserted space covers no original byte
        {4, 4, {4, 4}},    // a point at the insertion
        {3, 5, {3, 4}},    // ", " -> ","
        {0, 8, {0, 7}}}},  // everything
      {"insertion at the start",
       "bar",
       {{insert(0, "foo ")}},
       "foo bar",
       {{0, 4, {0, 0}}, {4, 7, {0, 3}}, {5, 6, {1, 2}}, {0, 7, {0, 3}}}},
      {"insertion at the end",
       "foo",
       {{insert(3, "!")}},
       "foo!",
       {{3, 4, {3, 3}}, {0, 3, {0, 3}}, {4, 4, {3, 3}}, {0, 4, {0, 3}}}},
      {"deletion: text after it shifts forward",
       "a  b",
       {{replace(1, 1, "")}},
       "a b",
       {{0, 1, {0, 1}}, {2, 3, {3, 4}}, {1, 2, {2, 3}}, {0, 3, {0, 4}}}},
      {"longer replacement",
       "a dialog box",
       {{replace(2, 6, "dialogue")}},
       "a dialogue box",
       {{2, 10, {2, 8}},    // the replacement maps to what it replaced
        {4, 6, {2, 8}},     // any part of it maps to the whole
        {11, 14, {9, 12}},  // "box"
        {0, 2, {0, 2}},
        {1, 11, {1, 9}}}},  // straddling: both ends mapped
      {"shorter replacement",
       "5 per cent rise",
       {{replace(5, 1, "")}},
       "5 percent rise",
       {{2, 9, {2, 10}}, {10, 14, {11, 15}}, {0, 1, {0, 1}}}},
      {"replacement of the same length",
       "colour scheme",
       {{replace(4, 2, "rs")}},
       "colors scheme",
       {{4, 6, {4, 6}}, {5, 6, {4, 6}}, {7, 13, {7, 13}}}},
      {"several edits in one pass",
       "a,b,c",
       {{insert(2, " "), insert(4, " ")}},
       "a, b, c",
       {{0, 2, {0, 2}},
        {3, 4, {2, 3}},
        {6, 7, {4, 5}},
        {2, 3, {2, 2}},
        {5, 6, {4, 4}},
        {0, 7, {0, 5}}}},
      {"touching replacements in one pass",
       "abcd",
       {{replace(0, 2, "X"), replace(2, 2, "YYY")}},
       "XYYY",
       {{0, 1, {0, 2}}, {1, 4, {2, 4}}, {2, 3, {2, 4}}, {0, 4, {0, 4}}}},
      {"insertion before a replacement at one offset",
       "abcd",
       {{insert(1, "-"), replace(1, 2, "X")}},
       "a-Xd",
       {{0, 1, {0, 1}}, {3, 4, {3, 4}}, {2, 3, {1, 3}}}},
  };
  for (const Case& c : cases) check(c);
}

TEST(OffsetMapTest, TwoPasses) {
  const std::vector<Case> cases = {
      {"second pass in untouched text",
       "foo,bar baz",
       {{insert(4, " ")}, {replace(9, 3, "qux")}},
       "foo, bar qux",
       {{9, 12, {8, 11}}, {5, 8, {4, 7}}, {4, 5, {4, 4}}}},
      {"second pass before the first pass's edit",
       "foo,bar",
       {{insert(4, " ")}, {replace(0, 3, "f")}},
       "f, bar",
       {{0, 1, {0, 3}}, {2, 3, {4, 4}}, {3, 6, {4, 7}}, {1, 2, {3, 4}}}},
      {"second pass inside text the first pass wrote",
       "a dialog box",
       {{replace(2, 6, "dialogue")}, {replace(8, 2, "")}},
       "a dialog box",
       {{8, 8, {8, 8}},  // the point after the second edit: the first edit's end
        {2, 8, {2, 8}},  // what is left of the first edit's text
        {9, 12, {9, 12}}}},
      {"second-pass replacement inside first-pass text maps to the whole first edit",
       "a dialog box",
       {{replace(2, 6, "dialogue")}, {replace(4, 2, "AL")}},
       "a diALogue box",
       {{4, 6, {2, 8}}, {2, 10, {2, 8}}, {11, 14, {9, 12}}}},
      {"second-pass insertion inside first-pass text",
       "e-mail me",
       {{replace(0, 6, "email")}, {insert(1, "-")}},
       "e-mail me",
       {{1, 2, {0, 6}}, {0, 6, {0, 6}}, {7, 9, {7, 9}}}},
      {"second pass overlapping the end of first-pass text",
       "a dialog box",
       {{replace(2, 6, "dialogue")}, {replace(9, 3, "E-")}},
       "a dialoguE-ox",
       {{2, 11, {2, 10}},  // covers the first edit's whole range and the byte after it
        {4, 5, {2, 10}},
        {11, 13, {10, 12}},
        {0, 2, {0, 2}}}},
      {"second pass across the place of a first-pass deletion",
       "per cent rise",
       {{replace(3, 1, "")}, {replace(2, 2, "R C")}},
       "peR Cent rise",
       {{2, 5, {2, 5}}, {5, 8, {5, 8}}, {9, 13, {9, 13}}}},
      {"second pass touching first-pass text leaves it alone",
       "foo,bar",
       {{insert(4, " ")}, {replace(5, 3, "BAR")}},
       "foo, BAR",
       {{5, 8, {4, 7}}, {4, 5, {4, 4}}, {0, 4, {0, 4}}}},
      {"second-pass insertion at the edge of first-pass text",
       "U.K.and",
       {{replace(4, 3, "AND")}, {insert(4, " ")}},
       "U.K. AND",
       {{4, 5, {4, 4}}, {5, 8, {4, 7}}, {0, 4, {0, 4}}}},
      {"second pass deletes all first-pass text",
       "a  b",
       {{replace(1, 2, "xx")}, {replace(1, 2, " ")}},
       "a b",
       {{1, 2, {1, 3}}, {2, 3, {3, 4}}, {0, 1, {0, 1}}}},
      {"three passes, each inside the last one's text",
       "colour",
       {{replace(0, 6, "COLOR")}, {replace(1, 1, "0")}, {insert(2, "-")}},
       "C0-LOR",
       {{2, 3, {0, 6}}, {0, 6, {0, 6}}, {6, 6, {6, 6}}}},
  };
  for (const Case& c : cases) check(c);
}

TEST(OffsetMapTest, PositionsAtTheVeryEnd) {
  const std::vector<Case> cases = {
      {"end of an unchanged text", "abc", {{}}, "abc", {{3, 3, {3, 3}}, {2, 3, {2, 3}}}},
      {"end after an insertion in the middle",
       "foo,bar",
       {{insert(4, " ")}},
       "foo, bar",
       {{8, 8, {7, 7}}, {7, 8, {6, 7}}}},
      {"end after an insertion at the end",
       "foo",
       {{insert(3, "!")}},
       "foo!",
       {{4, 4, {3, 3}}, {3, 4, {3, 3}}}},
      {"end after a deletion at the end",
       "foo!",
       {{replace(3, 1, "")}},
       "foo",
       {{3, 3, {4, 4}}, {2, 3, {2, 3}}}},
      {"end after replacing the last word",
       "a dialog",
       {{replace(2, 6, "dialogue")}},
       "a dialogue",
       {{10, 10, {8, 8}}, {9, 10, {2, 8}}}},
      {"end after two passes appending",
       "ab",
       {{insert(2, "c")}, {insert(3, "d")}},
       "abcd",
       {{4, 4, {2, 2}}, {3, 4, {2, 2}}, {2, 4, {2, 2}}, {0, 4, {0, 2}}}},
      {"end after deleting everything", "abc", {{replace(0, 3, "")}}, "", {{0, 0, {3, 3}}}},
      {"end after replacing everything",
       "abc",
       {{replace(0, 3, "xy")}},
       "xy",
       {{2, 2, {3, 3}}, {0, 2, {0, 3}}, {1, 2, {0, 3}}}},
  };
  for (const Case& c : cases) check(c);
}

// Whatever the passes, a byte of the current text that no pass wrote maps to exactly one byte
// of the original, and that byte is the same character; ranges never run backwards or past
// the original. Checked on random passes with a fixed seed.
TEST(OffsetMapTest, UntouchedBytesMapToThemselvesOverRandomPasses) {
  std::mt19937 random(20240611);
  for (int round = 0; round < 200; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string original = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string text = original;
    // Which current bytes are untouched originals, by their original offset (-1: written).
    std::vector<int> source(original.size());
    for (std::size_t i = 0; i < source.size(); ++i) source[i] = static_cast<int>(i);
    OffsetMap map(text.size());
    for (int pass = 0; pass < 4; ++pass) {
      EditSet set;
      for (int tries = 0; tries < 4; ++tries) {
        const std::size_t offset = random() % (text.size() + 1);
        const std::size_t length = std::min<std::size_t>(random() % 4, text.size() - offset);
        const std::string replacement(random() % 3, '#');
        if (length == 0 && replacement.empty()) continue;
        set.add(Edit{offset, length, replacement, "r"});
      }
      std::vector<int> next;
      std::size_t cursor = 0;
      for (const Edit& e : set.edits()) {
        next.insert(next.end(), source.begin() + cursor, source.begin() + e.offset);
        next.insert(next.end(), e.replacement.size(), -1);
        cursor = e.end();
      }
      next.insert(next.end(), source.begin() + cursor, source.end());
      text = apply_edits(text, set);
      source = std::move(next);
      map.compose(set);
      ASSERT_EQ(source.size(), text.size());
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      const Range r = map.to_original(i, i + 1);
      EXPECT_LE(r.first, r.second);
      EXPECT_LE(r.second, original.size());
      if (source[i] >= 0) {
        EXPECT_EQ(r, Range(source[i], source[i] + 1)) << "byte " << i << " of '" << text << "'";
      }
    }
    // The whole current text covers every original byte that survived.
    const Range all = map.to_original(0, text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (source[i] < 0) continue;
      EXPECT_LE(all.first, static_cast<std::size_t>(source[i])) << text;
      EXPECT_GE(all.second, static_cast<std::size_t>(source[i]) + 1) << text;
    }
  }
}

}  // namespace
}  // namespace copydesk
