// What copydesk tells a reviewer about the changes in one file: `--explain` lines for people
// and `--report=json` records (JSON Lines, one object per change) for scripts.
#pragma once

#include <string>
#include <string_view>

#include "copydesk/copydesk.hpp"

namespace copydesk::cli {

// "article.txt:3:14: spacing.after-period: (NATO).After -> (NATO). After", one line per
// change and per suggestion (marked "suggest"), in input order. The words around a change are
// shown so that a one-character fix can be read.
std::string explain(std::string_view file, std::string_view input, const CleanResult& result);

// One JSON object a line: file, line, column, offset, length, rule, level, before, after.
std::string json_report(std::string_view file, const CleanResult& result);

}  // namespace copydesk::cli
