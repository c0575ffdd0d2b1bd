// Reading the peer tools' test files: a whole-file JSON document or JSON Lines, with errors that
// name the file and line. A file that is absent is not an error (the suite is skipped); a file
// that is there but cannot be read or parsed is a CorpusError.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace copydesk::peers {

class CorpusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One record of a JSON Lines file, with its 1-based line number for error messages.
struct JsonLine {
  std::size_t line = 0;
  nlohmann::json value;
};

nlohmann::json read_json_file(const std::filesystem::path& path);
std::vector<JsonLine> read_json_lines_file(const std::filesystem::path& path);

// A required string member of a record; throws CorpusError naming `where` when it is missing or
// not a string.
std::string required_string(const nlohmann::json& record, const char* key,
                            const std::string& where);
// An optional string member: empty when absent or null; throws when present with another type.
std::string optional_string(const nlohmann::json& record, const char* key,
                            const std::string& where);
bool has_string(const nlohmann::json& record, const char* key);

}  // namespace copydesk::peers
