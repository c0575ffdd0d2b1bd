// Specification of the scorer: what counts as right, wrong and missed.
#include "scorer.hpp"

#include <gtest/gtest.h>

namespace copydesk {
namespace {

CleanResult cleaned(std::string text, std::vector<Change> changes = {}) {
  CleanResult result;
  result.text = std::move(text);
  result.changes = std::move(changes);
  return result;
}

const Score& of(const EvalReport& report, EditClass kind) {
  return report.by_class[static_cast<std::size_t>(kind)];
}

TEST(Scorer, RightWrongAndMissed) {
  const std::string scraped = "In japan,markets fell. the yen rose.";
  const std::string edited = "In Japan, markets fell. The yen rose.";
  // copydesk fixed the space and wrongly changed "fell" (as a made-up rule would).
  Change space{"spacing.after-comma", Level::kFix, 9, 0, 1, 10, "", " "};
  Change wrong{"house.x", Level::kFix, 17, 4, 1, 18, "fell", "fall"};
  const EvalReport report = score_document(
      "a.txt", scraped, cleaned("In japan, markets fall. the yen rose.", {space, wrong}), edited);
  EXPECT_EQ(of(report, EditClass::kSpacing).true_positives, 1u);
  EXPECT_EQ(of(report, EditClass::kCasing).misses, 1u);
  EXPECT_EQ(of(report, EditClass::kSentenceStart).misses, 1u);
  EXPECT_EQ(of(report, EditClass::kTypo).false_positives, 1u);
  const Score overall = report.overall();
  EXPECT_EQ(overall.true_positives, 1u);
  EXPECT_EQ(overall.false_positives, 1u);
  EXPECT_EQ(overall.misses, 2u);
  EXPECT_DOUBLE_EQ(overall.precision(), 0.5);
  EXPECT_NEAR(overall.recall(), 1.0 / 3.0, 1e-9);
  EXPECT_EQ(report.by_rule.at("spacing.after-comma").true_positives, 1u);
  EXPECT_EQ(report.by_rule.at("house.x").false_positives, 1u);
  ASSERT_EQ(report.false_positives.size(), 1u);
  EXPECT_EQ(report.false_positives[0].rules, "house.x");
  EXPECT_EQ(report.false_positives[0].column, 18u);
  EXPECT_EQ(report.words, 7u);
}

TEST(Scorer, RuleIsFoundForAChangeInsideARunOfMarks) {
  // The engine deleted one space; the aligner sees the run of marks "... \"" change.
  const std::string scraped = "nine years... \" Hailey said";
  Change space{"spacing.inside-quotes", Level::kFix, 13, 1, 1, 14, " ", ""};
  const EvalReport report =
      score_document("a.txt", scraped, cleaned("nine years...\" Hailey said", {space}),
                     "nine years...\" Hailey said");
  ASSERT_FALSE(report.by_rule.empty());
  EXPECT_EQ(report.by_rule.count("(unknown)"), 0u);
  EXPECT_EQ(report.by_rule.count("spacing.inside-quotes"), 1u);
}

TEST(Scorer, EditsTheEditorsTextReceivesTooAreCountedApart) {
  // The source already has an error ("Overall. sales") that the editor kept; the injected
  // missing space comes before it, so offsets shift between the scraped and the edited text.
  const std::string scraped = "Rates rose,Overall. sales fell. He sat.";
  const std::string edited = "Rates rose, Overall. sales fell. He sat.";
  const std::string cleaned_scraped = "Rates rose, Overall. Sales fell. He set.";
  const std::string cleaned_edited = "Rates rose, Overall. Sales fell. He sat.";
  const EvalReport report =
      score_document("a.txt", scraped, cleaned(cleaned_scraped), edited, cleaned(cleaned_edited));
  EXPECT_EQ(report.overall().true_positives, 1u);   // the space
  EXPECT_EQ(report.overall().false_positives, 1u);  // "set": the clean text keeps "sat"
  ASSERT_EQ(report.source_edits.size(), 1u);        // "Sales", made to the edited text too
  EXPECT_EQ(report.source_edits[0].after, "Sales");
  // Without a baseline, both are wrong.
  EXPECT_EQ(
      score_document("a.txt", scraped, cleaned(cleaned_scraped), edited).overall().false_positives,
      2u);
}

TEST(Scorer, RewordingIsCountedApartNotAsMisses) {
  const EvalReport report =
      score_document("a.txt", "He said it was fine.", cleaned("He said it was fine."),
                     "He told reporters it was fine.");
  EXPECT_EQ(report.other_edits, 1u);
  EXPECT_EQ(report.overall().misses, 0u);
}

TEST(Scorer, CleanTextGivesPerfectScores) {
  const EvalReport report =
      score_document("a.txt", "Fine text.", cleaned("Fine text."), "Fine text.");
  EXPECT_DOUBLE_EQ(report.overall().precision(), 1.0);
  EXPECT_DOUBLE_EQ(report.overall().recall(), 1.0);
  EXPECT_DOUBLE_EQ(report.overall().f_half(), 1.0);
}

TEST(Scorer, FHalfWeighsPrecisionMore) {
  Score precise{8, 0, 8};  // precision 1, recall .5
  Score greedy{8, 8, 0};   // precision .5, recall 1
  EXPECT_GT(precise.f_half(), greedy.f_half());
  EXPECT_NEAR(precise.f_half(), 1.25 * 0.5 / (0.25 + 0.5), 1e-9);
}

TEST(Scorer, ReportsAddUp) {
  EvalReport a = score_document("a", "x,y", cleaned("x, y"), "x, y");
  const EvalReport b = score_document("b", "x,y", cleaned("x,y"), "x, y");
  a += b;
  EXPECT_EQ(a.files, 2u);
  EXPECT_EQ(of(a, EditClass::kSpacing).true_positives, 1u);
  EXPECT_EQ(of(a, EditClass::kSpacing).misses, 1u);
  EXPECT_EQ(a.misses.size(), 1u);
}

}  // namespace
}  // namespace copydesk
