// Whole-word replacement for every `words` rule of a stage at once: one pass over the
// tokens, one hash lookup per token, whatever the number of rules or entries. Matching is
// case-insensitive and the replacement takes the casing of the word it replaces
// (dialog -> dialogue, Dialog -> Dialogue, DIALOG -> DIALOGUE); a mixed-case word (fRist)
// is only reported.
#pragma once

#include <string>
#include <vector>

#include "matcher.hpp"
#include "rule.hpp"
#include "string_map.hpp"

namespace copydesk {

class WordsMatcher : public Matcher {
 public:
  // Adds the entries of `rule`; an entry whose key another rule added earlier is taken over
  // by this rule (packs loaded later override earlier ones).
  void add_rule(const RuleDefinition& rule);
  void propose(const Document& document, EditSink& sink) const override;
  std::size_t size() const { return entries_; }

  // The key a phrase is stored under, and the problem with it if it cannot be one ("" if ok).
  static std::string check_key(std::string_view phrase);

 private:
  struct Candidate {
    std::string tail;  // folded text after the first word: "" for one word, " cent", "-mail"
    std::string replacement;
    const std::string* rule;
  };
  // Length of the match of `tail` at `pos`, or npos.
  static std::size_t match_tail(std::string_view text, std::size_t pos, std::string_view tail);

  StringMap<std::vector<Candidate>> by_first_word_;  // candidates longest tail first
  std::vector<std::unique_ptr<std::string>> rule_ids_;
  std::size_t entries_ = 0;
};

}  // namespace copydesk
