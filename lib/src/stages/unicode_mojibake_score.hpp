// Whether a UTF-8 sequence read back from a line (unicode_mojibake_reader.hpp) was really
// mojibake: evidence points for the characters as they stand, and a plausibility check on
// what they would become. Mojibake of the ftfy class leaves telltale pairs: a capital
// accented letter followed by a symbol ("cafÃ©"), a C1 control ("â\x80\x99"), three or more
// characters that spell one UTF-8 sequence ("â€™"). Real text has such pairs too ("ZZAJÉ’s",
// "4288×…", "Brontë…”"), but read back they become characters nobody writes there: IPA
// letters, Armenian in an English word, a Korean syllable glued to "Bront". Both sides count.
//
// The scale (points): 6 for a complete 3- or 4-byte sequence; 2 per sign that a 2-byte pair
// is not text (a symbol after a capital letter, a capital letter inside a lower-case word, a
// math sign glued to a word, ...), 4 for a C1 control, 1 for weaker signs. mojibake.cpp
// compares the sum for a run of sequences with a threshold per code page.
#pragma once

#include <string_view>

#include "unicode_code_pages.hpp"
#include "unicode_mojibake_reader.hpp"

namespace copydesk::unicode {

// Points for `s` being mojibake rather than text. `line` is what `s` was read from. Example:
// in "cafÃ©" (Windows-1252), the sequence "Ã©" scores 5: a symbol after "Ã" (2), "Ã" itself,
// the commonest lead of mojibake (1), and a capital letter after a lower-case one (2).
int mojibake_evidence(std::u32string_view line, const Sequence& s, CodePageId page);

// Whether `decoded` makes sense between `before` and `after` (0 at the edge of the line).
// False for characters that text hardly ever holds (unassigned, private use, IPA, Armenian,
// archaic Latin, ...), for a letter of another script glued to a Latin letter (a Korean
// syllable after "Bront"), and for a combining mark with nothing to combine with.
bool plausible_decoding(char32_t before, char32_t decoded, char32_t after, CodePageId page);

// Whether a run whose characters are `original` may decode to `decoded`: false when the
// run is letters only and decodes to letters of another script. Real text in the code page
// spells such runs ("дії" in Windows-1251 reads as one CJK character); mojibake nearly
// always holds a sign ("Ø±Ø³" -> "رس", "ç®€" -> "简").
bool plausible_run(std::u32string_view original, std::u32string_view decoded);

// Punctuation that stands next to mojibake in text without being part of it: quotes,
// dashes, the ellipsis, the no-break space. "l’Ã©galité" still repairs "Ã©".
bool is_ordinary_punctuation(char32_t cp);

}  // namespace copydesk::unicode
