// Reading inputs and writing results without ever losing a byte: whole-file binary reads,
// and in-place writes that go through a temporary file in the same folder and a rename, so
// that a crash or a full disk leaves either the old file or the new one, never half of each.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace copydesk::cli {

// The file's bytes, or nullopt with `error` set ("No such file or directory").
std::optional<std::string> read_file(const std::string& path, std::string& error);
// All of standard input.
std::optional<std::string> read_stdin(std::string& error);

// Replaces the file at `path` (following a symbolic link to its target) with `content`,
// keeping its permissions. With a non-empty `backup_suffix`, `original` is first written to
// path + suffix the same way. Returns false with `error` set; the file is then unchanged.
bool write_in_place(const std::string& path, std::string_view content, std::string_view original,
                    const std::string& backup_suffix, std::string& error);

}  // namespace copydesk::cli
