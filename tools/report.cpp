#include "report.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

namespace copydesk::cli {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Printable form of a short piece of text: control characters and line breaks escaped, so
// that every change stays on one line of the report.
std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\x";
          out += hex[(c >> 4) & 0xF];
          out += hex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  return out;
}

void explain_one(std::string& out, std::string_view file, std::string_view input,
                 const Change& change) {
  // Widen to the surrounding run of non-space characters of the input, at most 40 bytes each side.
  std::size_t begin = std::min(change.offset, input.size());
  std::size_t end = std::min(change.offset + change.length, input.size());
  const std::size_t floor = begin > 40 ? begin - 40 : 0;
  const std::size_t ceiling = std::min(input.size(), end + 40);
  while (begin > floor && !is_space(input[begin - 1])) --begin;
  while (end < ceiling && !is_space(input[end])) ++end;
  // Never cut a UTF-8 sequence in two.
  while (begin > 0 && (static_cast<unsigned char>(input[begin]) & 0xC0) == 0x80) --begin;
  while (end < input.size() && (static_cast<unsigned char>(input[end]) & 0xC0) == 0x80) ++end;
  const std::string before(input.substr(begin, end - begin));
  std::string after(input.substr(begin, change.offset - begin));
  after += change.after;
  after += input.substr(change.offset + change.length, end - change.offset - change.length);
  out += std::string(file) + ':' + std::to_string(change.line) + ':' +
         std::to_string(change.column) + ": " + change.rule;
  if (change.level == Level::kSuggest) out += " (suggest)";
  out += ": " + printable(before) + " -> " + printable(after) + '\n';
}

}  // namespace

std::string explain(std::string_view file, std::string_view input, const CleanResult& result) {
  std::vector<const Change*> all;
  for (const Change& c : result.changes) all.push_back(&c);
  for (const Change& c : result.suggestions) all.push_back(&c);
  std::stable_sort(all.begin(), all.end(),
                   [](const Change* a, const Change* b) { return a->offset < b->offset; });
  std::string out;
  for (const Change* change : all) explain_one(out, file, input, *change);
  return out;
}

std::string json_report(std::string_view file, const CleanResult& result) {
  std::string out;
  for (const auto* list : {&result.changes, &result.suggestions}) {
    for (const Change& change : *list) {
      nlohmann::ordered_json record{{"file", file},
                                    {"line", change.line},
                                    {"column", change.column},
                                    {"offset", change.offset},
                                    {"length", change.length},
                                    {"rule", change.rule},
                                    {"level", to_string(change.level)},
                                    {"before", change.before},
                                    {"after", change.after}};
      out += record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out += '\n';
    }
  }
  return out;
}

}  // namespace copydesk::cli
