// Throughput of the spacing stage on news text (MB/s): the stage alone through a Pipeline
// (which includes the protected spans the engine computes when a rule proposes anything), and
// the stage's matcher on a prepared Document, so that its own cost is visible. The matcher is
// also timed with 100,000 more abbreviations listed: its cost must not grow with the list.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "bench_text.hpp"
#include "builtin_rules.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "matcher.hpp"
#include "stages/spacing.hpp"
#include "stages/spacing_rules.hpp"

namespace {

using copydesk::bench::news_text;

void BM_SpacingStage(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::PipelineOptions options;
  options.only = {"spacing.*"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SpacingStage)->Unit(benchmark::kMillisecond);

// The same text cut into documents of about one article each, cleaned one by one as
// `copydesk -i articles/*.txt` does: protected spans are computed only for the documents where
// a spacing rule proposes something.
void BM_SpacingStagePerArticle(benchmark::State& state) {
  const std::vector<std::string_view>& articles = copydesk::bench::article_sized_documents();
  copydesk::PipelineOptions options;
  options.only = {"spacing.*"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) {
    for (std::string_view article : articles) benchmark::DoNotOptimize(pipeline.clean(article));
  }
  state.counters["documents"] = static_cast<double>(articles.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * news_text().size()));
}
BENCHMARK(BM_SpacingStagePerArticle)->Unit(benchmark::kMillisecond);

copydesk::AbbreviationList default_abbreviations(int extra) {
  copydesk::AbbreviationList abbreviations;
  abbreviations.add_lines(
      copydesk::bench::read_file(COPYDESK_SOURCE_DIR "/rules/en/abbreviations.txt"));
  for (int i = 0; i < extra; ++i) abbreviations.add("Zq" + std::to_string(i) + "x.");
  return abbreviations;
}

// The matcher's propose() alone: tokens and protected spans are computed before timing.
void BM_SpacingMatcher(benchmark::State& state) {
  const std::string& text = news_text();
  const copydesk::AbbreviationList abbreviations =
      default_abbreviations(static_cast<int>(state.range(0)));
  copydesk::BuiltinContext context;
  for (std::string_view id : copydesk::spacing::rule_ids()) context.enabled.emplace(id);
  context.abbreviations = &abbreviations;
  const auto matcher = copydesk::make_spacing_matcher(context);
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, {matcher.get()}, text, abbreviations);
  state.counters["proposals"] = static_cast<double>(proposals);
}
BENCHMARK(BM_SpacingMatcher)->Arg(0)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
