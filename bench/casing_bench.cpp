// Throughput of the casing and sentence stages on news text (MB/s): each stage alone through a
// Pipeline (tokens and protected spans included), and the stages' matchers alone on a prepared
// Document (tokens and spans computed before the timing loop), so that their own cost shows.
// The lexicon benchmarks compare the full lexicon with a small one: lookups are hashed by the
// first word, so the size of the lexicon must not change the speed.
#include <benchmark/benchmark.h>

#include "abbreviations.hpp"
#include "bench_text.hpp"
#include "builtin_rules.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "stages/casing_stage.hpp"
#include "stages/sentence_stage.hpp"

namespace {

using copydesk::bench::article_sized_documents;
using copydesk::bench::news_text;

const copydesk::AbbreviationList& abbreviations() {
  static const copydesk::AbbreviationList list = [] {
    copydesk::AbbreviationList loaded;
    loaded.add_lines(copydesk::bench::read_file(COPYDESK_SOURCE_DIR "/rules/en/abbreviations.txt"));
    return loaded;
  }();
  return list;
}

// The options of casing.proper-nouns as rules/en/casing.toml sets them.
std::map<std::string, std::string> full_lexicon_options() {
  return {{"icu", "true"},
          {"places", "places.txt"},
          {"regions", "regions.txt"},
          {"nationalities", "nationalities.txt"},
          {"calendar", "calendar.txt"},
          {"organizations", "organizations.txt"},
          {"offices", "offices.txt"},
          {"brands", "brands.txt"},
          {"acronyms", "acronyms.txt"},
          {"ambiguous", "ambiguous-names.txt"},
          {"not_names", "not-names.txt"}};
}

copydesk::BuiltinContext casing_context(std::map<std::string, std::string> lexicon_options) {
  copydesk::BuiltinContext context;
  for (const std::string_view id : copydesk::casing_rule_ids()) context.enabled.emplace(id);
  context.options["casing.proper-nouns"] = std::move(lexicon_options);
  context.abbreviations = &abbreviations();
  return context;
}

copydesk::BuiltinContext sentence_context() {
  copydesk::BuiltinContext context;
  for (const std::string_view id : copydesk::sentence_rule_ids()) context.enabled.emplace(id);
  context.abbreviations = &abbreviations();
  return context;
}

void run_pipeline(benchmark::State& state, std::vector<std::string> only) {
  const std::string& text = news_text();
  copydesk::PipelineOptions options;
  options.only = std::move(only);
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_CasingStagePipeline(benchmark::State& state) {
  run_pipeline(state, {"casing.*"});
}
BENCHMARK(BM_CasingStagePipeline)->Unit(benchmark::kMillisecond);

void BM_SentenceStagePipeline(benchmark::State& state) {
  run_pipeline(state, {"sentence.*"});
}
BENCHMARK(BM_SentenceStagePipeline)->Unit(benchmark::kMillisecond);

void BM_CasingAndSentencePipeline(benchmark::State& state) {
  run_pipeline(state, {"casing.*", "sentence.*"});
}
BENCHMARK(BM_CasingAndSentencePipeline)->Unit(benchmark::kMillisecond);

// The matchers' own cost: propose() on a Document whose tokens and spans are ready.
void run_matchers(benchmark::State& state, const std::vector<const copydesk::Matcher*>& matchers) {
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, matchers, news_text(), abbreviations());
  state.counters["edits"] = static_cast<double>(proposals);
}

void BM_CasingMatcher(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(casing_context(full_lexicon_options()));
  run_matchers(state, {casing.get()});
}
BENCHMARK(BM_CasingMatcher)->Unit(benchmark::kMillisecond);

// One long paragraph with thousands of names in lower case: the casing matcher scans again
// around every fix, and that must cost in proportion to the fixes, not to their square (each
// fix's paragraph and the copies of its word used to be listed and sorted once per fix).
void BM_CasingMatcherManyFixesInOneParagraph(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < 4000; ++i)
    text += "talks between the united states and japan, said tony blair of the labour party; ";
  const auto casing = copydesk::make_casing_matcher(casing_context(full_lexicon_options()));
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, {casing.get()}, text, abbreviations());
  state.counters["edits"] = static_cast<double>(proposals);
}
BENCHMARK(BM_CasingMatcherManyFixesInOneParagraph)->Unit(benchmark::kMillisecond);

// One line of 880 KB with a sentence start in lower case every 44 bytes, after "." and "?":
// each start once read its whole line (its bounds, its brackets), so the cost grew with the
// square of the line (38 s before SentenceLines kept them).
void BM_SentenceMatcherOnOneLongLine(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "It was about britpop. blur and more text here What about britpop? blur and more ";
  }
  const auto sentence = copydesk::make_sentence_matcher(sentence_context());
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, {sentence.get()}, text, abbreviations());
  state.counters["edits"] = static_cast<double>(proposals);
}
BENCHMARK(BM_SentenceMatcherOnOneLongLine)->Unit(benchmark::kMillisecond);

void BM_SentenceMatcher(benchmark::State& state) {
  const auto sentence = copydesk::make_sentence_matcher(sentence_context());
  run_matchers(state, {sentence.get()});
}
BENCHMARK(BM_SentenceMatcher)->Unit(benchmark::kMillisecond);

void BM_CasingAndSentenceMatchers(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(casing_context(full_lexicon_options()));
  const auto sentence = copydesk::make_sentence_matcher(sentence_context());
  run_matchers(state, {casing.get(), sentence.get()});
}
BENCHMARK(BM_CasingAndSentenceMatchers)->Unit(benchmark::kMillisecond);

// Both stages through a Pipeline, one article at a time, as `copydesk` cleans files or JSON
// Lines records: what a user waits for, with each pass's tokens, protected spans and edits.
void BM_CasingAndSentencePipelinePerArticle(benchmark::State& state) {
  copydesk::PipelineOptions options;
  options.only = {"casing.*", "sentence.*"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) {
    for (const std::string_view article : article_sized_documents())
      benchmark::DoNotOptimize(pipeline.clean(article));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * news_text().size()));
}
BENCHMARK(BM_CasingAndSentencePipelinePerArticle)->Unit(benchmark::kMillisecond);

void run_matchers_per_article(benchmark::State& state,
                              const std::vector<const copydesk::Matcher*>& matchers) {
  std::vector<std::unique_ptr<copydesk::Document>> documents;
  for (const std::string_view text : article_sized_documents()) {
    documents.push_back(std::make_unique<copydesk::Document>(text, abbreviations()));
    documents.back()->tokens();
    documents.back()->protected_spans();
  }
  for (auto _ : state) {
    for (const auto& document : documents) {
      copydesk::EditSink sink;
      for (const copydesk::Matcher* matcher : matchers) matcher->propose(*document, sink);
      benchmark::DoNotOptimize(sink.proposals().size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * news_text().size()));
}

void BM_CasingAndSentenceMatchersPerArticle(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(casing_context(full_lexicon_options()));
  const auto sentence = copydesk::make_sentence_matcher(sentence_context());
  run_matchers_per_article(state, {casing.get(), sentence.get()});
}
BENCHMARK(BM_CasingAndSentenceMatchersPerArticle)->Unit(benchmark::kMillisecond);

void BM_CasingMatcherPerArticle(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(casing_context(full_lexicon_options()));
  run_matchers_per_article(state, {casing.get()});
}
BENCHMARK(BM_CasingMatcherPerArticle)->Unit(benchmark::kMillisecond);

void BM_SentenceMatcherPerArticle(benchmark::State& state) {
  const auto sentence = copydesk::make_sentence_matcher(sentence_context());
  run_matchers_per_article(state, {sentence.get()});
}
BENCHMARK(BM_SentenceMatcherPerArticle)->Unit(benchmark::kMillisecond);

void BM_CasingRulePerArticle(benchmark::State& state, std::string rule) {
  copydesk::BuiltinContext context = casing_context(full_lexicon_options());
  context.enabled = {rule};
  const auto casing = copydesk::make_casing_matcher(context);
  run_matchers_per_article(state, {casing.get()});
}
BENCHMARK_CAPTURE(BM_CasingRulePerArticle, proper_nouns, "casing.proper-nouns")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CasingRulePerArticle, names_in_document, "casing.names-in-document")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CasingRulePerArticle, pronoun_i, "casing.pronoun-i")
    ->Unit(benchmark::kMillisecond);

void BM_ProperNounsSmallLexiconPerArticle(benchmark::State& state) {
  copydesk::BuiltinContext context =
      casing_context({{"icu", "false"}, {"calendar", "calendar.txt"}});
  context.enabled = {"casing.proper-nouns"};
  const auto casing = copydesk::make_casing_matcher(context);
  run_matchers_per_article(state, {casing.get()});
}
BENCHMARK(BM_ProperNounsSmallLexiconPerArticle)->Unit(benchmark::kMillisecond);

void BM_CasingMatcherSmallLexiconPerArticle(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(
      casing_context({{"icu", "false"}, {"calendar", "calendar.txt"}}));
  run_matchers_per_article(state, {casing.get()});
}
BENCHMARK(BM_CasingMatcherSmallLexiconPerArticle)->Unit(benchmark::kMillisecond);

// The same matcher with a lexicon of one short list (the calendar: 28 names) instead of the
// full one (ICU's names and every list, a few thousand): the speed should not differ.
void BM_CasingMatcherSmallLexicon(benchmark::State& state) {
  const auto casing = copydesk::make_casing_matcher(
      casing_context({{"icu", "false"}, {"calendar", "calendar.txt"}}));
  run_matchers(state, {casing.get()});
}
BENCHMARK(BM_CasingMatcherSmallLexicon)->Unit(benchmark::kMillisecond);

}  // namespace
