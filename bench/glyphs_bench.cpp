// Throughput of the glyphs stage (MB/s) on about 5 MB of BBC news: with its default rules
// (tables, low-quote commas, double periods, TeX quotes) and with every house policy on
// (curly quotes, dashes, ellipses, bullets, box tables), through a Pipeline running the stage
// alone and through its matcher on a prepared Document.
#include <benchmark/benchmark.h>

#include <string>

#include "abbreviations.hpp"
#include "bench_text.hpp"
#include "builtin_rules.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "matcher.hpp"
#include "stages/glyphs_stage.hpp"

namespace {

using copydesk::bench::news_text;

const std::vector<std::string> kHousePolicies = {"glyphs.curly-quotes", "glyphs.dashes",
                                                 "glyphs.ellipses", "glyphs.bullets",
                                                 "glyphs.box-tables"};

void BM_GlyphsStagePipeline(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::PipelineOptions options;
  options.only = {"glyphs.*"};
  if (state.range(0) == 1) options.enable = kHousePolicies;
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(state.range(0) == 1 ? "house policies on" : "default rules");
}
BENCHMARK(BM_GlyphsStagePipeline)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

void BM_GlyphsMatcher(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::BuiltinContext context;
  for (const char* id : {"glyphs.table-separators", "glyphs.table-columns",
                         "glyphs.low-quote-comma", "glyphs.double-period", "glyphs.tex-quotes"}) {
    context.enabled.insert(id);
  }
  if (state.range(0) == 1) context.enabled.insert(kHousePolicies.begin(), kHousePolicies.end());
  const auto matcher = copydesk::make_glyphs_matcher(context);
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, {matcher.get()}, text, copydesk::AbbreviationList());
  state.SetLabel(std::string(state.range(0) == 1 ? "house policies on, " : "default rules, ") +
                 std::to_string(proposals) + " edits");
}
BENCHMARK(BM_GlyphsMatcher)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

}  // namespace
