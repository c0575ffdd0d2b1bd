// Every `regex` rule of a stage, compiled into one RE2::Set to learn which rules can fire on
// a document; only those then run. Cost grows with matches, not with rules. RE2 runs in
// linear time, so a pack cannot make copydesk hang on hostile input.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <vector>

#include "matcher.hpp"
#include "rule.hpp"

namespace copydesk {

// The RE2 options of every pattern a pack writes (regex and delete-line rules): errors are
// reported as diagnostics, not logged.
RE2::Options regex_options();

class RegexMatcher : public Matcher {
 public:
  RegexMatcher();
  // Returns an error message ("" when fine): RE2's message for a bad pattern, or a rewrite
  // that names a group the pattern does not have.
  static std::string check(const std::string& pattern, const std::string& replace);

  void add_rule(const RuleDefinition& rule);
  // Call once after the last add_rule.
  void compile();
  void propose(const Document& document, EditSink& sink) const override;

 private:
  struct Compiled {
    std::string id;
    std::unique_ptr<RE2> regex;
    std::string rewrite;
  };
  void run(const Compiled& rule, std::string_view text, EditSink& sink) const;

  std::vector<Compiled> rules_;
  std::unique_ptr<RE2::Set> set_;
  bool set_ok_ = false;
};

}  // namespace copydesk
