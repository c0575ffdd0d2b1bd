#include "builtin_rules.hpp"

#include <algorithm>

#include "stages/casing_stage.hpp"
#include "stages/glyphs_stage.hpp"
#include "stages/sentence_stage.hpp"
#include "stages/spacing.hpp"
#include "stages/spacing_rules.hpp"
#include "stages/typos_hunspell.hpp"
#include "stages/unicode_stage.hpp"

namespace copydesk {

const std::vector<BuiltinStage>& builtin_stages() {
  // Each stage adds its entry here (a static registration would be dropped by the linker
  // from a static library).
  static const std::vector<BuiltinStage> stages{
      {"spacing", spacing::rule_ids(), &make_spacing_matcher},
      {"typos", {"typos.hunspell"}, &make_typos_hunspell_matcher},
      {"unicode", unicode_rule_ids(), &make_unicode_matcher},
      {"glyphs", glyphs_rule_ids(), &make_glyphs_matcher},
      {"casing", casing_rule_ids(), &make_casing_matcher},
      {"sentence", sentence_rule_ids(), &make_sentence_matcher},
  };
  return stages;
}

const BuiltinStage* find_builtin(std::string_view id) {
  for (const BuiltinStage& stage : builtin_stages()) {
    if (std::find(stage.rule_ids.begin(), stage.rule_ids.end(), id) != stage.rule_ids.end())
      return &stage;
  }
  return nullptr;
}

}  // namespace copydesk
