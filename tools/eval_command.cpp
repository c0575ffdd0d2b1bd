#include "eval_command.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "file_io.hpp"
#include "scorer.hpp"

namespace copydesk::cli {

namespace {

namespace fs = std::filesystem;

std::string percent(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", value * 100.0);
  return buffer;
}

std::string pad(std::string text, std::size_t width, bool right = true) {
  if (text.size() >= width) return text;
  return right ? std::string(width - text.size(), ' ') + text
               : text + std::string(width - text.size(), ' ');
}

std::string score_row(const std::string& name, const Score& s) {
  return pad(name, 10, false) + pad(std::to_string(s.true_positives), 8) +
         pad(std::to_string(s.false_positives), 8) + pad(std::to_string(s.misses), 8) +
         pad(percent(s.precision()), 11) + pad(percent(s.recall()), 9) +
         pad(percent(s.f_half()), 9) + '\n';
}

std::string printable(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else
      out += c;
  }
  return out;
}

std::string edit_line(const ScoredEdit& e, const char* what) {
  std::string line = e.file + ':' + std::to_string(e.line) + ':' + std::to_string(e.column) + ": " +
                     what + ' ' + to_string(e.kind);
  if (!e.rules.empty()) line += " [" + e.rules + ']';
  return line + ": \"" + printable(e.before) + "\" -> \"" + printable(e.after) + "\" in \"" +
         e.context + "\"\n";
}

std::string text_report(const EvalReport& r, const EvalOptions& options) {
  std::string out =
      "files: " + std::to_string(r.files) + ", words: " + std::to_string(r.words) + '\n';
  out += pad("class", 10, false) + pad("right", 8) + pad("wrong", 8) + pad("missed", 8) +
         pad("precision", 11) + pad("recall", 9) + pad("F0.5", 9) + '\n';
  for (int k = 0; k < kEditClassCount; ++k) {
    const auto kind = static_cast<EditClass>(k);
    if (kind == EditClass::kOther) continue;
    out += score_row(to_string(kind), r.by_class[static_cast<std::size_t>(k)]);
  }
  out += score_row("all", r.overall());
  const Score& other = r.by_class[static_cast<std::size_t>(EditClass::kOther)];
  out += "rewording by the editor (no stage aims at it, not scored): " +
         std::to_string(r.other_edits) + '\n';
  if (other.false_positives > 0) {
    out += "copydesk edits of no class (counted as wrong above): " +
           std::to_string(other.false_positives) + '\n';
  }
  const double per_10k =
      r.words == 0
          ? 0.0
          : 10000.0 * static_cast<double>(r.overall().false_positives + other.false_positives) /
                static_cast<double>(r.words);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", per_10k);
  out += "wrong edits per 10,000 words: " + std::string(buffer) + '\n';
  if (options.source_edits_apart) {
    out += "edits the editor's own text receives too (counted apart, not as wrong): " +
           std::to_string(r.source_edits.size()) + '\n';
  }
  if (options.by_rule) {
    out += '\n' + pad("rule", 32, false) + pad("right", 8) + pad("wrong", 8) +
           pad("precision", 11) + '\n';
    for (const auto& [rule, s] : r.by_rule) {
      out += pad(rule, 32, false) + pad(std::to_string(s.true_positives), 8) +
             pad(std::to_string(s.false_positives), 8) + pad(percent(s.precision()), 11) + '\n';
    }
  }
  const bool list_fp = options.list == "false-positives" || options.list == "all";
  const bool list_misses = options.list == "misses" || options.list == "all";
  if (list_fp && !r.false_positives.empty()) {
    out += "\nwrong edits:\n";
    for (const ScoredEdit& e : r.false_positives) out += edit_line(e, "wrong");
  }
  if (list_fp && !r.source_edits.empty()) {
    out += "\nedits the editor's own text receives too:\n";
    for (const ScoredEdit& e : r.source_edits) out += edit_line(e, "source");
  }
  if (list_misses && !r.misses.empty()) {
    out += "\nmissed edits:\n";
    for (const ScoredEdit& e : r.misses) out += edit_line(e, "missed");
  }
  return out;
}

nlohmann::ordered_json score_json(const Score& s) {
  return {{"right", s.true_positives},  {"wrong", s.false_positives}, {"missed", s.misses},
          {"precision", s.precision()}, {"recall", s.recall()},       {"f0.5", s.f_half()}};
}

nlohmann::ordered_json edits_json(const std::vector<ScoredEdit>& edits) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ScoredEdit& e : edits) {
    list.push_back({{"file", e.file},
                    {"line", e.line},
                    {"column", e.column},
                    {"class", to_string(e.kind)},
                    {"before", e.before},
                    {"after", e.after},
                    {"context", e.context},
                    {"rules", e.rules}});
  }
  return list;
}

std::string json_report(const EvalReport& r, const EvalOptions& options) {
  nlohmann::ordered_json json;
  json["files"] = r.files;
  json["words"] = r.words;
  for (int k = 0; k < kEditClassCount; ++k) {
    json["classes"][to_string(static_cast<EditClass>(k))] =
        score_json(r.by_class[static_cast<std::size_t>(k)]);
  }
  json["overall"] = score_json(r.overall());
  json["rewording"] = r.other_edits;
  if (options.by_rule) {
    for (const auto& [rule, s] : r.by_rule) json["rules"][rule] = score_json(s);
  }
  json["false_positives"] = edits_json(r.false_positives);
  if (options.source_edits_apart) json["source_edits"] = edits_json(r.source_edits);
  json["misses"] = edits_json(r.misses);
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

}  // namespace

int run_eval(const EvalOptions& options, const Pipeline& pipeline, Output& out) {
  std::vector<std::pair<std::string, std::string>> pairs;  // scraped, edited
  std::error_code ec;
  if (fs::is_directory(options.scraped, ec)) {
    if (!fs::is_directory(options.edited, ec)) {
      std::cerr << "copydesk: eval: " << options.scraped << " is a folder, so " << options.edited
                << " must be one\n";
      return 2;
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(options.scraped, ec)) {
      if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      pairs.emplace_back((fs::path(options.scraped) / name).string(),
                         (fs::path(options.edited) / name).string());
    }
  } else {
    pairs.emplace_back(options.scraped, options.edited);
  }
  int status = 0;
  EvalReport total;
  for (const auto& [scraped_path, edited_path] : pairs) {
    std::string error;
    const auto scraped = read_file(scraped_path, error);
    if (!scraped) {
      std::cerr << "copydesk: cannot read " << scraped_path << ": " << error << '\n';
      status = 3;
      continue;
    }
    const auto edited = read_file(edited_path, error);
    if (!edited) {
      std::cerr << "copydesk: cannot read " << edited_path << ": " << error << '\n';
      status = 3;
      continue;
    }
    const CleanResult result = pipeline.clean(*scraped);
    total += options.source_edits_apart
                 ? score_document(scraped_path, *scraped, result, *edited, pipeline.clean(*edited))
                 : score_document(scraped_path, *scraped, result, *edited);
  }
  out.write(options.format == "json" ? json_report(total, options) : text_report(total, options));
  if (!out.flush()) return 3;
  return status;
}

}  // namespace copydesk::cli
