// `copydesk eval SCRAPED EDITED`: how well the pipeline does against an editor's version, on
// a pair of files or two folders of files with the same names.
#pragma once

#include <string>

#include "copydesk/copydesk.hpp"
#include "output.hpp"

namespace copydesk::cli {

struct EvalOptions {
  std::string scraped;  // file or folder
  std::string edited;   // file or folder
  bool by_rule = false;
  std::string format = "text";  // or "json"
  std::string list;             // "", "false-positives", "misses" or "all"
  // Clean the editor's version too, and count apart the wrong edits that copydesk makes there
  // as well: they fix (or miss) the source text, whatever was injected into it.
  bool source_edits_apart = false;
};

// Returns the exit code: 0, or 3 when an input could not be read.
int run_eval(const EvalOptions& options, const Pipeline& pipeline, Output& out);

}  // namespace copydesk::cli
