// The lines of a rule list file (places.txt, abbreviations.txt, a house pack's names): one
// entry a line, '#' starts a comment, and blanks, tabs and a Windows line ending around an
// entry are not part of it. One reading for every such list, so that they all accept the same
// files.
#pragma once

#include <string_view>

namespace copydesk {

// `entry` without the blanks and tabs before it and the blanks, tabs and carriage returns after
// it: trim_list_entry("  Gulf of Mexico\r") is "Gulf of Mexico".
inline std::string_view trim_list_entry(std::string_view entry) {
  while (!entry.empty() && (entry.front() == ' ' || entry.front() == '\t')) entry.remove_prefix(1);
  while (!entry.empty() && (entry.back() == ' ' || entry.back() == '\t' || entry.back() == '\r'))
    entry.remove_suffix(1);
  return entry;
}

// Calls `each(entry)` for every entry of `lines`, trimmed, leaving out comments and blank lines.
template <typename Each>
void for_each_list_entry(std::string_view lines, Each each) {
  while (!lines.empty()) {
    const std::size_t newline = lines.find('\n');
    std::string_view line = lines.substr(0, newline);
    lines = newline == std::string_view::npos ? std::string_view() : lines.substr(newline + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = trim_list_entry(line);
    if (!line.empty()) each(line);
  }
}

}  // namespace copydesk
