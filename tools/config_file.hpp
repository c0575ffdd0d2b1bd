// `.copydesk.toml`: a project's choice of packs and rules, found like `.clang-format` by
// searching upward from the current folder, so that everyone on a desk runs the same rules.
//
//   rules = ["house"]            # packs, relative to this file
//   default_rules = true
//   disable = ["casing.*"]
//   enable = ["glyphs.curly-quotes"]
//
// Command-line options add to what the file says (--no-default-rules overrides it).
#pragma once

#include <optional>
#include <string>

#include "copydesk/copydesk.hpp"

namespace copydesk::cli {

// The nearest `.copydesk.toml` in `start` or a folder above it, or nullopt.
std::optional<std::string> find_config(const std::string& start);

// Reads `path` into `options`; throws RuleError (file:line:col) on a bad file.
void apply_config(const std::string& path, PipelineOptions& options);

}  // namespace copydesk::cli
