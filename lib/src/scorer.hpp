// Scores what copydesk did against what an editor did, both as word-level edits of the same
// scraped text: an edit both made is a true positive, one only copydesk made a false
// positive, one only the editor made a miss. Scores are kept per class of edit and per rule;
// the editor's "other" edits (rewording) are counted apart, never as misses of a stage.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "alignment.hpp"
#include "copydesk/copydesk.hpp"
#include "edit_class.hpp"

namespace copydesk {

struct Score {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t misses = 0;

  double precision() const;  // 1 when copydesk made no edit
  double recall() const;     // 1 when there was nothing to find
  double f_half() const;     // F0.5: precision weighs twice as much as recall
  Score& operator+=(const Score& other);
};

// One edit of the report, with where it is and who made it.
struct ScoredEdit {
  std::string file;
  std::size_t line = 0, column = 0;
  EditClass kind = EditClass::kOther;
  std::string before, after;
  std::string context;  // the scraped text around the edit, on one line
  std::string rules;    // the rules behind a copydesk edit, comma-separated
};

struct EvalReport {
  std::array<Score, kEditClassCount> by_class{};
  std::map<std::string, Score> by_rule;  // true and false positives; misses have no rule
  std::size_t other_edits = 0;           // the editor's rewording, outside every stage's aim
  std::size_t files = 0;
  std::size_t words = 0;  // in the scraped texts
  std::vector<ScoredEdit> false_positives;
  std::vector<ScoredEdit> misses;
  // With a baseline: wrong edits that copydesk also makes to the editor's own text, in the same
  // words. They are errors of the source (or false positives that a run on the clean text
  // shows and counts), not caused by what was injected, so they are kept out of the scores.
  std::vector<ScoredEdit> source_edits;

  Score overall() const;  // every class but "other"
  EvalReport& operator+=(const EvalReport& other);
};

// Scores one document: `scraped` went through copydesk to give `result`; `edited` is the
// editor's version of `scraped`.
EvalReport score_document(std::string_view file, std::string_view scraped,
                          const CleanResult& result, std::string_view edited);

// The same, with `baseline`: what copydesk made of `edited` itself. A wrong edit that maps to
// the same edit of `edited` (outside the editor's own edits) goes to source_edits.
// Example: scraped "Overall. sales fell, said japan", edited "Overall. sales fell, said Japan";
// copydesk's "Sales" is made to the edited text too, so it is a source edit, not a wrong one.
EvalReport score_document(std::string_view file, std::string_view scraped,
                          const CleanResult& result, std::string_view edited,
                          const CleanResult& baseline);

}  // namespace copydesk
