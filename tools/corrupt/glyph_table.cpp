#include "glyph_table.hpp"

#include <array>
#include <vector>

#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

constexpr std::size_t kColumns = 2;
constexpr std::size_t kDashesPerCell = 3;
constexpr std::string_view kEmDash = "\u2014";
constexpr std::string_view kEnDash = "\u2013";

std::string row(const std::array<std::string_view, kColumns>& cells) {
  std::string out = "|";
  for (std::string_view cell : cells) {
    out += ' ';
    out += cell;
    out += " |";
  }
  return out;
}

// Mostly em dashes with the odd en dash, as in "|———|——–|".
std::string dashed_separator(Rng& rng) {
  std::string out = "|";
  for (std::size_t column = 0; column < kColumns; ++column) {
    for (std::size_t i = 0; i < kDashesPerCell; ++i) out += chance(rng, 0.75) ? kEmDash : kEnDash;
    out += '|';
  }
  return out;
}

// Blank line before the table; the table ends with a newline only if the text did.
std::string_view lead_for(std::string_view text) {
  if (text.ends_with("\n\n")) return "";
  if (text.ends_with('\n')) return "\n";
  return "\n\n";
}

}  // namespace

std::optional<GlyphTable> make_glyph_table(const TextAnalysis& analysis, Rng& rng) {
  std::vector<std::string_view> words;
  for (const Token& token : analysis.tokens) {
    const std::string_view word = token.text(analysis.text);
    if (utf8::count_code_points(word) >= 3 && is_alphabetic(word)) words.push_back(word);
  }
  if (words.empty()) return std::nullopt;
  auto pick = [&] { return words[uniform_index(rng, words.size())]; };
  const std::string header = row({pick(), pick()});
  const std::string first = row({pick(), pick()});
  const std::string second = row({pick(), pick()});

  GlyphTable table;
  table.clean_separator = "|";
  for (std::size_t column = 0; column < kColumns; ++column)
    table.clean_separator += std::string(kDashesPerCell, '-') + "|";
  table.scraped_separator = dashed_separator(rng);
  const std::string_view newline = "\n";
  const std::string_view end = analysis.text.ends_with('\n') ? newline : "";
  const std::string before_separator = std::string(lead_for(analysis.text)) + header + "\n";
  const std::string after_separator = "\n" + first + "\n" + second + std::string(end);
  table.separator_offset = before_separator.size();
  table.clean = before_separator + table.clean_separator + after_separator;
  table.scraped = before_separator + table.scraped_separator + after_separator;
  return table;
}

}  // namespace copydesk::corrupt
