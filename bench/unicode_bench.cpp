// Throughput of the unicode stage (MB/s) on about 5 MB of BBC news: as ASCII only (the fast
// path: one scan), as published (ASCII and "£", its few leftover HTML references written out), as
// modern mixed news text (curly quotes and apostrophes, dashes, accented names), and as that text
// garbled to mojibake. Each through a Pipeline running the stage alone, and through the stage's
// matcher on a prepared Document (tokens and protected spans computed before the timing loop), so
// that the stage's own cost shows apart from the engine's.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "abbreviations.hpp"
#include "bench_text.hpp"
#include "builtin_rules.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "matcher.hpp"
#include "stages/unicode_stage.hpp"

namespace {

using copydesk::bench::news_text;

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, done)) {
    out.append(text, done, at - done).append(to);
    done = at + from.size();
  }
  out.append(text, done, std::string::npos);
  text = std::move(out);
}

// The BBC text as it should be: its few leftover HTML references ("caf&#233;") written out,
// so that clean text gives the stage nothing to do.
std::string clean_news() {
  std::string text = news_text();
  replace_all(text, "&#233;", "é");
  replace_all(text, "&#227;", "ã");
  replace_all(text, "&#243;", "ó");
  replace_all(text, "&#244;", "ô");
  replace_all(text, "&#163;", "£");
  replace_all(text, "&#191;", "’");
  replace_all(text, "&lt;", "<");
  replace_all(text, "&gt;", ">");
  return text;
}

std::string ascii_news() {
  std::string out;
  for (char c : clean_news()) {
    if (static_cast<unsigned char>(c) < 0x80) out += c;
  }
  return out;
}

// News as sites publish it now: curly quotes and apostrophes, dashes, a few accented names.
std::string mixed_news() {
  std::string text = clean_news();
  std::string out;
  out.reserve(text.size() + text.size() / 20);
  bool open = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      out += open ? "“" : "”";
      open = !open;
    } else if (c == '\'' && i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) {
      out += "’";
    } else {
      if (c == '\n') open = true;
      out += c;
    }
  }
  replace_all(out, " - ", " – ");
  replace_all(out, "cafe", "café");
  replace_all(out, "Jose ", "José ");
  replace_all(out, "Sao ", "São ");
  return out;
}

// The mixed text as a scraper with a wrong code page leaves it: "’" -> "â€™", "£" -> "Â£".
std::string mojibake_news() {
  std::string text = mixed_news();
  replace_all(text, "’", "â€™");
  replace_all(text, "“", "â€œ");
  replace_all(text, "”", "â€\xC2\x9D");
  replace_all(text, "£", "Â£");
  return text;
}

const std::string& text_for(int kind) {
  static const std::string ascii = ascii_news(), bbc = clean_news(), mixed = mixed_news(),
                           mojibake = mojibake_news();
  switch (kind) {
    case 0:
      return ascii;
    case 1:
      return bbc;
    case 2:
      return mixed;
    default:
      return mojibake;
  }
}

const char* label_for(int kind) {
  static const char* labels[] = {"ascii", "bbc (ascii and pound)", "mixed non-ascii", "mojibake"};
  return labels[kind];
}

void BM_UnicodeStagePipeline(benchmark::State& state) {
  const std::string& text = text_for(static_cast<int>(state.range(0)));
  copydesk::PipelineOptions options;
  options.only = {"unicode.*"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(label_for(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_UnicodeStagePipeline)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// The matcher alone: what the stage itself costs, with the Document prepared beforehand.
void BM_UnicodeMatcher(benchmark::State& state) {
  const std::string& text = text_for(static_cast<int>(state.range(0)));
  copydesk::BuiltinContext context;
  for (std::string_view id : copydesk::unicode_rule_ids()) context.enabled.insert(std::string(id));
  context.enabled.erase("unicode.odd-spaces");
  const auto matcher = copydesk::make_unicode_matcher(context);
  const std::size_t proposals =
      copydesk::bench::time_matchers(state, {matcher.get()}, text, copydesk::AbbreviationList());
  state.SetLabel(std::string(label_for(static_cast<int>(state.range(0)))) + ", " +
                 std::to_string(proposals) + " edits");
}
BENCHMARK(BM_UnicodeMatcher)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// One long line with a repair every few words: the cost must grow with the line's length, not
// with its length times its repairs (the repairs' units live in a gap buffer).
void BM_UnicodeRepairsOnOneLongLine(benchmark::State& state) {
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(0))) {
    text += "it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s a caf\xC3\x83\xC2\xA9 with soft\u00ADhyphens ";
  }
  copydesk::PipelineOptions options;
  options.only = {"unicode.*"};
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load(options);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline.clean(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_UnicodeRepairsOnOneLongLine)
    ->Arg(100 << 10)
    ->Arg(700 << 10)
    ->Unit(benchmark::kMillisecond);

}  // namespace
