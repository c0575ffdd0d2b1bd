// Text for the benchmarks: about 5 MB of news, from the BBC corpus in ../shared/corpora when
// present (article texts joined by blank lines), otherwise the project's samples repeated.
#pragma once

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "matcher.hpp"

namespace copydesk::bench {

const std::string& news_text();
// news_text() cut into documents of about 2.5 KB at paragraph breaks, the size of a BBC
// article: how copydesk meets text when it cleans files or JSON Lines records one at a time.
const std::vector<std::string_view>& article_sized_documents();
std::string read_file(const std::string& path);

// Times the matchers' propose() alone on `text`: the Document's tokens and protected spans are
// computed before the timing loop. Sets the bytes processed; returns the number of proposals.
std::size_t time_matchers(benchmark::State& state, const std::vector<const Matcher*>& matchers,
                          std::string_view text, const AbbreviationList& abbreviations);

}  // namespace copydesk::bench
