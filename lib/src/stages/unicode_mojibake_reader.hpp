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

// The code page bytes of each character of `line` (CodePages::find; nullptr for ASCII,
// U+FFFD and characters no code page has), computed once for all code pages.
void find_page_bytes(std::u32string_view line, std::vector<const PageBytes*>& out);

// The code pages in which `line` has a lead byte followed by a continuation byte, a U+FFFD, a
// space or a '?': bit p for page p. `bytes` is find_page_bytes(line).
unsigned pages_with_leads(std::u32string_view line, const std::vector<const PageBytes*>& bytes);

// Re-encodes `line` in `page` and returns its UTF-8 sequences, left to right, not
// overlapping. `bytes` is find_page_bytes(line). Example: in Windows-1252, U"cafÃ© itâ€™s"
// gives {3, 5, U'é'} and {8, 11, U'’'}.
void read_sequences(std::u32string_view line, const std::vector<const PageBytes*>& bytes,
                    CodePageId page, std::vector<Sequence>& out);

// Quick tests while scanning a line, before it is read in full. `previous` and `next` are the
// code page bytes of two adjacent non-ASCII characters (CodePages::find; nullptr for none).
// True when some code page makes the first a UTF-8 lead byte and the second a continuation
// byte: "Ã©" yes, "é’" no.
bool could_pair_as_mojibake(const PageBytes* previous, const PageBytes* next);
// True when U+FFFD, a space or a '?' after `lead` can complete a sequence on its own:
// U+FFFD after any lead byte ("Ä�"), a space or '?' after "Ã" ("voilÃ le"), '?' after "Â".
bool could_end_as_mojibake(char32_t lead, const PageBytes* lead_bytes, char32_t next);

}  // namespace copydesk::unicode
