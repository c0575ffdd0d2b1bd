#include "corpus_writer.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace copydesk::corrupt {

namespace fs = std::filesystem;

namespace {

bool holds_files(const fs::path& folder) {
  std::error_code ec;
  return fs::is_directory(folder, ec) && !fs::is_empty(folder, ec);
}

bool write_file(const fs::path& path, const std::string& content, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) {
    error = "cannot write " + path.string();
    return false;
  }
  return true;
}

}  // namespace

CorpusWriter::CorpusWriter(std::string outdir, std::ofstream injected)
    : outdir_(std::move(outdir)), injected_(std::move(injected)) {}

std::optional<CorpusWriter> CorpusWriter::open(const std::string& outdir, std::string& error) {
  const fs::path root(outdir);
  for (const char* sub : {"scraped", "edited"}) {
    if (holds_files(root / sub)) {
      error =
          (root / sub).string() + " already holds files; remove it or choose another output folder";
      return std::nullopt;
    }
    std::error_code ec;
    fs::create_directories(root / sub, ec);
    if (ec) {
      error = "cannot create " + (root / sub).string() + ": " + ec.message();
      return std::nullopt;
    }
  }
  std::ofstream injected(root / "injected.jsonl", std::ios::binary | std::ios::trunc);
  if (!injected) {
    error = "cannot write " + (root / "injected.jsonl").string();
    return std::nullopt;
  }
  return CorpusWriter(outdir, std::move(injected));
}

bool CorpusWriter::write(const std::string& name, const CorruptedText& text, std::string& error) {
  const std::string file = name + ".txt";
  const fs::path root(outdir_);
  if (!write_file(root / "scraped" / file, text.scraped, error)) return false;
  if (!write_file(root / "edited" / file, text.edited, error)) return false;
  for (const InjectedError& injected : text.injected) {
    nlohmann::ordered_json line;
    line["file"] = file;
    line["class"] = to_string(injected.kind);
    if (!injected.subclass.empty()) line["subclass"] = injected.subclass;
    line["offset"] = injected.offset;
    line["before"] = injected.before;
    line["after"] = injected.after;
    injected_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  if (!injected_) {
    error = "cannot write " + (root / "injected.jsonl").string();
    return false;
  }
  return true;
}

bool CorpusWriter::close(std::string& error) {
  injected_.close();
  if (!injected_) {
    error = "cannot write " + (fs::path(outdir_) / "injected.jsonl").string();
    return false;
  }
  return true;
}

}  // namespace copydesk::corrupt
