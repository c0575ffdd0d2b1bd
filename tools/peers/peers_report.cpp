// Text and JSON forms of the copydesk-peers report (see peers_report.hpp).
#include "peers_report.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace copydesk::peers {

namespace {

std::string pad(const std::string& text, std::size_t width, bool right_align) {
  if (text.size() >= width) return text;
  const std::string fill(width - text.size(), ' ');
  return right_align ? fill + text : text + fill;
}

std::string percent(std::size_t passed, std::size_t total) {
  if (total == 0) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%",
                100.0 * static_cast<double>(passed) / static_cast<double>(total));
  return buffer;
}

// Decodes one UTF-8 code point at text[i]; returns its length, or 0 for an invalid sequence.
std::size_t decode_utf8(const std::string& text, std::size_t i, char32_t& code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
  if (length == 0 || i + length > text.size()) return 0;
  code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(i + k) & 0x3F);
  }
  return length;
}

// Characters a reader cannot see or tell apart on a terminal: controls, C1 controls, no-break
// and zero-width spaces, line/paragraph separators, byte-order marks.
bool is_invisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x2060 || c == 0xFEFF;
}

// The text in double quotes, with invisible characters written as \u{XXXX}, bytes that are
// not UTF-8 as \xNN, and newlines and tabs as \n and \t, so that a failure can be read.
std::string visible(const std::string& text) {
  std::string out = "\"";
  char buffer[16];
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(text, i, c);
    if (length == 0) {
      std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(text[i]));
      out += buffer;
      ++i;
      continue;
    }
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '"' || c == '\\')
      (out += '\\') += static_cast<char>(c);
    else if (is_invisible(c)) {
      std::snprintf(buffer, sizeof buffer, "\\u{%04X}", static_cast<unsigned>(c));
      out += buffer;
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out + '"';
}

}  // namespace

std::string text_report(const std::vector<SuiteResult>& suites, const ReportOptions& options) {
  std::string out;
  for (const SuiteResult& suite : suites)
    for (const std::string& path : suite.skipped) out += "skipped: " + path + " not found\n";

  const bool any_rows = std::any_of(suites.begin(), suites.end(),
                                    [](const SuiteResult& s) { return !s.groups.empty(); });
  if (!any_rows) return out + "no test cases ran\n";

  std::size_t group_width = 5;
  for (const SuiteResult& suite : suites)
    for (const GroupResult& group : suite.groups)
      group_width = std::max(group_width, group.name.size());
  const auto row = [&](const std::string& suite, const std::string& group,
                       const std::string& passed, const std::string& total,
                       const std::string& share) {
    return pad(suite, 14, false) + pad(group, group_width + 2, false) + pad(passed, 7, true) +
           pad(total, 7, true) + pad(share, 8, true) + '\n';
  };

  bool any_informational = false;
  out += row("suite", "group", "passed", "total", "share");
  for (const SuiteResult& suite : suites) {
    for (const GroupResult& group : suite.groups) {
      any_informational = any_informational || group.informational;
      out += row(suite.suite, group.informational ? group.name + " *" : group.name,
                 std::to_string(group.passed), std::to_string(group.total),
                 percent(group.passed, group.total));
    }
  }
  if (any_informational)
    out +=
        "* informational: incorrect-only counts the cases copydesk changed (LanguageTool gives no\n"
        "  correction); known-failures counts the cases copydesk gets right that ftfy itself gets "
        "wrong.\n";

  if (options.list_failures) {
    for (const SuiteResult& suite : suites) {
      for (const CaseFailure& failure : suite.failures) {
        out += "\n" + suite.suite + " / " + failure.group;
        if (failure.label != failure.group) out += " / " + failure.label;
        out += "\n  input:    " + visible(failure.input);
        out += "\n  expected: " + visible(failure.expected);
        out += "\n  got:      " + visible(failure.got);
        if (!failure.note.empty()) out += "\n  note:     " + failure.note;
        out += '\n';
      }
    }
  }
  return out;
}

std::string json_report(const std::vector<SuiteResult>& suites, const ReportOptions& options) {
  nlohmann::json report = {{"corpora", options.corpora}, {"skipped", nlohmann::json::array()}};
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json failures = nlohmann::json::array();
  for (const SuiteResult& suite : suites) {
    for (const std::string& path : suite.skipped) report["skipped"].push_back(path);
    for (const GroupResult& group : suite.groups) {
      rows.push_back({{"suite", suite.suite},
                      {"group", group.name},
                      {"passed", group.passed},
                      {"total", group.total},
                      {"informational", group.informational}});
    }
    for (const CaseFailure& failure : suite.failures) {
      failures.push_back({{"suite", suite.suite},
                          {"group", failure.group},
                          {"label", failure.label},
                          {"input", failure.input},
                          {"expected", failure.expected},
                          {"got", failure.got},
                          {"note", failure.note}});
    }
  }
  report["rows"] = std::move(rows);
  if (options.list_failures) report["failures"] = std::move(failures);
  // copydesk's output is meant to be UTF-8, but a report must not fail on a byte that is not.
  return report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

}  // namespace copydesk::peers
