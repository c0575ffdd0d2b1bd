#include "corpus_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace copydesk::corrupt {

namespace fs = std::filesystem;

namespace {

// File-name-safe: '/' (and '\\', NUL) become '-'; an empty or dot-only name gets `fallback`.
std::string safe_name(std::string name, const std::string& fallback) {
  for (char& c : name) {
    if (c == '/' || c == '\\' || c == '\0') c = '-';
  }
  if (name.find_first_not_of('.') == std::string::npos) return fallback;
  return name;
}

// Makes each name unique within the run: "a", "a-2", "a-3".
class UniqueNames {
 public:
  std::string take(const std::string& name, const WarningSink& warn) {
    if (used_.insert(name).second) return name;
    for (std::size_t n = 2;; ++n) {
      std::string candidate = name + "-" + std::to_string(n);
      if (used_.insert(candidate).second) {
        warn("name '" + name + "' is taken; writing " + candidate + ".txt");
        return candidate;
      }
    }
  }

 private:
  std::unordered_set<std::string> used_;
};

bool read_whole_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  out = content.str();
  return !in.bad();
}

bool is_hidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    if (part.string().starts_with('.')) return true;
  }
  return false;
}

bool read_jsonl(const std::string& input, const CorpusReadOptions& options,
                const RecordVisitor& visit, const WarningSink& warn, std::string& error) {
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    error = "cannot open " + input;
    return false;
  }
  UniqueNames names;
  std::string line;
  std::size_t line_number = 0, records = 0;
  while ((options.limit == 0 || records < options.limit) && std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = input + ":" + std::to_string(line_number);
    const auto object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object()) {
      warn(where + ": not a JSON object; skipped");
      continue;
    }
    const auto text = object.find(options.field);
    if (text == object.end() || !text->is_string()) {
      warn(where + ": no string field '" + options.field + "'; skipped");
      continue;
    }
    const std::string fallback = "line-" + std::to_string(line_number);
    std::string id = fallback;
    if (const auto found = object.find("id"); found != object.end()) {
      id = found->is_string() ? found->get<std::string>() : found->dump();
    }
    visit({names.take(safe_name(id, fallback), warn), text->get<std::string>()});
    ++records;
  }
  return true;
}

bool read_folder(const std::string& input, const CorpusReadOptions& options,
                 const RecordVisitor& visit, const WarningSink& warn, std::string& error) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(
           input, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path relative = it->path().lexically_relative(input);
    if (is_hidden(relative)) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(relative);
  }
  if (ec) {
    error = "cannot list " + input + ": " + ec.message();
    return false;
  }
  std::sort(files.begin(), files.end());
  UniqueNames names;
  std::size_t records = 0;
  for (const fs::path& relative : files) {
    if (options.limit != 0 && records >= options.limit) break;
    CorpusRecord record;
    if (!read_whole_file(fs::path(input) / relative, record.text)) {
      warn("cannot read " + (fs::path(input) / relative).string() + "; skipped");
      continue;
    }
    record.name = names.take(
        safe_name(fs::path(relative).replace_extension().generic_string(), "file"), warn);
    visit(record);
    ++records;
  }
  return true;
}

}  // namespace

bool read_corpus(const std::string& input, const CorpusReadOptions& options,
                 const RecordVisitor& visit, const WarningSink& warn, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(input, ec)) return read_folder(input, options, visit, warn, error);
  if (!fs::exists(input, ec)) {
    error = input + ": no such file or folder";
    return false;
  }
  if (fs::path(input).extension() == ".jsonl")
    return read_jsonl(input, options, visit, warn, error);
  CorpusRecord record;
  if (!read_whole_file(input, record.text)) {
    error = "cannot read " + input;
    return false;
  }
  record.name = safe_name(fs::path(input).stem().string(), "text");
  visit(record);
  return true;
}

}  // namespace copydesk::corrupt
