#include "config_file.hpp"

#include <toml++/toml.h>
#include <filesystem>

namespace copydesk::cli {

namespace fs = std::filesystem;

std::optional<std::string> find_config(const std::string& start) {
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(fs::absolute(start, ec), ec);
  while (!ec) {
    const fs::path candidate = folder / ".copydesk.toml";
    if (fs::is_regular_file(candidate, ec)) {
      // Named relative to the current folder, as a user would type it.
      const fs::path relative = fs::relative(candidate, fs::current_path(ec), ec);
      return (ec || relative.empty() ? candidate : relative).string();
    }
    if (!folder.has_parent_path() || folder.parent_path() == folder) break;
    folder = folder.parent_path();
  }
  return std::nullopt;
}

void apply_config(const std::string& path, PipelineOptions& options) {
  std::vector<Diagnostic> errors;
  auto where = [&](const toml::source_region& r) {
    return SourceLocation{path, r.begin.line, r.begin.column};
  };
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw RuleError({{where(e.source()), "", std::string(e.description())}});
  }
  const fs::path folder = fs::path(path).parent_path();
  auto strings = [&](const toml::node& node, const std::string& key, std::vector<std::string>& into,
                     bool is_path) {
    const toml::array* array = node.as_array();
    if (array == nullptr) {
      errors.push_back({where(node.source()), "", "'" + key + "' must be an array of strings"});
      return;
    }
    for (const toml::node& item : *array) {
      if (const auto* value = item.as_string()) {
        into.push_back(is_path ? (folder / value->get()).string() : value->get());
      } else {
        errors.push_back({where(item.source()), "", "'" + key + "' must hold strings"});
      }
    }
  };
  for (auto&& [key, node] : root) {
    const std::string name(key.str());
    if (name == "rules") {
      strings(node, name, options.rule_packs, true);
    } else if (name == "enable") {
      strings(node, name, options.enable, false);
    } else if (name == "disable") {
      strings(node, name, options.disable, false);
    } else if (name == "only") {
      strings(node, name, options.only, false);
    } else if (name == "default_rules") {
      if (const auto* value = node.as_boolean())
        options.default_rules = value->get();
      else
        errors.push_back({where(node.source()), "", "'default_rules' must be true or false"});
    } else {
      errors.push_back(
          {where(key.source()), "",
           "unknown key '" + name + "' (keys: rules, default_rules, enable, disable, only)"});
    }
  }
  if (!errors.empty()) throw RuleError(std::move(errors));
}

}  // namespace copydesk::cli
