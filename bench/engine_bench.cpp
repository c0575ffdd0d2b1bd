// Throughput of the engine's shared parts on news text (MB/s): tokens, protected spans, and
// the default pipeline as a whole.
#include <benchmark/benchmark.h>

#include "bench_text.hpp"
#include "copydesk/copydesk.hpp"
#include "protected_spans.hpp"
#include "tokens.hpp"

namespace {

using copydesk::bench::news_text;

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = news_text();
  for (auto _ : state) benchmark::DoNotOptimize(copydesk::tokenize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_ProtectedSpans(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::AbbreviationList abbreviations;
  abbreviations.add_lines(
      copydesk::bench::read_file(COPYDESK_SOURCE_DIR "/rules/en/abbreviations.txt"));
  for (auto _ : state)
    benchmark::DoNotOptimize(copydesk::find_protected_spans(text, abbreviations));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ProtectedSpans)->Unit(benchmark::kMillisecond);

void BM_DefaultPipeline(benchmark::State& state) {
  const std::string& text = news_text();
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load({});
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DefaultPipeline)->Unit(benchmark::kMillisecond);

}  // namespace
