// Cleaning files, standard input or JSON Lines records: what `copydesk [OPTIONS] [PATH...]`
// does. Files are independent, so they are cleaned by a pool of threads sharing one immutable
// Pipeline; everything a file prints is collected and written in the order the paths were
// given, so the output does not depend on timing.
#pragma once

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "output.hpp"

namespace copydesk::cli {

struct CleanOptions {
  std::vector<std::string> paths;  // none or "-": standard input
  bool in_place = false;
  std::string backup_suffix;
  bool diff = false;
  bool word_diff = false;
  bool check = false;
  bool explain = false;
  std::string report;  // "" or "json"
  bool color = false;
  std::string jsonl_field;  // clean this field of each JSON Lines record
  unsigned jobs = 1;
};

// Returns the exit code: 0, 1 (--check found changes), 2 (usage), 3 (a read or write failed).
int run_clean(const CleanOptions& options, const Pipeline& pipeline, Output& out);

}  // namespace copydesk::cli
