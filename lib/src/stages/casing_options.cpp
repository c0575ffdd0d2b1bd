#include "casing_options.hpp"

#include "copydesk/copydesk.hpp"
#include "list_lines.hpp"
#include "pack_loader.hpp"

namespace copydesk {

namespace {

const char* const kListFolder = "rules/en/";

}  // namespace

std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = trim_list_entry(list.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return items;
}

std::map<std::string, std::string> option_map(const BuiltinContext& context, std::string_view id) {
  const auto it = context.options.find(std::string(id));
  return it == context.options.end() ? std::map<std::string, std::string>{} : it->second;
}

bool option_bool(const std::map<std::string, std::string>& options, const std::string& key,
                 bool fallback) {
  const auto it = options.find(key);
  if (it == options.end()) return fallback;
  return it->second == "true";
}

std::string read_rule_list(const std::string& name, const std::string& rule) {
  const std::string path = kListFolder + name;
  if (auto content = embedded_files().read(path)) return *content;
  throw RuleError({Diagnostic{{path, 0, 0}, rule, "cannot read list file '" + name + "'"}});
}

}  // namespace copydesk
