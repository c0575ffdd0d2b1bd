// The rules of the spacing stage, each with its own id so that a house pack can switch one off
// (`--disable spacing.multiple-spaces`). One matcher serves them all: it keeps the enabled
// rules in a bit set, so a pass costs the same whatever the number of rules.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace copydesk::spacing {

enum class Rule : unsigned {
  kAfterPeriod,         // "narrowly.The" -> "narrowly. The"
  kAfterAbbreviation,   // "U.K.and" -> "U.K. and"
  kAfterComma,          // "markets,sending" -> "markets, sending"
  kAfterSemicolon,      // "agreed;others" -> "agreed; others"
  kAfterColon,          // "said:the" -> "said: the"
  kAfterExclamation,    // "winter!And" -> "winter! And"
  kAfterQuestion,       // "alarming?And" -> "alarming? And"
  kAfterBracket,        // "(see below)and" -> "(see below) and"
  kAfterQuote,          // "“Good morning,”said" -> "“Good morning,” said"
  kBeforeComma,         // "coffee , cheese" -> "coffee, cheese"
  kBeforePeriod,        // "full stop ." -> "full stop."
  kBeforeSemicolon,     // "agreed ; others" -> "agreed; others"
  kBeforeColon,         // "said : the" -> "said: the"
  kBeforeExclamation,   // "winter !" -> "winter!"
  kBeforeQuestion,      // "alarming ?" -> "alarming?"
  kInsideBrackets,      // "( foo bar )" -> "(foo bar)"
  kInsideQuotes,        // "“ marks ”" -> "“marks”"
  kInsideAbbreviation,  // "e. g." -> "e.g."
  kMultipleSpaces,      // "a  quick  look" -> "a quick look"
};
inline constexpr std::size_t kRuleCount = 19;

// "spacing.after-period" for Rule::kAfterPeriod.
std::string_view rule_id(Rule rule);
// The rule with id `id`, if it is one of this stage's.
std::optional<Rule> rule_named(std::string_view id);
// Every id, in the order of the enum: what the stage registers in builtin_rules.cpp.
std::vector<std::string_view> rule_ids();

}  // namespace copydesk::spacing
