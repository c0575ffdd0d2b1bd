// The unicode stage's fast path: one scan over the bytes for the few that can need work (a
// byte of non-ASCII text, a control character, '&'). On ASCII text it finds nothing and the
// stage is done: 16 bytes per step with SSE2, 8 with plain 64-bit words elsewhere.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk::unicode {

// Offset of the first byte at or after `from` that is >= 0x80, '&', DEL, or a control
// character other than tab, line feed and carriage return; npos when there is none.
// Example: find_unusual_byte("a b\tc&d", 0) == 5.
std::size_t find_unusual_byte(std::string_view text, std::size_t from);

}  // namespace copydesk::unicode
