// Specification of Edit, EditSet and apply_edits (lib/src/edit.hpp): an EditSet keeps edits
// sorted and non-overlapping, refuses any edit whose effect would depend on the order in which
// rules ran, and names both edits when it refuses one.
#include "edit.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace copydesk {
namespace {

Edit replace(std::size_t offset, std::size_t length, std::string replacement,
             std::string rule = "r") {
  return Edit{offset, length, std::move(replacement), std::move(rule)};
}
Edit insert(std::size_t offset, std::string text, std::string rule = "r") {
  return Edit{offset, 0, std::move(text), std::move(rule)};
}

// "offset+length" of each held edit, in order: a compact picture of the set.
std::vector<std::string> layout(const EditSet& set) {
  std::vector<std::string> out;
  for (const Edit& e : set.edits())
    out.push_back(std::to_string(e.offset) + "+" + std::to_string(e.length));
  return out;
}

TEST(EditTest, EndAndInsertion) {
  EXPECT_EQ(replace(3, 4, "x").end(), 7u);
  EXPECT_FALSE(replace(3, 4, "x").is_insertion());
  EXPECT_EQ(insert(5, " ").end(), 5u);
  EXPECT_TRUE(insert(5, " ").is_insertion());
  // A deletion replaces bytes with nothing; it is not an insertion.
  EXPECT_FALSE(replace(2, 1, "").is_insertion());
}

TEST(EditTest, DescribeNamesRuleOffsetLengthAndReplacement) {
  EXPECT_EQ(insert(12, " ", "spacing.after-comma").describe(), "spacing.after-comma@12+0 -> ' '");
  EXPECT_EQ(replace(3, 6, "dialogue", "house.dialogue").describe(),
            "house.dialogue@3+6 -> 'dialogue'");
  EXPECT_EQ(replace(0, 1, "").describe(), "r@0+1 -> ''");
  EXPECT_EQ(Edit{}.describe(), "(no rule)@0+0 -> ''");
}

// Edits added in any order come out sorted by offset; an insertion sorts before a replacement
// that starts at the same offset.
TEST(EditSetTest, KeepsEditsSorted) {
  struct Case {
    const char* name;
    std::vector<Edit> added;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"already in order",
       {replace(0, 1, "a"), replace(4, 2, "b"), insert(9, "c")},
       {"0+1", "4+2", "9+0"}},
      {"reverse order",
       {insert(9, "c"), replace(4, 2, "b"), replace(0, 1, "a")},
       {"0+1", "4+2", "9+0"}},
      {"middle added last",
       {replace(0, 1, "a"), insert(9, "c"), replace(4, 2, "b")},
       {"0+1", "4+2", "9+0"}},
      {"insertion before a replacement at one offset",
       {replace(4, 2, "b"), insert(4, "x")},
       {"4+0", "4+2"}},
      {"insertion added first, replacement after",
       {insert(4, "x"), replace(4, 2, "b")},
       {"4+0", "4+2"}},
      {"insertion at a replacement's end", {insert(6, "x"), replace(4, 2, "b")}, {"4+2", "6+0"}},
      {"many",
       {insert(20, "e"), replace(1, 1, "a"), replace(10, 5, "c"), insert(15, "d"),
        replace(3, 2, "b")},
       {"1+1", "3+2", "10+5", "15+0", "20+0"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EditSet set;
    for (const Edit& e : c.added) EXPECT_FALSE(set.add(e).has_value()) << e.describe();
    EXPECT_EQ(layout(set), c.expected);
    EXPECT_EQ(set.size(), c.expected.size());
    EXPECT_FALSE(set.empty());
  }
}

TEST(EditSetTest, StartsEmpty) {
  EditSet set;
  EXPECT_TRUE(set.empty());
  EXPECT_EQ(set.size(), 0u);
  EXPECT_TRUE(set.edits().empty());
}

// Each row holds `existing` and then tries `added`; `accepted` says whether the set takes it.
// Both orders are tried: whether two edits conflict must not depend on which came first.
TEST(EditSetTest, AcceptsTouchingAndRefusesOverlapping) {
  struct Case {
    const char* name;
    Edit existing;
    Edit added;
    bool accepted;
  };
  const std::vector<Case> cases = {
      // Touching and disjoint.
      {"replacements touching: [0,2) then [2,3)", replace(0, 2, "x"), replace(2, 1, "y"), true},
      {"disjoint replacements", replace(0, 2, "x"), replace(5, 1, "y"), true},
      {"deletions touching", replace(3, 1, ""), replace(4, 1, ""), true},
      {"insertion at a replacement's start", replace(4, 3, "x"), insert(4, " "), true},
      {"insertion at a replacement's end", replace(4, 3, "x"), insert(7, " "), true},
      {"insertions at different offsets", insert(4, " "), insert(5, " "), true},
      {"insertion at a deletion's start", replace(4, 1, ""), insert(4, " "), true},
      {"insertion at a deletion's end", replace(4, 1, ""), insert(5, " "), true},
      {"insertion at offset 0 and a replacement at 0", replace(0, 2, "x"), insert(0, "y"), true},
      // Overlapping.
      {"same range", replace(2, 3, "x"), replace(2, 3, "y"), false},
      {"same range, same replacement", replace(2, 3, "x"), replace(2, 3, "x"), false},
      {"partial overlap", replace(2, 3, "x"), replace(4, 3, "y"), false},
      {"one byte in common", replace(2, 3, "x"), replace(4, 1, "y"), false},
      {"nested", replace(2, 6, "x"), replace(4, 1, "y"), false},
      {"same start, different lengths", replace(2, 6, "x"), replace(2, 1, "y"), false},
      {"same end, different starts", replace(2, 6, "x"), replace(5, 3, "y"), false},
      {"two insertions at one offset", insert(4, " "), insert(4, "-"), false},
      {"two identical insertions at one offset", insert(4, " "), insert(4, " "), false},
      {"insertion strictly inside a replacement", replace(4, 3, "x"), insert(5, " "), false},
      {"insertion one byte before a replacement's end", replace(4, 3, "x"), insert(6, " "), false},
  };
  for (const Case& c : cases) {
    for (bool swapped : {false, true}) {
      SCOPED_TRACE(std::string(c.name) + (swapped ? " (added in the other order)" : ""));
      const Edit& first = swapped ? c.added : c.existing;
      const Edit& second = swapped ? c.existing : c.added;
      EditSet set;
      ASSERT_FALSE(set.add(first).has_value());
      const auto conflict = set.add(second);
      EXPECT_EQ(!conflict.has_value(), c.accepted);
      EXPECT_EQ(set.size(), c.accepted ? 2u : 1u);
      if (conflict) {
        EXPECT_EQ(conflict->refused.offset, second.offset);
        EXPECT_EQ(conflict->refused.length, second.length);
        EXPECT_EQ(conflict->existing.offset, first.offset);
        EXPECT_EQ(conflict->existing.length, first.length);
      }
    }
  }
}

// A conflict must be found whatever else the set holds: the held edit that overlaps may sit
// several places away from where the new edit would go.
TEST(EditSetTest, FindsConflictsAmongManyEdits) {
  struct Case {
    const char* name;
    Edit added;
    bool accepted;
  };
  // Held: insertion@2, [2,4), [4,5), insertion@5, [10,20), insertion@20, [20,22).
  const std::vector<Edit> held = {insert(2, "a"),     replace(2, 2, "b"),   replace(4, 1, "c"),
                                  insert(5, "d"),     replace(10, 10, "e"), insert(20, "f"),
                                  replace(20, 2, "g")};
  const std::vector<Case> cases = {
      {"insertion inside the long replacement", insert(15, " "), false},
      {"insertion just after the long replacement's start", insert(11, " "), false},
      {"replacement inside the long replacement", replace(12, 2, "x"), false},
      {"replacement covering several held edits", replace(0, 30, "x"), false},
      {"replacement overlapping the long one's end", replace(19, 1, "x"), false},
      {"insertion where one is held", insert(20, " "), false},
      {"insertion where one is held, among replacements", insert(2, " "), false},
      {"insertion between touching replacements", insert(4, " "), true},
      {"replacement in the gap", replace(6, 4, "x"), true},
      {"insertion at the long replacement's start", insert(10, " "), true},
      {"insertion after everything", insert(22, " "), true},
      {"replacement after everything", replace(22, 3, "x"), true},
      {"replacement before everything", replace(0, 2, "x"), true},
      {"insertion at 0", insert(0, "x"), true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EditSet set;
    for (const Edit& e : held) ASSERT_FALSE(set.add(e).has_value()) << e.describe();
    EXPECT_EQ(!set.add(c.added).has_value(), c.accepted);
    EXPECT_EQ(set.size(), held.size() + (c.accepted ? 1 : 0));
  }
}

TEST(EditSetTest, ConflictMessageNamesBothEdits) {
  EditSet set;
  ASSERT_FALSE(set.add(replace(3, 6, "dialogue", "house.dialogue")).has_value());
  const auto conflict = set.add(replace(5, 2, "XX", "typos.en"));
  ASSERT_TRUE(conflict.has_value());
  EXPECT_EQ(conflict->refused.rule, "typos.en");
  EXPECT_EQ(conflict->existing.rule, "house.dialogue");
  const std::string message = conflict->message();
  EXPECT_NE(message.find("typos.en@5+2"), std::string::npos) << message;
  EXPECT_NE(message.find("house.dialogue@3+6"), std::string::npos) << message;
  EXPECT_EQ(message, "edit typos.en@5+2 -> 'XX' conflicts with house.dialogue@3+6 -> 'dialogue'");
}

TEST(EditSetTest, ConflictMessageForTwoInsertions) {
  EditSet set;
  ASSERT_FALSE(set.add(insert(7, " ", "spacing.after-comma")).has_value());
  const auto conflict = set.add(insert(7, "-", "house.dash"));
  ASSERT_TRUE(conflict.has_value());
  EXPECT_EQ(conflict->message(),
            "edit house.dash@7+0 -> '-' conflicts with spacing.after-comma@7+0 -> ' '");
}

// A refused edit leaves the set exactly as it was.
TEST(EditSetTest, RefusedEditLeavesSetUnchanged) {
  EditSet set;
  ASSERT_FALSE(set.add(replace(0, 3, "abc")).has_value());
  ASSERT_FALSE(set.add(insert(5, " ")).has_value());
  EXPECT_TRUE(set.add(replace(1, 1, "x")).has_value());
  EXPECT_TRUE(set.add(insert(5, "y")).has_value());
  EXPECT_EQ(layout(set), (std::vector<std::string>{"0+3", "5+0"}));
  EXPECT_EQ(set.edits()[1].replacement, " ");
}

TEST(ApplyEditsTest, Results) {
  struct Case {
    const char* name;
    std::string text;
    std::vector<Edit> edits;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"no edits", "foo,bar", {}, "foo,bar"},
      {"no edits on empty text", "", {}, ""},
      {"insertion after the comma", "foo,bar", {insert(4, " ")}, "foo, bar"},
      {"insertion at the start", "bar", {insert(0, "foo ")}, "foo bar"},
      {"insertion at the end", "foo", {insert(3, "!")}, "foo!"},
      {"insertion into empty text", "", {insert(0, "x")}, "x"},
      {"replacement, longer", "a dialog box", {replace(2, 6, "dialogue")}, "a dialogue box"},
      {"replacement, shorter", "5 per cent", {replace(5, 5, "cent")}, "5 percent"},
      {"deletion", "a  b", {replace(1, 1, "")}, "a b"},
      {"whole text", "abc", {replace(0, 3, "xyz")}, "xyz"},
      {"delete everything", "abc", {replace(0, 3, "")}, ""},
      {"several, added out of order",
       "U.K.and markets,sending",
       {insert(16, " "), insert(4, " ")},
       "U.K. and markets, sending"},
      {"touching replacements", "abcd", {replace(0, 2, "X"), replace(2, 2, "Y")}, "XY"},
      {"insertion before a replacement at one offset",
       "abcd",
       {replace(1, 2, "X"), insert(1, "-")},
       "a-Xd"},
      {"insertion after a replacement at its end",
       "abcd",
       {replace(1, 2, "X"), insert(3, "-")},
       "aX-d"},
      {"multi-byte text", "caf\xC3\xA9,ol\xC3\xA9", {insert(6, " ")}, "caf\xC3\xA9, ol\xC3\xA9"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EditSet set;
    for (const Edit& e : c.edits) ASSERT_FALSE(set.add(e).has_value()) << e.describe();
    EXPECT_EQ(apply_edits(c.text, set), c.expected);
  }
}

}  // namespace
}  // namespace copydesk
