#include "rules_import.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

#include "casing.hpp"
#include "copydesk/copydesk.hpp"
#include "file_io.hpp"
#include "rule.hpp"
#include "string_map.hpp"
#include "word_list.hpp"
#include "words_matcher.hpp"

namespace copydesk::cli {

namespace {

namespace fs = std::filesystem;

constexpr int kExitUsage = 2;
constexpr int kExitIo = 3;

struct Entry {
  std::string typo;
  std::vector<std::string> fixes;
  std::string reason;
  bool ambiguous() const { return fixes.size() > 1 || !reason.empty(); }
};

std::string trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r") - b + 1));
}

std::vector<std::string> split_candidates(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = text.find(',', start);
    std::string part = trim(text.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!part.empty()) out.push_back(std::move(part));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

template <typename F>
void for_each_line(const std::string& content, F on_line) {
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string trimmed = trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    on_line(trimmed);
  }
}

// The format of a list, from its content: Go string pairs are misspell's; tab-separated lines
// the Wikipedia list's; arrows codespell's, unless no line ends in a comma while some hold one
// (Wikipedia's "typo->fix1, fix2", which codespell would read as a fix and a reason).
std::string detect_format(const std::string& content) {
  static const std::regex go_pair(R"re(^\s*"[^"]+"\s*,\s*"[^"]*"\s*,)re");
  bool tabs = false, arrows = false, trailing_comma = false, inner_comma = false, go = false;
  for_each_line(content, [&](const std::string& line) {
    if (std::regex_search(line, go_pair)) go = true;
    if (line.find("->") != std::string::npos) {
      arrows = true;
      if (line.back() == ',')
        trailing_comma = true;
      else if (line.find(',') != std::string::npos)
        inner_comma = true;
    } else if (line.find('\t') != std::string::npos) {
      tabs = true;
    }
  });
  if (go) return "misspell";
  if (tabs && !arrows) return "wikipedia";
  if (arrows && inner_comma && !trailing_comma) return "wikipedia";
  return "codespell";
}

std::vector<Entry> parse(const std::string& content, const std::string& format,
                         std::size_t& malformed) {
  std::vector<Entry> entries;
  if (format == "codespell") {
    parse_typo_list(
        content,
        [&](const TypoEntry& e) {
          Entry entry{std::string(e.typo), split_candidates(e.all_fixes), std::string(e.reason)};
          if (e.reason == "not applied automatically")
            entry.reason = "not applied automatically by codespell";
          entries.push_back(std::move(entry));
        },
        [&](std::size_t, std::string) { ++malformed; });
  } else if (format == "wikipedia") {
    for_each_line(content, [&](const std::string& line) {
      std::size_t arrow = line.find("->"), skip = 2;
      if (arrow == std::string::npos) arrow = line.find('\t'), skip = 1;
      if (arrow == std::string::npos) {
        ++malformed;
        return;
      }
      Entry entry{trim(std::string_view(line).substr(0, arrow)),
                  split_candidates(std::string_view(line).substr(arrow + skip)), ""};
      if (entry.typo.empty() || entry.fixes.empty()) {
        ++malformed;
        return;
      }
      entries.push_back(std::move(entry));
    });
  } else {  // misspell: "typo", "fix", pairs in a Go slice
    static const std::regex quoted(R"re("((?:[^"\\]|\\.)*)")re");
    std::vector<std::string> strings;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), quoted);
         it != std::sregex_iterator(); ++it) {
      strings.push_back((*it)[1].str());
    }
    for (std::size_t i = 0; i + 1 < strings.size(); i += 2) {
      if (strings[i].empty() || strings[i + 1].empty()) {
        ++malformed;
        continue;
      }
      entries.push_back({strings[i], {strings[i + 1]}, ""});
    }
    if (strings.size() % 2 != 0) ++malformed;
  }
  return entries;
}

std::string list_line(const Entry& entry) {
  std::string line = entry.typo + "->" + entry.fixes[0];
  for (std::size_t i = 1; i < entry.fixes.size(); ++i) line += ", " + entry.fixes[i];
  if (!entry.reason.empty()) {
    std::string reason = entry.reason;
    for (char& c : reason) c = c == ',' ? ';' : c;
    line += ", " + reason;
  } else if (entry.fixes.size() > 1) {
    line += ",";
  }
  return line;
}

std::string toml_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string number(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

int run_import(const ImportOptions& options, Output& out) {
  std::string error;
  const auto content = read_file(options.list, error);
  if (!content) {
    std::cerr << "copydesk: cannot read " << options.list << ": " << error << '\n';
    return kExitIo;
  }
  const std::string format = options.format == "auto" ? detect_format(*content) : options.format;
  std::size_t malformed = 0;
  const std::vector<Entry> parsed = parse(*content, format, malformed);

  // Keep entries whose typo can be a word, each typo once (the first).
  std::vector<Entry> fixes, ambiguous;
  std::size_t not_words = 0, duplicates = 0;
  StringSet seen;
  for (const Entry& entry : parsed) {
    if (!WordsMatcher::check_key(entry.typo).empty()) {
      ++not_words;
      continue;
    }
    if (!seen.insert(fold_case(entry.typo)).second) {
      ++duplicates;
      continue;
    }
    (entry.ambiguous() ? ambiguous : fixes).push_back(entry);
  }
  // Entries whose fix holds a typo of the same rule would loop: drop them.
  std::size_t loops = 0;
  for (std::vector<Entry>* group : {&fixes, &ambiguous}) {
    std::vector<WordPair> pairs;
    for (const Entry& entry : *group) pairs.push_back({entry.typo, entry.fixes[0], {}, false});
    std::vector<bool> drop(group->size(), false);
    for (std::size_t index : find_loops(pairs)) drop[index] = true, ++loops;
    std::vector<Entry> kept;
    for (std::size_t i = 0; i < group->size(); ++i) {
      if (!drop[i]) kept.push_back(std::move((*group)[i]));
    }
    *group = std::move(kept);
  }
  if (fixes.empty() && ambiguous.empty()) {
    std::cerr << "copydesk: " << options.list << ": no entry found in " << format << " format\n";
    return kExitUsage;
  }

  std::error_code ec;
  fs::create_directories(options.output, ec);
  std::string name = options.name;
  if (name.empty()) name = fs::path(options.output).lexically_normal().filename().string();
  if (name.empty() || name == ".")
    name = fs::path(options.output).lexically_normal().parent_path().filename().string();
  if (name.empty()) name = "imported";
  std::string id = options.id.empty() ? fold_case(name) + ".typos" : options.id;
  for (char& c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
      c = '-';
  }
  const std::string list_name = "typos.txt";

  std::string list =
      "# Imported by `copydesk rules import` from " + fs::path(options.list).filename().string() +
      " (" + format +
      " format).\n# One typo->fix a line; several fixes, or a reason: only reported.\n";
  for (const Entry& entry : fixes) list += list_line(entry) + '\n';
  for (const Entry& entry : ambiguous) list += list_line(entry) + '\n';

  std::string real_words;
  for (const std::string& path : options.real_words)
    real_words += (real_words.empty() ? "" : ", ") + toml_string(path);
  const std::string filters =
      options.real_words.empty() ? "" : "real_words = [" + real_words + "]\n";
  std::string pack =
      "# Imported by `copydesk rules import` from " +
      toml_string(fs::path(options.list).filename().string()) + " (" + format +
      " format): " + number(fixes.size()) + " entries to fix, " + number(ambiguous.size()) +
      " to decide.\n"
      "# Add it to a run with `copydesk -r " +
      options.output +
      "`.\n"
      "[pack]\nname = " +
      toml_string(name) + "\ndescription = " +
      toml_string("Misspellings imported from " + fs::path(options.list).filename().string()) +
      "\nstage = \"typos\"\n\n";
  if (!fixes.empty()) {
    pack += "[[rule]]\nid = " + toml_string(id) + "\nkind = \"words\"\ndescription = " +
            toml_string("Misspellings from " + fs::path(options.list).filename().string() +
                        " with one fix") +
            "\nlist = " + toml_string(list_name) + "\nentries = \"fixes\"\n" + filters +
            "cautious = true\n";
  }
  if (!ambiguous.empty()) {
    pack += std::string(fixes.empty() ? "" : "\n") +
            "[[rule]]\nid = " + toml_string(id + ".ambiguous") +
            "\nkind = \"words\"\nlevel = \"suggest\"\ndescription = " +
            toml_string("Misspellings from " + fs::path(options.list).filename().string() +
                        " that a person must decide (several fixes, or a reason)") +
            "\nlist = " + toml_string(list_name) + "\nentries = \"ambiguous\"\n" + filters +
            "cautious = true\n";
  }
  for (const auto& [file, text] :
       {std::pair{list_name, list}, std::pair{std::string("pack.toml"), pack}}) {
    const std::string path = (fs::path(options.output) / file).string();
    std::ofstream stream(path, std::ios::binary);
    stream << text;
    stream.close();
    if (!stream) {
      std::cerr << "copydesk: cannot write " << path << '\n';
      return kExitIo;
    }
  }
  // The pack must load as written.
  try {
    PipelineOptions check;
    check.default_rules = false;
    check.check_examples = false;
    check.rule_packs = {options.output};
    Pipeline::load(check);
  } catch (const RuleError& e) {
    for (const Diagnostic& d : e.diagnostics()) std::cerr << "copydesk: " << d.to_string() << '\n';
    return kExitUsage;
  }

  std::string report = "imported " + number(fixes.size()) + " entries to fix and " +
                       number(ambiguous.size()) + " to decide from " + options.list + " (" +
                       format + " format)\n";
  if (not_words + duplicates + loops + malformed > 0) {
    report += "skipped " + number(not_words) + " not words, " + number(duplicates) +
              " duplicates, " + number(loops) + " that would loop, " + number(malformed) +
              " malformed lines\n";
  }
  report += "wrote " + (fs::path(options.output) / "pack.toml").string() + " and " +
            (fs::path(options.output) / list_name).string() + "\n";
  out.write(report);
  return out.flush() ? 0 : kExitIo;
}

}  // namespace copydesk::cli
