// Reads rule packs: TOML files parsed with toml++, and the plain-text lists beside them.
// A pack is a folder holding pack.toml (its [pack] table and rules) and any other *.toml
// files of rules, read in name order; or a single .toml file. Everything is checked here,
// before any text is touched: syntax, unknown keys, types, regexes, duplicate ids. Each
// problem becomes a Diagnostic naming the file, line and column.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "abbreviations.hpp"
#include "copydesk/copydesk.hpp"
#include "rule.hpp"

namespace copydesk {

// Where pack files come from: the disk, or the default packs built into the library.
class PackFiles {
 public:
  virtual ~PackFiles() = default;
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  // Names of the entries of a folder, sorted.
  virtual std::vector<std::string> list(const std::string& directory) const = 0;
};

const PackFiles& disk_files();
// The packs of copydesk's rules/ folder, embedded at build time, under the prefix "rules/".
const PackFiles& embedded_files();
// The packs that run by default: every folder with a pack.toml at the top of rules/.
std::vector<std::string> default_pack_paths();

struct LoadedPacks {
  std::vector<RuleDefinition> rules;  // in load order
  AbbreviationList abbreviations;
  std::vector<Diagnostic> errors;
  std::vector<std::string> notes;
};

// Loads the pack at `path` into `out`. Problems are appended to out.errors.
void load_pack(const PackFiles& files, const std::string& path, LoadedPacks& out);

}  // namespace copydesk
