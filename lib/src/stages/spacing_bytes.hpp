// The byte searches that keep the spacing stage fast: most of a news text is letters, digits
// and single spaces, which no spacing rule looks at. These functions skip them sixteen bytes at
// a time (SSE2, part of every x86-64) or eight (portable "has zero byte" arithmetic), and fall
// back to a plain loop at the end of the text.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace copydesk::spacing {

using ByteTable = std::array<bool, 256>;

// The first byte at or after `from` and before `limit` (limit <= text.size()) for which
// `stops` is true, or `limit`. Precondition: `stops` is false for ASCII letters, digits and
// the space. Example: find_stop("markets,sending", 0, 15, {','}) == 7.
std::size_t find_stop(std::string_view text, std::size_t from, std::size_t limit,
                      const ByteTable& stops);

// The start of the first run of two or more spaces at or after `from`, or npos.
// Example: find_double_space("a  quick", 0) == 1.
std::size_t find_double_space(std::string_view text, std::size_t from);

}  // namespace copydesk::spacing
