#include "glyphs_tables.hpp"

#include <algorithm>
#include <string>

namespace copydesk::glyphs {

namespace {

constexpr const char* kSeparatorsRule = "glyphs.table-separators";
constexpr const char* kColumnsRule = "glyphs.table-columns";

// A separator cell: optional colon, at least one dash glyph, optional colon, spaces around.
bool is_separator_cell(std::string_view cell, bool* has_glyph) {
  const std::string_view body = trim(cell);
  if (body.empty()) return false;
  std::size_t i = 0;
  if (body[i] == ':') ++i;
  std::size_t dashes = 0;
  std::size_t end = body.size();
  if (end > i && body[end - 1] == ':') --end;
  while (i < end) {
    std::size_t length = 1;
    const char32_t cp = code_point_at(body, i, &length);
    if (!is_separator_dash(cp)) return false;
    if (cp != '-') *has_glyph = true;
    ++dashes;
    i += length;
  }
  return dashes > 0;
}

struct Row {
  std::vector<std::string_view> cells;
  bool separator = false;  // every cell is a separator cell
  bool glyphs = false;     // ... drawn with something other than hyphens
};

Row parse_row(std::string_view line) {
  Row row;
  row.cells = table_cells(line);
  if (row.cells.empty()) return row;
  row.separator = true;
  for (std::string_view cell : row.cells) {
    if (!is_separator_cell(cell, &row.glyphs)) {
      row.separator = false;
      break;
    }
  }
  return row;
}

// The separator row with its dash glyphs replaced by hyphens, one for one.
std::string with_hyphens(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    const char32_t cp = code_point_at(line, i, &length);
    if (is_separator_dash(cp)) {
      out += '-';
    } else {
      out.append(line.substr(i, length));
    }
    i += length;
  }
  return out;
}

// A suggestion that makes `row` (of `line`) `wanted` cells long: empty cells at the end.
void suggest_padding(const Line& line, std::size_t cells, std::size_t wanted, bool separator,
                     EditSink& sink) {
  if (cells >= wanted) return;
  const std::string_view text = line.text;
  const std::string_view trimmed = trim(text);
  const bool closed = !trimmed.empty() && trimmed.back() == '|';
  // The missing cells, each closed by a bar; a row without its closing bar gets one first.
  std::string insertion = closed ? "" : "|";
  for (std::size_t k = cells; k < wanted; ++k) insertion += separator ? "---|" : "  |";
  if (!closed) insertion.pop_back();
  const std::size_t at = line.begin + (text.find_last_not_of(" \t") + 1);
  sink.suggest(Edit{at, 0, insertion, kColumnsRule});
}

}  // namespace

bool is_separator_dash(char32_t cp) {
  switch (cp) {
    case '-':
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212':  // minus sign
    case U'\u2500':
    case U'\u2501':
    case U'\u2550':  // box-drawing horizontals
    case U'\uFE58':
    case U'\uFE63':
    case U'\uFF0D':
      return true;
    default:
      return false;
  }
}

std::vector<std::string_view> table_cells(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  bool any_pipe = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\') {
      ++i;
    } else if (c == '`') {
      std::size_t run = 1;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      const std::size_t close = line.find(std::string(run, '`'), i + run);
      i = close == std::string_view::npos ? i + run - 1 : close + run - 1;
    } else if (c == '|') {
      cells.push_back(line.substr(start, i - start));
      start = i + 1;
      any_pipe = true;
    }
  }
  if (!any_pipe) return {};
  cells.push_back(line.substr(start));
  if (trim(cells.front()).empty()) cells.erase(cells.begin());
  if (!cells.empty() && trim(cells.back()).empty()) cells.pop_back();
  return cells;
}

void propose_table_repairs(const std::vector<Line>& lines, bool fix_separators, bool check_columns,
                           EditSink& sink) {
  for (std::size_t k = 1; k < lines.size(); ++k) {
    if (lines[k].text.find('|') == std::string_view::npos) continue;
    const Row separator = parse_row(lines[k].text);
    if (!separator.separator) continue;
    const Row header = parse_row(lines[k - 1].text);
    if (header.cells.empty() || header.separator) continue;

    if (fix_separators && separator.glyphs) {
      sink.propose(
          Edit{lines[k].begin, lines[k].text.size(), with_hyphens(lines[k].text), kSeparatorsRule});
    }
    if (!check_columns) continue;
    // The table: header, separator, then rows of cells up to a line without one.
    std::size_t last = k + 1;
    std::size_t columns = std::max(header.cells.size(), separator.cells.size());
    for (; last < lines.size(); ++last) {
      const Row body = parse_row(lines[last].text);
      if (body.cells.empty() || body.separator) break;
      columns = std::max(columns, body.cells.size());
    }
    suggest_padding(lines[k - 1], header.cells.size(), columns, false, sink);
    suggest_padding(lines[k], separator.cells.size(), columns, true, sink);
    for (std::size_t b = k + 1; b < last; ++b) {
      suggest_padding(lines[b], table_cells(lines[b].text).size(), columns, false, sink);
    }
  }
}

}  // namespace copydesk::glyphs
