// How copydesk-peers shows its results: a text table (one row per group, optionally followed by
// every failing case) or one JSON object with the same numbers for scripts.
#pragma once

#include <string>
#include <vector>

#include "suite_result.hpp"

namespace copydesk::peers {

struct ReportOptions {
  std::string corpora;         // the folder the suites were read from
  bool list_failures = false;  // include each failing case
};

std::string text_report(const std::vector<SuiteResult>& suites, const ReportOptions& options);
std::string json_report(const std::vector<SuiteResult>& suites, const ReportOptions& options);

}  // namespace copydesk::peers
