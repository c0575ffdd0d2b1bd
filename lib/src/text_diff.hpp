// Diffs for showing a reviewer what copydesk changed in a text.
//
// `unified_diff` prints what `diff -u` prints; `word_diff` prints the same hunks with changes
// marked inside the lines, like `git diff --word-diff=plain`. Both rest on `diff_sequences`,
// Myers' O(ND) algorithm in its linear-space form. The key design decision: tokens are
// `string_view`s into the caller's text that keep their terminators ("a\r\n" is one line,
// "a" without a final newline is another), and tokens are compared as bytes, so CRLF endings,
// a missing final newline and invalid UTF-8 all come out exactly, with no byte lost. Because
// copydesk's inputs are articles of a few MB that are mostly equal, the common prefix and
// suffix are trimmed first and Myers runs only on the middle, without the tokens that occur on
// one side only. Output is deterministic: a minimal edit script (past 512 edits, as in GNU
// diff, a search that grows too expensive settles for a near-minimal one, so that unrelated
// texts take seconds, not hours), with deletions before insertions in a change.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

struct DiffOptions {
  int context = 3;     // unchanged lines shown around a change; negative counts as 0
  bool color = false;  // ANSI colors for a terminal: headers bold, @@ cyan, removals red,
                       // additions green
};

// A unified diff of two texts split into lines, as `diff -u --label a --label b` prints it.
// Returns "" when the texts are equal. Example: unified_diff("a\nb\n", "a\nc\n", "a", "b") ==
//   "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n".
std::string unified_diff(std::string_view before, std::string_view after,
                         std::string_view before_label, std::string_view after_label,
                         const DiffOptions& options = {});

// The hunks of `unified_diff`, but each block of changed lines is shown once, with removed
// text as [-old-] and added text as {+new+}; unchanged lines have no prefix. Words, runs of
// whitespace, line breaks and punctuation characters are the units compared. With color,
// red and green replace the brackets. Returns "" when the texts are equal. Example:
// word_diff("The markets,sending\n", "The markets, sending\n", "a", "b") ==
//   "--- a\n+++ b\n@@ -1 +1 @@\nThe markets,{+ +}sending\n".
std::string word_diff(std::string_view before, std::string_view after,
                      std::string_view before_label, std::string_view after_label,
                      const DiffOptions& options = {});

enum class DiffOp { kEqual, kDelete, kInsert };

// One step of an edit script: half-open index ranges into the two sequences. An equal run
// has ranges of one length; a deletion has an empty `after` range (where it would be) and an
// insertion an empty `before` range. Example: {kDelete, 2, 3, 2, 2} deletes before[2].
struct DiffRun {
  DiffOp op;
  std::size_t before_begin, before_end;
  std::size_t after_begin, after_end;
};

// The minimal edit script turning `before` into `after`, as runs that cover both sequences
// in order; consecutive runs have different ops, and a deletion comes before the insertion
// next to it. Example: {"a","b"} -> {"a","c"} gives
//   {kEqual,0,1,0,1}, {kDelete,1,2,1,1}, {kInsert,2,2,1,2}.
std::vector<DiffRun> diff_sequences(const std::vector<std::string_view>& before,
                                    const std::vector<std::string_view>& after);

}  // namespace copydesk
