#include "bench_text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace copydesk::bench {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

namespace {

// The "text" field of each JSON line, unescaped just enough for news text (\n, \", \\, \uXXXX).
std::string corpus_texts(const std::string& jsonl) {
  std::string out;
  const std::string key = "\"text\": \"";
  for (std::size_t at = jsonl.find(key); at != std::string::npos; at = jsonl.find(key, at)) {
    at += key.size();
    while (at < jsonl.size() && jsonl[at] != '"') {
      char c = jsonl[at++];
      if (c == '\\' && at < jsonl.size()) {
        const char e = jsonl[at++];
        if (e == 'n')
          c = '\n';
        else if (e == 't')
          c = '\t';
        else if (e == 'u' && at + 4 <= jsonl.size()) {
          const unsigned cp = static_cast<unsigned>(std::stoul(jsonl.substr(at, 4), nullptr, 16));
          at += 4;
          if (cp < 0x80)
            c = static_cast<char>(cp);
          else if (cp < 0x800)
            out += static_cast<char>(0xC0 | (cp >> 6)), c = static_cast<char>(0x80 | (cp & 0x3F));
          else
            out += static_cast<char>(0xE0 | (cp >> 12)),
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                c = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          c = e;
        }
      }
      out += c;
    }
    out += "\n\n";
  }
  return out;
}

}  // namespace

const std::string& news_text() {
  static const std::string text = [] {
    std::string corpus = corpus_texts(read_file(COPYDESK_CORPORA_DIR "/news-clean/bbc-news.jsonl"));
    if (corpus.empty()) {
      const std::string sample = read_file(COPYDESK_SOURCE_DIR "/samples/news-summit.edited.txt");
      while (corpus.size() < (5u << 20) && !sample.empty()) corpus += sample;
    }
    return corpus;
  }();
  return text;
}

std::size_t time_matchers(benchmark::State& state, const std::vector<const Matcher*>& matchers,
                          std::string_view text, const AbbreviationList& abbreviations) {
  const Document document(text, abbreviations);
  benchmark::DoNotOptimize(document.tokens());
  benchmark::DoNotOptimize(document.protected_spans());
  std::size_t proposals = 0;
  for (auto _ : state) {
    EditSink sink;
    for (const Matcher* matcher : matchers) matcher->propose(document, sink);
    proposals = sink.proposals().size();
    benchmark::DoNotOptimize(proposals);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  return proposals;
}

const std::vector<std::string_view>& article_sized_documents() {
  static const std::vector<std::string_view> documents = [] {
    constexpr std::size_t kArticleBytes = 2500;
    const std::string_view text = news_text();
    std::vector<std::string_view> cut;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find("\n\n", std::min(text.size(), begin + kArticleBytes));
      end = end == std::string_view::npos ? text.size() : end + 2;
      cut.push_back(text.substr(begin, end - begin));
      begin = end;
    }
    return cut;
  }();
  return documents;
}

}  // namespace copydesk::bench
