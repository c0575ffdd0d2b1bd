// What running one peer tool's test suite through copydesk produced: a passed/total count per
// group of cases (a LanguageTool rule, an ftfy file), the cases that did not pass, and the data
// files that were not there to run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace copydesk::peers {

struct GroupResult {
  std::string name;        // "COMMA_PARENTHESIS_WHITESPACE", "negative (must not change)", ...
  std::size_t passed = 0;  // cases that came out as the peer tool expects
  std::size_t total = 0;
  bool informational = false;  // counted for interest only: no pass/fail expectation
};

struct CaseFailure {
  std::string group;     // the GroupResult it was counted in
  std::string label;     // rule id or case label
  std::string input;     // what was given to copydesk
  std::string expected;  // what the peer tool expects (or a description of it)
  std::string got;       // what copydesk returned
  std::string note;      // anything else needed to judge the case; may be empty
};

struct SuiteResult {
  std::string suite;  // "languagetool", "ftfy"
  std::vector<GroupResult> groups{};
  std::vector<CaseFailure> failures{};
  std::vector<std::string> skipped{};  // paths that were not found, so their cases did not run
};

}  // namespace copydesk::peers
