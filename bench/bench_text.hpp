// Text for the benchmarks: about 5 MB of news, from the BBC corpus in ../shared/corpora when
// present (article texts joined by blank lines), otherwise the project's samples repeated.
#pragma once

#include <string>

namespace copydesk::bench {

const std::string& news_text();
std::string read_file(const std::string& path);

}  // namespace copydesk::bench
