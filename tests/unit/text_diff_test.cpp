// Specification of the diff module, as tables of inputs and exact outputs.
//
// Every expected unified diff in kGnuCases is verbatim what `diff -U<context> --label a
// --label b` (GNU diffutils 3.8) prints for the same two files.
#include "text_diff.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {
namespace {

struct Case {
  const char* name;
  std::string before;
  std::string after;
  int context;
  std::string expected;
};

// "1\n2\n...\nn\n".
std::string numbered(int n) {
  std::string out;
  for (int i = 1; i <= n; ++i) out += std::to_string(i) + '\n';
  return out;
}

// The script applied to `before`: it must rebuild `after` from the runs alone.
std::vector<std::string_view> apply(const std::vector<std::string_view>& before,
                                    const std::vector<std::string_view>& after,
                                    const std::vector<DiffRun>& runs) {
  std::vector<std::string_view> out;
  for (const DiffRun& run : runs) {
    if (run.op == DiffOp::kEqual) {
      for (std::size_t i = run.before_begin; i < run.before_end; ++i) out.push_back(before[i]);
    } else if (run.op == DiffOp::kInsert) {
      for (std::size_t j = run.after_begin; j < run.after_end; ++j) out.push_back(after[j]);
    }
  }
  return out;
}

// Checks that `runs` is a well-formed script from `before` to `after`: runs tile both
// sequences in order, equal runs pair equal tokens, adjacent runs differ in op and a deletion
// never follows an insertion directly. Returns the number of tokens deleted plus inserted.
std::size_t check_script(const std::vector<std::string_view>& before,
                         const std::vector<std::string_view>& after,
                         const std::vector<DiffRun>& runs) {
  std::size_t i = 0, j = 0, edits = 0;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const DiffRun& run = runs[r];
    EXPECT_EQ(run.before_begin, i);
    EXPECT_EQ(run.after_begin, j);
    if (r > 0) {
      EXPECT_NE(run.op, runs[r - 1].op);
      EXPECT_FALSE(run.op == DiffOp::kDelete && runs[r - 1].op == DiffOp::kInsert);
    }
    switch (run.op) {
      case DiffOp::kEqual:
        EXPECT_EQ(run.before_end - run.before_begin, run.after_end - run.after_begin);
        for (std::size_t k = 0; k < run.before_end - run.before_begin; ++k) {
          EXPECT_EQ(before[run.before_begin + k], after[run.after_begin + k]);
        }
        break;
      case DiffOp::kDelete:
        EXPECT_GT(run.before_end, run.before_begin);
        EXPECT_EQ(run.after_end, run.after_begin);
        break;
      case DiffOp::kInsert:
        EXPECT_EQ(run.before_end, run.before_begin);
        EXPECT_GT(run.after_end, run.after_begin);
        break;
    }
    if (run.op != DiffOp::kEqual) {
      edits += (run.before_end - run.before_begin) + (run.after_end - run.after_begin);
    }
    i = run.before_end;
    j = run.after_end;
  }
  EXPECT_EQ(i, before.size());
  EXPECT_EQ(j, after.size());
  EXPECT_EQ(apply(before, after, runs), after);
  return edits;
}

// Length of a longest common subsequence, by dynamic programming.
std::size_t lcs_length(const std::vector<std::string_view>& a,
                       const std::vector<std::string_view>& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t[0][0];
}

// A fixed pseudo-random generator (xorshift), so that the tests are the same everywhere.
class Rng {
 public:
  std::uint32_t next(std::uint32_t bound) {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return static_cast<std::uint32_t>(state_ % bound);
  }

 private:
  std::uint64_t state_ = 0x9E3779B97F4A7C15u;
};

// ---------------------------------------------------------------------------------------------
// unified_diff

const Case kGnuCases[] = {
    {"change in the middle", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
     "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -2,7 +2,7 @@\n"
     " 2\n"
     " 3\n"
     " 4\n"
     "-5\n"
     "+five\n"
     " 6\n"
     " 7\n"
     " 8\n"},
    {"insertion at the start", "b\nc\nd\n", "a\nb\nc\nd\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,4 @@\n"
     "+a\n"
     " b\n"
     " c\n"
     " d\n"},
    {"insertion at the end", "a\nb\n", "a\nb\nc\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,3 @@\n"
     " a\n"
     " b\n"
     "+c\n"},
    {"deletion at the start", "a\nb\nc\n", "b\nc\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,2 @@\n"
     "-a\n"
     " b\n"
     " c\n"},
    {"deletion at the end", "a\nb\nc\n", "a\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,2 @@\n"
     " a\n"
     " b\n"
     "-c\n"},
    {"from empty", "", "a\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -0,0 +1,2 @@\n"
     "+a\n"
     "+b\n"},
    {"to empty", "a\n", "", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +0,0 @@\n"
     "-a\n"},
    {"from empty to a line without newline", "", "a", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -0,0 +1 @@\n"
     "+a\n"
     "\\ No newline at end of file\n"},
    {"last line changed, neither has a final newline", "a\nb", "a\nc", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     " a\n"
     "-b\n"
     "\\ No newline at end of file\n"
     "+c\n"
     "\\ No newline at end of file\n"},
    {"final newline added", "a\nb", "a\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     " a\n"
     "-b\n"
     "\\ No newline at end of file\n"
     "+b\n"},
    {"final newline removed", "a\nb\n", "a\nb", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     " a\n"
     "-b\n"
     "+b\n"
     "\\ No newline at end of file\n"},
    {"context line without final newline", "a\nb", "x\nb", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     "-a\n"
     "+x\n"
     " b\n"
     "\\ No newline at end of file\n"},
    {"CRLF line changed", "one\r\ntwo\r\nthree\r\n", "one\r\n2\r\nthree\r\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,3 @@\n"
     " one\r\n"
     "-two\r\n"
     "+2\r\n"
     " three\r\n"},
    {"CRLF to LF", "a\r\nb\r\n", "a\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     "-a\r\n"
     "-b\r\n"
     "+a\n"
     "+b\n"},
    {"lone CR is not a line break", "a\rb\nc\n", "a\rB\nc\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1,2 @@\n"
     "-a\rb\n"
     "+a\rB\n"
     " c\n"},
    {"invalid UTF-8 kept byte for byte", "caf\xe9\n\xff\xfe\nend\n", "caf\xc3\xa9\n\xff\xfe\nend\n",
     3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,3 @@\n"
     "-caf\xe9\n"
     "+caf\xc3\xa9\n"
     " \xff\xfe\n"
     " end\n"},
    {"changes 6 lines apart share a hunk", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n",
     "one\n2\n3\n4\n5\n6\n7\neight\n9\n10\n11\n12\n13\n14\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,11 +1,11 @@\n"
     "-1\n"
     "+one\n"
     " 2\n"
     " 3\n"
     " 4\n"
     " 5\n"
     " 6\n"
     " 7\n"
     "-8\n"
     "+eight\n"
     " 9\n"
     " 10\n"
     " 11\n"},
    {"changes 7 lines apart get two hunks",
     "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n",
     "one\n2\n3\n4\n5\n6\n7\n8\nnine\n10\n11\n12\n13\n14\n15\n16\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,4 +1,4 @@\n"
     "-1\n"
     "+one\n"
     " 2\n"
     " 3\n"
     " 4\n"
     "@@ -6,7 +6,7 @@\n"
     " 6\n"
     " 7\n"
     " 8\n"
     "-9\n"
     "+nine\n"
     " 10\n"
     " 11\n"
     " 12\n"},
    {"context 0 omits a count of 1", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
     "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n", 0,
     "--- a\n"
     "+++ b\n"
     "@@ -5 +5 @@\n"
     "-5\n"
     "+five\n"},
    {"context 0 pure insertion", "a\nb\n", "a\nx\nb\n", 0,
     "--- a\n"
     "+++ b\n"
     "@@ -1,0 +2 @@\n"
     "+x\n"},
    {"context 0 pure deletion", "a\nx\nb\n", "a\nb\n", 0,
     "--- a\n"
     "+++ b\n"
     "@@ -2 +1,0 @@\n"
     "-x\n"},
    {"context 1", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "1\n2\nthree\nfour\n5\n6\n7\n8\n9\n10\n", 1,
     "--- a\n"
     "+++ b\n"
     "@@ -2,4 +2,4 @@\n"
     " 2\n"
     "-3\n"
     "-4\n"
     "+three\n"
     "+four\n"
     " 5\n"},
    {"blank lines", "a\n\n\nb\n", "a\n\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,4 +1,3 @@\n"
     " a\n"
     " \n"
     "-\n"
     " b\n"},
};

TEST(UnifiedDiff, MatchesGnuDiff) {
  for (const Case& c : kGnuCases) {
    SCOPED_TRACE(c.name);
    DiffOptions options;
    options.context = c.context;
    EXPECT_EQ(unified_diff(c.before, c.after, "a", "b", options), c.expected);
  }
}

TEST(UnifiedDiff, EqualTextsGiveNothing) {
  EXPECT_EQ(unified_diff("", "", "a", "b"), "");
  EXPECT_EQ(unified_diff("same\n", "same\n", "a", "b"), "");
  EXPECT_EQ(unified_diff("no newline", "no newline", "a", "b"), "");
  EXPECT_EQ(unified_diff("a\r\n\xff", "a\r\n\xff", "a", "b"), "");
}

TEST(UnifiedDiff, LabelsArePrintedAsGiven) {
  EXPECT_EQ(unified_diff("x\n", "y\n", "story.txt (original)", "story.txt (cleaned)"),
            "--- story.txt (original)\n"
            "+++ story.txt (cleaned)\n"
            "@@ -1 +1 @@\n"
            "-x\n"
            "+y\n");
}

TEST(UnifiedDiff, NegativeContextCountsAsZero) {
  DiffOptions options;
  options.context = -4;
  EXPECT_EQ(unified_diff("a\nb\nc\n", "a\nB\nc\n", "a", "b", options),
            "--- a\n"
            "+++ b\n"
            "@@ -2 +2 @@\n"
            "-b\n"
            "+B\n");
}

TEST(UnifiedDiff, LargeContextShowsWholeFile) {
  DiffOptions options;
  options.context = 1000;
  EXPECT_EQ(unified_diff("a\nb\nc\n", "a\nB\nc\n", "a", "b", options),
            "--- a\n"
            "+++ b\n"
            "@@ -1,3 +1,3 @@\n"
            " a\n"
            "-b\n"
            "+B\n"
            " c\n");
}

TEST(UnifiedDiff, Color) {
  DiffOptions options;
  options.color = true;
  EXPECT_EQ(unified_diff("a\nb\nc", "a\nB\nc", "a", "b", options),
            "\x1b[1m--- a\x1b[0m\n"
            "\x1b[1m+++ b\x1b[0m\n"
            "\x1b[36m@@ -1,3 +1,3 @@\x1b[0m\n"
            " a\n"
            "\x1b[31m-b\x1b[0m\n"
            "\x1b[32m+B\x1b[0m\n"
            " c\n"
            "\\ No newline at end of file\n");
}

TEST(UnifiedDiff, ColorResetComesBeforeTheNewlineAndAfterACarriageReturn) {
  DiffOptions options;
  options.color = true;
  EXPECT_EQ(unified_diff("x\r\n", "y\r\n", "a", "b", options),
            "\x1b[1m--- a\x1b[0m\n"
            "\x1b[1m+++ b\x1b[0m\n"
            "\x1b[36m@@ -1 +1 @@\x1b[0m\n"
            "\x1b[31m-x\r\x1b[0m\n"
            "\x1b[32m+y\r\x1b[0m\n");
}

TEST(UnifiedDiff, EveryByteSurvives) {
  std::string before, after;
  for (int c = 0; c < 256; ++c) before += static_cast<char>(c);
  after = before;
  after[200] = 'X';
  const std::string diff = unified_diff(before, after, "a", "b");
  // Both texts are one line up to the '\n' at byte 10, then one more line without a newline.
  const std::string first_line = before.substr(0, 11);
  const std::string rest_before = before.substr(11);
  const std::string rest_after = after.substr(11);
  EXPECT_EQ(diff, "--- a\n+++ b\n@@ -1,2 +1,2 @@\n " + first_line + "-" + rest_before +
                      "\n\\ No newline at end of file\n+" + rest_after +
                      "\n\\ No newline at end of file\n");
}

// An article of 40,000 lines with three edits far apart: three small hunks, found quickly
// because only the middle between the common prefix and suffix is searched.
TEST(UnifiedDiff, LargeMostlyEqualText) {
  std::string before = numbered(40000);
  std::string after = before;
  auto replace_line = [&](int n, std::string_view with) {
    const std::string line = "\n" + std::to_string(n) + "\n";
    after.replace(after.find(line) + 1, line.size() - 2, with);
  };
  replace_line(10, "ten");
  replace_line(20000, "twenty thousand");
  replace_line(39999, "almost the end");
  DiffOptions options;
  options.context = 1;
  EXPECT_EQ(unified_diff(before, after, "a", "b", options),
            "--- a\n"
            "+++ b\n"
            "@@ -9,3 +9,3 @@\n"
            " 9\n"
            "-10\n"
            "+ten\n"
            " 11\n"
            "@@ -19999,3 +19999,3 @@\n"
            " 19999\n"
            "-20000\n"
            "+twenty thousand\n"
            " 20001\n"
            "@@ -39998,3 +39998,3 @@\n"
            " 39998\n"
            "-39999\n"
            "+almost the end\n"
            " 40000\n");
}

// ---------------------------------------------------------------------------------------------
// word_diff

const Case kWordCases[] = {
    {"a space inserted after a comma", "Stocks fell as markets,sending yields higher.\n",
     "Stocks fell as markets, sending yields higher.\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "Stocks fell as markets,{+ +}sending yields higher.\n"},
    {"a word replaced, with context lines printed as they are",
     "one\ntwo\nHe sold 5 shares.\nfour\nfive\n", "one\ntwo\nHe sold 7 shares.\nfour\nfive\n", 1,
     "--- a\n"
     "+++ b\n"
     "@@ -2,3 +2,3 @@\n"
     "two\n"
     "He sold [-5-]{+7+} shares.\n"
     "four\n"},
    {"a double space made single", "Shares fell  sharply.\n", "Shares fell sharply.\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "Shares fell[-  -]{+ +}sharply.\n"},
    {"typographic quotes and dash: punctuation characters are units of their own",
     "He said \"yes\" -- today\n", "He said \xe2\x80\x9cyes\xe2\x80\x9d \xe2\x80\x94 today\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     // "[----]" is "--" removed
     "He said [-\"-]{+\xe2\x80\x9c+}yes[-\"-]{+\xe2\x80\x9d+} [----]{+\xe2\x80\x94+} today\n"},
    {"NBSP replaced by a space", "10\xc2\xa0km\n", "10 km\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "10[-\xc2\xa0-]{+ +}km\n"},
    {"two lines joined: the removed break is marked at the end of the line",
     "markets fell\nsharply today\n", "markets fell sharply today\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,2 +1 @@\n"
     "markets fell[--]\n"
     "{+ +}sharply today\n"},
    {"a line split in two", "markets fell sharply today\n", "markets fell\nsharply today\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1,2 @@\n"
     "markets fell[- -]{++}\n"
     "sharply today\n"},
    {"a line deleted and one inserted", "keep\ndrop this\nkeep too\n", "keep\nkeep too\nnew line\n",
     3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,3 +1,3 @@\n"
     "keep\n"
     "[-drop this-]\n"
     "keep too\n"
     "{+new line+}\n"},
    {"a blank line deleted", "a\n\n\nb\n", "a\n\nb\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1,4 +1,3 @@\n"
     "a\n"
     "\n"
     "[--]\n"
     "b\n"},
    {"neither text ends in a newline", "sold 5", "sold 7", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "sold [-5-]{+7+}\n"
     "\\ No newline at end of file\n"},
    {"final newline added", "end", "end\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "end{++}\n"},
    {"CRLF turned into LF: the carriage returns are shown", "a b\r\n", "a b\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "a b[-\r-]\n"},
    {"invalid UTF-8 is kept inside words", "caf\xe9 ol\xff\n", "caf\xc3\xa9 ol\xff\n", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "[-caf\xe9-]{+caf\xc3\xa9+} ol\xff\n"},
    {"a truncated UTF-8 sequence at the end is kept", "x \xe2\x80", "y \xe2\x80", 3,
     "--- a\n"
     "+++ b\n"
     "@@ -1 +1 @@\n"
     "[-x-]{+y+} \xe2\x80\n"
     "\\ No newline at end of file\n"},
};

TEST(WordDiff, Table) {
  for (const Case& c : kWordCases) {
    SCOPED_TRACE(c.name);
    DiffOptions options;
    options.context = c.context;
    EXPECT_EQ(word_diff(c.before, c.after, "a", "b", options), c.expected);
  }
}

TEST(WordDiff, EqualTextsGiveNothing) {
  EXPECT_EQ(word_diff("", "", "a", "b"), "");
  EXPECT_EQ(word_diff("same words\n", "same words\n", "a", "b"), "");
}

TEST(WordDiff, HunksAreThoseOfUnifiedDiff) {
  std::string before = numbered(30);
  std::string after = before;
  after.replace(after.find("\n5\n") + 1, 1, "five");
  after.replace(after.find("\n25\n") + 1, 2, "twenty-five");
  const std::string words = word_diff(before, after, "a", "b");
  EXPECT_NE(words.find("@@ -2,7 +2,7 @@\n2\n3\n4\n[-5-]{+five+}\n6\n7\n8\n"), std::string::npos)
      << words;
  EXPECT_NE(words.find("@@ -22,7 +22,7 @@\n22\n23\n24\n[-25-]{+twenty-five+}\n"), std::string::npos)
      << words;
}

TEST(WordDiff, Color) {
  DiffOptions options;
  options.color = true;
  EXPECT_EQ(word_diff("sold 5 shares,today\n", "sold 7 shares, today\n", "a", "b", options),
            "\x1b[1m--- a\x1b[0m\n"
            "\x1b[1m+++ b\x1b[0m\n"
            "\x1b[36m@@ -1 +1 @@\x1b[0m\n"
            "sold \x1b[31m5\x1b[0m\x1b[32m7\x1b[0m shares,"
            // added blanks get a background, or they would not show
            "\x1b[42m \x1b[0m"
            "today\n");
}

// ---------------------------------------------------------------------------------------------
// diff_sequences

std::vector<std::string_view> tokens(std::initializer_list<std::string_view> list) {
  return std::vector<std::string_view>(list);
}

TEST(DiffSequences, Example) {
  const std::vector<DiffRun> runs = diff_sequences(tokens({"a", "b"}), tokens({"a", "c"}));
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].op, DiffOp::kEqual);
  EXPECT_EQ(runs[1].op, DiffOp::kDelete);
  EXPECT_EQ(runs[2].op, DiffOp::kInsert);
  EXPECT_EQ(runs[0].before_begin, 0u);
  EXPECT_EQ(runs[0].before_end, 1u);
  EXPECT_EQ(runs[1].before_begin, 1u);
  EXPECT_EQ(runs[1].before_end, 2u);
  EXPECT_EQ(runs[1].after_begin, 1u);
  EXPECT_EQ(runs[1].after_end, 1u);
  EXPECT_EQ(runs[2].before_begin, 2u);
  EXPECT_EQ(runs[2].before_end, 2u);
  EXPECT_EQ(runs[2].after_begin, 1u);
  EXPECT_EQ(runs[2].after_end, 2u);
}

TEST(DiffSequences, EmptyInputs) {
  EXPECT_TRUE(diff_sequences({}, {}).empty());
  const std::vector<DiffRun> inserted = diff_sequences({}, tokens({"x", "y"}));
  ASSERT_EQ(inserted.size(), 1u);
  EXPECT_EQ(inserted[0].op, DiffOp::kInsert);
  EXPECT_EQ(inserted[0].after_end, 2u);
  const std::vector<DiffRun> deleted = diff_sequences(tokens({"x"}), {});
  ASSERT_EQ(deleted.size(), 1u);
  EXPECT_EQ(deleted[0].op, DiffOp::kDelete);
  EXPECT_EQ(deleted[0].before_end, 1u);
}

TEST(DiffSequences, EqualInputsAreOneRun) {
  const std::vector<DiffRun> runs = diff_sequences(tokens({"a", "b"}), tokens({"a", "b"}));
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].op, DiffOp::kEqual);
  EXPECT_EQ(runs[0].before_end, 2u);
}

// Thousands of random pairs over small alphabets (so that many alignments tie): every script is
// well-formed and minimal, that is, it deletes and inserts exactly the tokens outside a longest
// common subsequence.
TEST(DiffSequences, ScriptsAreValidAndMinimal) {
  const std::vector<std::string_view> alphabet = {"a", "b", "c", "d", "e", "f", "g", "h"};
  Rng rng;
  for (int round = 0; round < 3000; ++round) {
    const std::uint32_t letters = 2 + rng.next(7);
    std::vector<std::string_view> a(rng.next(25)), b;
    for (auto& t : a) t = alphabet[rng.next(letters)];
    if (round % 2 == 0) {  // an edited copy, like copydesk's before and after
      b = a;
      for (std::uint32_t e = rng.next(5); e > 0; --e) {
        const std::size_t at = b.empty() ? 0 : rng.next(static_cast<std::uint32_t>(b.size()));
        if (rng.next(2) == 0 && !b.empty()) {
          b.erase(b.begin() + static_cast<std::ptrdiff_t>(at));
        } else {
          b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), alphabet[rng.next(letters)]);
        }
      }
    } else {
      b.resize(rng.next(25));
      for (auto& t : b) t = alphabet[rng.next(letters)];
    }
    SCOPED_TRACE(round);
    const std::vector<DiffRun> runs = diff_sequences(a, b);
    EXPECT_EQ(check_script(a, b, runs), a.size() + b.size() - 2 * lcs_length(a, b));
    EXPECT_EQ(diff_sequences(a, b).size(), runs.size());  // deterministic
  }
}

// Two unrelated sequences of 100,000 tokens keep an unbounded Myers search busy for tens of
// seconds; past its edit budget it settles for a near-minimal script, which must be correct.
TEST(DiffSequences, UnrelatedLargeInputsFinishWithAValidScript) {
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) words.push_back("w" + std::to_string(i));
  Rng rng;
  std::vector<std::string_view> a(100000), b(100000);
  for (auto& t : a) t = words[rng.next(500)];
  for (auto& t : b) t = words[rng.next(500)];
  const std::vector<DiffRun> runs = diff_sequences(a, b);
  const std::size_t edits = check_script(a, b, runs);
  EXPECT_LE(edits, a.size() + b.size());
  EXPECT_GT(edits, 0u);
}

}  // namespace
}  // namespace copydesk
