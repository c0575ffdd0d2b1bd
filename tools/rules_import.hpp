// `copydesk rules import LIST -o PACK`: turns another tool's misspelling list into a copydesk
// pack, so that a publication can add it as an extra pack (`copydesk -r PACK`). Formats:
// codespell's dictionary.txt (`typo->fix`, `typo->fix1, fix2,`, `typo->fix, reason`), the
// Wikipedia "For machines" list (`typo->fix1, fix2`, or the same with a tab for the arrow) and
// misspell's Go word list (`"typo", "fix",` pairs). Entries with one candidate become a `fix`
// rule; entries with several candidates, or with a reason, a `suggest` rule (reported, never
// applied). The pack keeps the list as a text file in codespell's format, beside its pack.toml.
#pragma once

#include <string>
#include <vector>

#include "output.hpp"

namespace copydesk::cli {

struct ImportOptions {
  std::string list;             // the file to import
  std::string output;           // the pack folder to write (created; files in it replaced)
  std::string format = "auto";  // codespell, wikipedia, misspell or auto (from the content)
  std::string id;               // rule id; default "<name>.typos"
  std::string name;             // pack name; default the output folder's name
  std::vector<std::string> real_words = {"/usr/share/hunspell/en_US.dic"};  // words never typos
};

// Returns the exit code: 0, 2 for a bad option or a list with no entry, 3 when a file cannot be
// read or written. Prints what it did: entries imported, to decide, skipped.
int run_import(const ImportOptions& options, Output& out);

}  // namespace copydesk::cli
