// NFC normalization with ICU's Normalizer2, only where the text is not NFC already: a quick
// check per character (NFC_Quick_Check) finds the few places, and only the stretch around
// each (from the previous starter to the next) is normalized and compared.
//
// Three kinds of change are left out on purpose: canonical reordering of marks alone (Hebrew
// and Arabic points are often written in an order that fonts expect and NFC would change),
// CJK compatibility ideographs (NFC maps them to unified ones, losing a distinction that
// Korean and Japanese text makes on purpose), and the decomposition of letters excluded from
// composition (Bengali "য়", Devanagari "क़": NFC would split what the text wrote whole).
#pragma once

#include "unicode_line.hpp"

namespace copydesk::unicode {

// Whether NFC might change text at `cp` (its NFC quick check is not "yes").
// Example: U+0301 (combining acute) -> true; U'é' -> false.
bool may_change_under_nfc(char32_t cp);

// Normalizes the parts of `line` that are not NFC. Example: "cafe\u0301" -> "café".
void normalize_to_nfc(RepairLine& line);

}  // namespace copydesk::unicode
