#include "casing_options.hpp"

#include "copydesk/copydesk.hpp"
#include "pack_loader.hpp"

namespace copydesk {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

const char* const kListFolder = "rules/en/";

}  // namespace

std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = trim(list.substr(0, comma));
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

void for_each_line(std::string_view lines, const std::function<void(std::string_view)>& each) {
  while (!lines.empty()) {
    const std::size_t newline = lines.find('\n');
    std::string_view line = lines.substr(0, newline);
    lines = newline == std::string_view::npos ? std::string_view() : lines.substr(newline + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = trim(line);
    if (!line.empty()) each(line);
  }
}

}  // namespace copydesk
