#include "glyphs_box_tables.hpp"

#include <algorithm>
#include <string>

#include "utf8.hpp"

namespace copydesk::glyphs {

namespace {

constexpr const char* kRule = "glyphs.box-tables";

bool is_box_drawing(char32_t cp) {
  return cp >= 0x2500 && cp <= 0x257F;
}

bool is_vertical(char32_t cp) {
  switch (cp) {
    case U'\u2502':
    case U'\u2503':
    case U'\u2551':
    case U'\u2506':
    case U'\u2507':
    case U'\u250A':
    case U'\u250B':
    case U'\u254E':
    case U'\u254F':
      return true;
    default:
      return false;
  }
}

// A border line: box-drawing characters (and spaces) only, at least one.
bool is_border(std::string_view line) {
  const std::string_view body = trim(line);
  if (body.empty()) return false;
  for (std::size_t i = 0; i < body.size();) {
    std::size_t length = 1;
    const char32_t cp = code_point_at(body, i, &length);
    if (!is_box_drawing(cp) && cp != ' ') return false;
    i += length;
  }
  return true;
}

// The cells of a row drawn as "│ a │ b │", or none when the line is no such row.
std::vector<std::string_view> box_cells(std::string_view line) {
  const std::string_view body = trim(line);
  std::vector<std::string_view> cells;
  std::size_t length = 1;
  if (body.empty() || !is_vertical(code_point_at(body, 0, &length))) return {};
  std::size_t start = length;
  bool closed = false;
  for (std::size_t i = start; i < body.size();) {
    const char32_t cp = code_point_at(body, i, &length);
    closed = false;
    if (is_vertical(cp)) {
      cells.push_back(body.substr(start, i - start));
      start = i + length;
      closed = true;
    } else if (is_box_drawing(cp)) {
      return {};  // a junction inside a row: a drawing, not a table
    }
    i += length;
  }
  if (!closed) return {};
  return cells;
}

// A Markdown separator row for a header with these cells: a run of hyphens as wide as each.
std::string separator_for(const std::vector<std::string_view>& cells) {
  std::string out = "|";
  for (std::string_view cell : cells) {
    out.append(std::max<std::size_t>(3, utf8::count_code_points(cell)), '-').append("|");
  }
  return out;
}

// Proposes the edits for the box table in lines [first, last). Edits stay off the cells (they
// may hold numbers, which are protected): border lines go or become the header's separator,
// and each vertical line in a row becomes a pipe.
void convert(const std::vector<Line>& lines, std::size_t first, std::size_t last, EditSink& sink) {
  std::size_t columns = 0;
  std::size_t header = last;  // the first row
  for (std::size_t k = first; k < last; ++k) {
    if (is_border(lines[k].text)) continue;
    const std::size_t n = box_cells(lines[k].text).size();
    if (n == 0 || (columns != 0 && n != columns)) return;  // irregular: leave it
    columns = n;
    if (header == last) header = k;
  }
  if (header == last) return;

  const std::vector<std::string_view> header_cells = box_cells(lines[header].text);
  const bool header_rule = header + 1 < last && is_border(lines[header + 1].text);
  for (std::size_t k = first; k < last; ++k) {
    const Line& line = lines[k];
    if (is_border(line.text)) {
      if (k == header + 1) {
        sink.propose(Edit{line.begin, line.end - line.begin, separator_for(header_cells), kRule});
      } else if (line.next > line.end || k == 0) {
        sink.propose(Edit{line.begin, line.next - line.begin, "", kRule});
      } else {
        // The last line of the text, without a line ending: take the one before it instead.
        sink.propose(Edit{lines[k - 1].end, line.end - lines[k - 1].end, "", kRule});
      }
      continue;
    }
    for (std::size_t i = 0; i < line.text.size();) {
      std::size_t length = 1;
      const char32_t cp = code_point_at(line.text, i, &length);
      if (is_vertical(cp)) sink.propose(Edit{line.begin + i, length, "|", kRule});
      i += length;
    }
    if (k == header && !header_rule) {
      const std::string newline = line.next - line.end == 2 ? "\r\n" : "\n";
      if (line.next > line.end) {
        sink.propose(Edit{line.next, 0, separator_for(header_cells) + newline, kRule});
      } else {
        sink.propose(Edit{line.end, 0, newline + separator_for(header_cells), kRule});
      }
    }
  }
}

}  // namespace

void propose_box_tables(const std::vector<Line>& lines, EditSink& sink) {
  for (std::size_t k = 0; k < lines.size();) {
    const std::string_view body = trim(lines[k].text);
    std::size_t length = 1;
    if (body.empty() || !is_box_drawing(code_point_at(body, 0, &length))) {
      ++k;
      continue;
    }
    std::size_t last = k;
    while (last < lines.size() &&
           (is_border(lines[last].text) || !box_cells(lines[last].text).empty()))
      ++last;
    if (last > k) convert(lines, k, last, sink);
    k = last > k ? last : k + 1;
  }
}

}  // namespace copydesk::glyphs
