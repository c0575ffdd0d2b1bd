// Reading the peer tools' JSON and JSON Lines test files (see corpus_files.hpp).
#include "corpus_files.hpp"

#include <fstream>
#include <sstream>

namespace copydesk::peers {

namespace {

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CorpusError(path.string() + ": cannot be read");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw CorpusError(path.string() + ": cannot be read");
  return std::move(content).str();
}

}  // namespace

nlohmann::json read_json_file(const std::filesystem::path& path) {
  try {
    return nlohmann::json::parse(read_whole_file(path));
  } catch (const nlohmann::json::parse_error& error) {
    throw CorpusError(path.string() + ": " + error.what());
  }
}

std::vector<JsonLine> read_json_lines_file(const std::filesystem::path& path) {
  std::istringstream content(read_whole_file(path));
  std::vector<JsonLine> records;
  std::string text;
  for (std::size_t line = 1; std::getline(content, text); ++line) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      records.push_back({line, nlohmann::json::parse(text)});
    } catch (const nlohmann::json::parse_error& error) {
      throw CorpusError(path.string() + ':' + std::to_string(line) + ": " + error.what());
    }
  }
  return records;
}

std::string required_string(const nlohmann::json& record, const char* key,
                            const std::string& where) {
  if (!record.is_object()) throw CorpusError(where + ": record is not a JSON object");
  auto found = record.find(key);
  if (found == record.end() || !found->is_string())
    throw CorpusError(where + ": missing string field \"" + key + '"');
  return found->get<std::string>();
}

std::string optional_string(const nlohmann::json& record, const char* key,
                            const std::string& where) {
  if (!record.is_object()) throw CorpusError(where + ": record is not a JSON object");
  auto found = record.find(key);
  if (found == record.end() || found->is_null()) return {};
  if (!found->is_string()) throw CorpusError(where + ": field \"" + key + "\" is not a string");
  return found->get<std::string>();
}

bool has_string(const nlohmann::json& record, const char* key) {
  auto found = record.find(key);
  return found != record.end() && found->is_string();
}

}  // namespace copydesk::peers
