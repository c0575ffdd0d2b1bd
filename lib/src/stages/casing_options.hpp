// Reading the casing rules' `options` (flat strings from the rule file) and the list files they
// name. Lists are read from the default English pack built into copydesk (rules/en/), so a list
// edit is picked up by the next build.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "builtin_rules.hpp"

namespace copydesk {

// "a.txt, b.txt" -> {"a.txt", "b.txt"}: items separated by commas, trimmed, empty ones dropped.
std::vector<std::string> split_list(std::string_view list);

// The options of rule `id`, or an empty map.
std::map<std::string, std::string> option_map(const BuiltinContext& context, std::string_view id);

// An option read as a boolean ("true"/"false"); `fallback` when absent.
bool option_bool(const std::map<std::string, std::string>& options, const std::string& key,
                 bool fallback);

// The content of list file `name` of the default English pack ("places.txt"). Throws RuleError
// naming `rule` when there is no such file.
std::string read_rule_list(const std::string& name, const std::string& rule);

}  // namespace copydesk
