// A house pack's own names: `kind = "proper-nouns"` rules ("Chinedu Okafor", "Daily World
// News", a town that is also a word). A lower-case spelling of a listed name takes its
// canonical form, with the same guards as casing.proper-nouns: a name whose single word is an
// everyday word ("bath", "reading") or is listed in `ambiguous` changes only with evidence, a
// word written in capitals or mixed case stays as written. One matcher serves every such rule of
// a stage, looked up by the hash of each word, so its cost does not grow with the names; each
// change names the rule that listed the name.
#pragma once

#include <memory>
#include <vector>

#include "common_words.hpp"
#include "matcher.hpp"
#include "proper_noun_lexicon.hpp"
#include "rule.hpp"

namespace copydesk {

class ProperNounsMatcher : public Matcher {
 public:
  // `rules`: the enabled `proper-nouns` rules of one stage.
  explicit ProperNounsMatcher(const std::vector<const RuleDefinition*>& rules);

  void propose(const Document& document, EditSink& sink) const override;

 private:
  ProperNounLexicon lexicon_;
};

}  // namespace copydesk
