// Bytes that are not UTF-8 in otherwise UTF-8 text. The engine keeps every byte; this repair
// reads a short run of them as Windows-1252 ("caf\xE9" -> "café", "\x93quoted\x94" -> “quoted”)
// when each byte is a Windows-1252 character and the run is not the start of a cut-off UTF-8
// sequence. Anything else (a byte Windows-1252 leaves undefined, a truncated sequence, a long
// run of binary junk) stays exactly as it was.
#pragma once

#include <string>
#include <string_view>

namespace copydesk::unicode {

// The characters `run` (bytes that are not UTF-8, as the decoder split them) most likely were,
// or false to keep it. Example: "\xE9" -> U"é"; "\xE2\x80" (a cut-off "’") -> false.
bool read_invalid_bytes(std::string_view run, std::u32string& out);

}  // namespace copydesk::unicode
