#include "stages/spacing_rules.hpp"

namespace copydesk::spacing {

namespace {

constexpr std::array<std::string_view, kRuleCount> kIds = {
    "spacing.after-period",    "spacing.after-abbreviation", "spacing.after-comma",
    "spacing.after-semicolon", "spacing.after-colon",        "spacing.after-exclamation",
    "spacing.after-question",  "spacing.after-bracket",      "spacing.after-quote",
    "spacing.before-comma",    "spacing.before-period",      "spacing.before-semicolon",
    "spacing.before-colon",    "spacing.before-exclamation", "spacing.before-question",
    "spacing.inside-brackets", "spacing.inside-quotes",      "spacing.inside-abbreviation",
    "spacing.multiple-spaces",
};

}  // namespace

std::string_view rule_id(Rule rule) {
  return kIds[static_cast<std::size_t>(rule)];
}

std::optional<Rule> rule_named(std::string_view id) {
  for (std::size_t i = 0; i < kRuleCount; ++i) {
    if (kIds[i] == id) return static_cast<Rule>(i);
  }
  return std::nullopt;
}

std::vector<std::string_view> rule_ids() {
  return {kIds.begin(), kIds.end()};
}

}  // namespace copydesk::spacing
