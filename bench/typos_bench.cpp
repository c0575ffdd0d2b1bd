// The typo stage's speed: loading a typo list of 10 to 60,000 entries, the words matcher's own
// pass over ~5 MB of news (tokens and protected spans computed before the timing), and the
// stage through a Pipeline as a user runs it. The Arg sweeps show that the cost of a pass
// does not depend on the size of the list.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_text.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "rule.hpp"
#include "word_list.hpp"
#include "words_matcher.hpp"

namespace {

using copydesk::bench::news_text;
using copydesk::bench::read_file;

// Realistic entries: ten the text holds, the core list, then codespell's single-candidate entries
// when installed, then made-up ones if more are asked for.
const std::vector<std::string>& entry_lines() {
  static const std::vector<std::string> lines = [] {
    // First, misspellings that the BBC text really holds, so that even 10 entries make edits
    // (the engine finds protected spans only when a stage proposes something).
    std::vector<std::string> out = {
        "definately->definitely",  "enviroment->environment", "accomodate->accommodate",
        "refered->referred",       "commited->committed",     "reponse->response",
        "peformance->performance", "probem->problem",         "wtih->with",
        "daugher->daughter"};
    auto take = [&](const std::string& content) {
      copydesk::parse_typo_list(
          content,
          [&](const copydesk::TypoEntry& e) {
            if (!e.ambiguous()) out.push_back(std::string(e.typo) + "->" + std::string(e.fix));
          },
          [](std::size_t, std::string) {});
    };
    take(read_file(COPYDESK_SOURCE_DIR "/rules/en/typos-core.txt"));
    take(read_file("/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt"));
    for (int i = 0; out.size() < 70000; ++i) out.push_back("zqx" + std::to_string(i) + "->word");
    // Keep what a pack may hold: keys that are words, each once, and no loops.
    std::vector<copydesk::WordPair> pairs;
    copydesk::StringSet keys;
    for (const std::string& line : out) {
      const std::size_t arrow = line.find("->");
      std::string from = line.substr(0, arrow);
      if (!copydesk::WordsMatcher::check_key(from).empty() || !keys.insert(from).second) continue;
      pairs.push_back({from, line.substr(arrow + 2), {}, false});
    }
    std::vector<bool> loops(pairs.size(), false);
    for (std::size_t index : copydesk::find_loops(pairs)) loops[index] = true;
    out.clear();
    for (std::size_t i = 0; i < pairs.size() && out.size() < 60000; ++i) {
      if (!loops[i]) out.push_back(pairs[i].from + "->" + pairs[i].to);
    }
    return out;
  }();
  return lines;
}

// A pack folder holding a list of the first `entries` lines; returns the pack.toml path.
std::string write_pack(std::size_t entries) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("copydesk_typos_bench_" + std::to_string(::getpid()) + "_" + std::to_string(entries));
  std::filesystem::create_directories(dir);
  std::ofstream list(dir / "list.txt", std::ios::binary);
  for (std::size_t i = 0; i < entries; ++i) list << entry_lines()[i] << '\n';
  std::ofstream(dir / "pack.toml", std::ios::binary)
      << "[pack]\nname = \"bench\"\nstage = \"typos\"\n\n[[rule]]\nid = \"bench.typos\"\nkind = "
         "\"words\"\n"
         "description = \"bench\"\nlist = \"list.txt\"\ncautious = true\n";
  return (dir / "pack.toml").string();
}

copydesk::Pipeline load_pack(const std::string& pack) {
  copydesk::PipelineOptions options;
  options.default_rules = false;
  options.check_examples = false;
  options.rule_packs = {pack};
  return copydesk::Pipeline::load(options);
}

// Loading a pack whose list has N entries: parse, check, loop check, matcher tables.
void BM_TyposLoadList(benchmark::State& state) {
  const std::string pack = write_pack(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(load_pack(pack));
  state.counters["entries"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_TyposLoadList)
    ->Arg(10)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(60000)
    ->Unit(benchmark::kMillisecond);

// The default pack's typo rules as `copydesk` loads them (hunspell and codespell read once per
// process, so this is the cost of every load after the first in one process).
void BM_TyposLoadDefaultPack(benchmark::State& state) {
  copydesk::PipelineOptions options;
  options.check_examples = false;
  options.only = {"typos.core", "typos.codespell", "typos.codespell.ambiguous"};
  for (auto _ : state) benchmark::DoNotOptimize(copydesk::Pipeline::load(options));
}
BENCHMARK(BM_TyposLoadDefaultPack)->Unit(benchmark::kMillisecond);

// Reading hunspell's en_US.dic into a word set: the first load's extra cost.
void BM_TyposReadHunspellDic(benchmark::State& state) {
  const std::string dic = read_file("/usr/share/hunspell/en_US.dic");
  if (dic.empty()) {
    state.SkipWithError("hunspell-en-us is not installed");
    return;
  }
  for (auto _ : state) {
    copydesk::WordSet words;
    words.add_hunspell_dic(dic);
    benchmark::DoNotOptimize(words.size());
  }
}
BENCHMARK(BM_TyposReadHunspellDic)->Unit(benchmark::kMillisecond);

// The matcher alone on a prepared Document: its own cost per byte, for N entries.
void BM_TyposMatcher(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::RuleDefinition rule;
  rule.id = "bench.typos";
  rule.cautious = true;
  for (std::size_t i = 0; i < static_cast<std::size_t>(state.range(0)); ++i) {
    const std::string& line = entry_lines()[i];
    const std::size_t arrow = line.find("->");
    rule.words.push_back({line.substr(0, arrow), line.substr(arrow + 2), {}, false});
  }
  copydesk::WordsMatcher matcher;
  matcher.add_rule(rule);
  const copydesk::AbbreviationList abbreviations;
  const copydesk::Document document(text, abbreviations);
  document.tokens();
  document.protected_spans();
  std::size_t proposals = 0;
  for (auto _ : state) {
    copydesk::EditSink sink;
    matcher.propose(document, sink);
    proposals = sink.proposals().size();
    benchmark::DoNotOptimize(proposals);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["entries"] = static_cast<double>(state.range(0));
  state.counters["proposals"] = static_cast<double>(proposals);
}
BENCHMARK(BM_TyposMatcher)
    ->Arg(10)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(60000)
    ->Unit(benchmark::kMillisecond);

// The stage through a Pipeline (tokens and protected spans included), for N entries.
void BM_TyposStage(benchmark::State& state) {
  const std::string& text = news_text();
  const copydesk::Pipeline pipeline =
      load_pack(write_pack(static_cast<std::size_t>(state.range(0))));
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["entries"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_TyposStage)->Arg(10)->Arg(1000)->Arg(10000)->Arg(60000)->Unit(benchmark::kMillisecond);

// The default pack's typo rules as shipped, through a Pipeline.
void BM_TyposDefaultStage(benchmark::State& state) {
  const std::string& text = news_text();
  copydesk::PipelineOptions options;
  options.only = {"typos.core", "typos.codespell", "typos.codespell.ambiguous"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TyposDefaultStage)->Unit(benchmark::kMillisecond);

// The worst case of following the document's spelling: a typo after every 2 KB of news, whose
// fix has a British/American counterpart ("facourite", argument 1), so that the words around
// each one are read; argument 0 is the same with a typo that has none ("goverment"), for the
// cost of the edits alone. The two must stay close, whatever the length of the text.
void BM_TyposDocumentSpelling(benchmark::State& state) {
  const std::string& news = news_text();
  const std::string typo = state.range(0) == 1 ? " a facourite" : " a goverment";
  std::string text;
  text.reserve(news.size() + news.size() / 100);
  for (std::size_t at = 0; at < news.size();) {
    const std::size_t end = news.find(' ', std::min(news.size(), at + 2048));
    text.append(news, at, end == std::string::npos ? std::string::npos : end - at);
    text += typo;
    at = end;
  }
  copydesk::PipelineOptions options;
  options.only = {"typos.core", "typos.codespell", "typos.codespell.ambiguous"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["fixes"] = static_cast<double>(text.size() / 2048);
}
BENCHMARK(BM_TyposDocumentSpelling)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
