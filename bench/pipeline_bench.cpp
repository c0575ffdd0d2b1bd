// Throughput of the engine on news text (MB/s). News text comes from the BBC corpus in
// ../shared/corpora when present, otherwise from the project's samples.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "protected_spans.hpp"
#include "tokens.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// About 5 MB of news text: the corpus's JSON Lines as they are (escaped newlines and all),
// or the samples repeated.
const std::string& news_text() {
  static const std::string text = [] {
    std::string corpus = read(COPYDESK_CORPORA_DIR "/news-clean/bbc-news.jsonl");
    if (corpus.empty()) {
      const std::string sample = read(COPYDESK_SOURCE_DIR "/samples/news-summit.edited.txt");
      while (corpus.size() < (5u << 20) && !sample.empty()) corpus += sample;
    }
    return corpus;
  }();
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = news_text();
  for (auto _ : state) benchmark::DoNotOptimize(copydesk::tokenize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_ProtectedSpans(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::AbbreviationList abbreviations;
  abbreviations.add_lines(read(COPYDESK_SOURCE_DIR "/rules/en/abbreviations.txt"));
  for (auto _ : state) benchmark::DoNotOptimize(copydesk::find_protected_spans(text, abbreviations));
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
