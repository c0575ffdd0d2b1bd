// `kind = "delete-line"` rules: a house deletes the lines that scraping leaves behind and no
// edit can mend ("Advertisement", "Read more: …", "Share this article"). A rule's `pattern`
// (RE2) must match a whole line, without its line ending; the line goes with its ending. All the
// rules of a stage are one RE2::Set, asked once per line, so the cost does not grow with the
// number of rules.
#pragma once

#include <re2/set.h>

#include <memory>
#include <string>
#include <vector>

#include "matcher.hpp"
#include "rule.hpp"

namespace copydesk {

class LineDeleteMatcher : public Matcher {
 public:
  // `rules`: the enabled `delete-line` rules of one stage, their patterns already checked.
  explicit LineDeleteMatcher(const std::vector<const RuleDefinition*>& rules);

  void propose(const Document& document, EditSink& sink) const override;

 private:
  std::vector<std::string> ids_;  // by index in the set
  std::unique_ptr<RE2::Set> set_;
};

}  // namespace copydesk
