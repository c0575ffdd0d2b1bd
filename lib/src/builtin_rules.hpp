// Rules implemented in C++ (spacing, casing, unicode repairs...), which packs switch on by
// naming them: `kind = "builtin"` with the rule's id, a description and examples. Each stage
// that has built-in rules registers one factory here; it builds one matcher that serves all of
// the stage's enabled built-in rules, so a pass costs the same whatever the number of rules.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "matcher.hpp"

namespace copydesk {

// What the enabled `proper-nouns` rules of house packs say about names, for the built-in
// lexicon: the names they spell themselves or list under `not_names` (the lexicon drops its
// entries of the same words, in any casing: a house's "Nato" overrules "NATO"), and the words
// they list as `ambiguous` (which then change only with evidence, in the lexicon too).
struct HouseNames {
  std::vector<std::string> names;
  std::vector<std::string> ambiguous;
};

// What a built-in stage is given to build its matcher.
struct BuiltinContext {
  std::set<std::string> enabled;  // ids of its rules that are switched on
  // Per rule id, its `options`; also of the stage's rules that are off, since a rule may read
  // another's lists (casing.surnames asks casing.proper-nouns' lexicon).
  std::map<std::string, std::map<std::string, std::string>> options;
  const AbbreviationList* abbreviations = nullptr;
  // The house packs' names, one list that every stage's context points to; null for none.
  const HouseNames* house = nullptr;

  // Whether rule `id` of the stage is switched on.
  bool is_enabled(std::string_view id) const { return enabled.count(std::string(id)) != 0; }
};

struct BuiltinStage {
  std::string_view stage;                  // "spacing"
  std::vector<std::string_view> rule_ids;  // "spacing.after-comma", ...
  std::unique_ptr<Matcher> (*make)(const BuiltinContext& context);
};

// Every built-in stage, in no particular order (stages run in stage_order()).
const std::vector<BuiltinStage>& builtin_stages();

// The stage that implements built-in rule `id`, or nullptr.
const BuiltinStage* find_builtin(std::string_view id);

}  // namespace copydesk
