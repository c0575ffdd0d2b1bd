// Reads a line back as the UTF-8 it was before a code page garbled it: each character is
// re-encoded to its byte in the code page (one character, one byte), and the bytes are read
// as UTF-8 sequences. Only sequences come back, with what they decode to and how sure the
// reading is; deciding whether a sequence was really mojibake is mojibake_score's job.
//
// The reading tolerates the damage that mojibake usually carries, and says so in flags:
// - a lost byte: U+FFFD (or, in some tools' output, '?') where a continuation byte was;
//   the sequence then decodes to U+FFFD, as the information is gone ("Ã?" -> "�");
// - a space where the no-break space byte 0xA0 was ("Â " -> U+00A0);
// - "Ã" before a space, which is "à" whose 0xA0 byte became the space ("Ã perturber");
// - a dropped byte: Windows-1252 has no character for 0x9D, so "”" (E2 80 9D) often comes
//   out as "â€" alone;
// - CESU-8: a supplementary character written as two 3-byte surrogates ("í ½í¸" -> "😍").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "unicode_code_pages.hpp"

namespace copydesk::unicode {

// One UTF-8 sequence found in a re-encoded line: characters [first, last) read as `decoded`.
struct Sequence {
  std::size_t first = 0;
  std::size_t last = 0;
  char32_t decoded = 0;
  std::uint8_t bytes = 0;               // UTF-8 length (6 for a CESU-8 pair)
  std::uint8_t real_continuations = 0;  // continuation bytes that were really there
  bool lost = false;                    // a U+FFFD stood for a byte
  bool question = false;                // a '?' stood for a byte
  bool spaced = false;                  // a space stood for 0xA0
  bool dropped = false;                 // "â€" with its last byte dropped
  bool kept_space = false;  // "Ã" + space read as "à" and the space kept ("Ã perturber")
};

// Re-encodes `line` in `page` and returns its UTF-8 sequences, left to right, not
// overlapping. Example: in Windows-1252, U"cafÃ© itâ€™s" gives {3, 5, U'é'} and
// {8, 11, U'’'}.
void read_sequences(std::u32string_view line, CodePageId page, std::vector<Sequence>& out);

// Whether the UTF-8 text `line` could hold mojibake for any code page: a character some code
// page makes a UTF-8 lead byte, followed by one it makes a continuation byte (or a space, a
// '?', U+FFFD). A quick test on bytes, before the line is read in full.
bool could_hold_mojibake(std::string_view line);

}  // namespace copydesk::unicode
