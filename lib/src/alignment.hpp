// Word-level alignment of two versions of a text, for measuring: which edits turn `source`
// into `target`. The units are runs of word characters, runs of whitespace and single other
// characters, so that "markets,sending" -> "markets, sending" is one insertion of a space and
// "japan" -> "Japan" one replaced word. A block of changes whose words pair up one to one and
// differ only in case is split into one edit per word and per whitespace gap, so that a space
// inserted next to a re-cased word ("(NATO).after" -> "(NATO). After") counts as two edits, as
// two rules make it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

struct TextEdit {
  std::size_t begin = 0;  // byte range in the source
  std::size_t end = 0;
  std::string before;  // source bytes [begin, end)
  std::string after;   // what the target has instead

  bool operator==(const TextEdit&) const = default;
};

// The units alignment compares, as views into `text`, covering it entirely.
std::vector<std::string_view> alignment_units(std::string_view text);

// The edits that turn `source` into `target`, in source order.
std::vector<TextEdit> align(std::string_view source, std::string_view target);

}  // namespace copydesk
