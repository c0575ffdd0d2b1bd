#include "jsonl_filter.hpp"

#include <nlohmann/json.hpp>

namespace copydesk::cli {

namespace {

// End of the JSON string token that starts with the quote at `pos`, past its closing quote.
std::size_t string_end(std::string_view json, std::size_t pos) {
  for (std::size_t i = pos + 1; i < json.size(); ++i) {
    if (json[i] == '\\')
      ++i;
    else if (json[i] == '"')
      return i + 1;
  }
  return std::string_view::npos;
}

// The byte range of the string value of top-level key `field` in a valid JSON object, so that
// only that value is rewritten and the rest of the line (number formats, escapes, spacing)
// stays byte for byte. The last occurrence wins, as it does for the parser.
bool find_field_value(std::string_view json, const std::string& field, std::size_t& begin,
                      std::size_t& end) {
  int depth = 0;
  bool found = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '{' || c == '[')
      ++depth;
    else if (c == '}' || c == ']')
      --depth;
    if (c != '"') continue;
    const std::size_t token_end = string_end(json, i);
    if (token_end == std::string_view::npos) return false;
    std::size_t after = json.find_first_not_of(" \t\r\n", token_end);
    if (depth == 1 && after != std::string_view::npos && json[after] == ':' &&
        nlohmann::json::parse(json.substr(i, token_end - i), nullptr, false) == field) {
      const std::size_t value = json.find_first_not_of(" \t\r\n", after + 1);
      if (value != std::string_view::npos && json[value] == '"') {
        begin = value;
        end = string_end(json, value);
        found = end != std::string_view::npos;
      }
    }
    i = token_end - 1;
  }
  return found;
}

}  // namespace

std::string clean_jsonl(std::string_view input, const std::string& field, const Pipeline& pipeline,
                        const RecordCleaned& on_record, const RecordProblem& on_problem) {
  std::string out;
  out.reserve(input.size());
  std::size_t record = 0;
  while (!input.empty()) {
    const std::size_t newline = input.find('\n');
    const std::string_view line = input.substr(0, newline);
    const std::string_view ending =
        newline == std::string_view::npos ? std::string_view() : input.substr(newline, 1);
    input = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
    ++record;
    std::string_view body = line;
    const bool crlf = !body.empty() && body.back() == '\r';
    if (crlf) body.remove_suffix(1);
    if (body.find_first_not_of(" \t") == std::string_view::npos) {
      out.append(line).append(ending);
      continue;
    }
    nlohmann::ordered_json json = nlohmann::ordered_json::parse(body, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      on_problem(record, "not a JSON object");
      out.append(line).append(ending);
      continue;
    }
    const auto it = json.find(field);
    if (it == json.end() || !it->is_string()) {
      on_problem(record, "no string field \"" + field + "\"");
      out.append(line).append(ending);
      continue;
    }
    const std::string text = it->get<std::string>();
    const CleanResult result = pipeline.clean(text);
    on_record(record, text, result);
    if (result.text == text) {
      out.append(line).append(ending);
      continue;
    }
    std::size_t begin = 0, end = 0;
    if (find_field_value(body, field, begin, end)) {
      out.append(body.substr(0, begin));
      out += nlohmann::json(result.text)
                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out.append(body.substr(end));
    } else {
      *it = result.text;
      out += json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    if (crlf) out += '\r';
    out.append(ending);
  }
  return out;
}

}  // namespace copydesk::cli
