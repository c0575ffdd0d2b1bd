#include "unicode_mojibake_score.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace copydesk::unicode {

namespace {

bool is_c1(char32_t c) {
  return c >= 0x80 && c <= 0x9F;
}
bool is_lower(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c));
}
bool is_letter(char32_t c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(static_cast<UChar32>(c));
}

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_FAILURE(status) ? USCRIPT_UNKNOWN : script;
}

bool is_latin_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) && script_of(c) == USCRIPT_LATIN;
}

// Characters that text hardly ever holds where mojibake puts them. Decided by block and
// script: what a misread 2- to 4-byte sequence lands on when it was not mojibake.
bool is_rare(char32_t c) {
  const int8_t type = u_charType(static_cast<UChar32>(c));
  if (type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE) return true;
  if (c < 0x100) return false;
  if (c <= 0x17F) return c == 0x138 || c == 0x149 || c == 0x17F;  // kra, 'n, long s
  if (c <= 0x24F) {
    // Latin Extended-B: only Vietnamese horned letters, Pinyin carons and Romanian commas.
    return !((c >= 0x1A0 && c <= 0x1A1) || (c >= 0x1AF && c <= 0x1B0) ||
             (c >= 0x1CD && c <= 0x1DC) || (c >= 0x218 && c <= 0x21B));
  }
  if (c <= 0x2FF) return !(c >= 0x2C6 && c <= 0x2DD);  // IPA, modifiers but for the accents
  if (c <= 0x36F) return false;                        // combining marks: judged by context
  if (c <= 0x3FF) return c < 0x386 || c > 0x3CE;       // modern Greek letters only
  if (c <= 0x4FF) return !(c <= 0x45F || c == 0x490 || c == 0x491);  // Russian, Ukrainian...
  if (c <= 0x58F) return true;                                       // Armenian
  if (c <= 0x5FF) return !(c >= 0x5D0 && c <= 0x5EA);                // Hebrew letters
  if (c <= 0x6FF) return (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F);  // Arabic
  if (c <= 0x8FF) return true;   // Syriac, Thaana, NKo, Samaritan, Mandaic...
  if (c <= 0xDFF) return false;  // Indic scripts, Sinhala
  if (c <= 0xEFF) return false;  // Thai, Lao
  if (c <= 0x1DFF) return !(c >= 0x1100 && c <= 0x11FF);  // Tibetan ... phonetic extensions
  if (c <= 0x1EFF) return false;                          // Latin Extended Additional (Vietnamese)
  if (c <= 0x1FFF) return true;                           // polytonic Greek
  if (c <= 0x2BFF) return false;  // punctuation, currency, letterlike, arrows, math, symbols
  if (c <= 0x2DFF) return true;   // Glagolitic, Coptic, Tifinagh, ...
  if (c <= 0x2E7F) return false;  // supplemental punctuation
  if (c <= 0x9FFF) return false;  // CJK, kana
  if (c <= 0xABFF) return true;   // Yi, Vai, Bamum, Cyrillic and Latin extensions, ...
  if (c <= 0xD7AF) return false;  // Hangul
  if (c <= 0xFAFF) return true;   // CJK compatibility ideographs
  if (c <= 0xFB4F) return false;  // ligatures such as "ﬁ"
  if (c <= 0xFDFF) return true;   // Arabic presentation forms
  if (c <= 0xFE0F) return false;  // variation selectors
  if (c <= 0xFEFE) return true;
  if (c <= 0xFFEF) return false;  // byte order mark, half and full width forms
  if (c <= 0xFFFF) return c != 0xFFFD;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // emoji and pictographs
  if (c >= 0x20000 && c <= 0x3FFFF) return false;  // CJK extensions
  return true;
}

bool is_any_quote(char32_t c) {
  switch (c) {
    case U'\u2018':
    case U'\u201A':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2039':
    case U'\u203A':
      return true;
    default:
      return false;
  }
}

// Points for the second character of a 2-byte pair: how odd it is right after the first.
int continuation_points(char32_t c, char32_t before, char32_t after, bool a_lead) {
  if (is_c1(c)) return 4;
  switch (c) {
    case U'\uFFFD':
      return 1;
    case '?':
    case ' ':
      return 0;
    case U'\u00A0':
      return a_lead ? 2 : 0;
    case U'\u00AD':
      return 2;
    case U'\u2019':
      return 0;  // an apostrophe after a capital letter: "Ã’s" may be text
    case U'\u2026':
    case U'\u2013':
    case U'\u2014':
      return a_lead ? 1 : 0;
    case U'\u2122':
    case U'\u00AE':
      return a_lead ? 2 : 0;
    case U'\u00A5':
    case U'\u00AA':
    case U'\u00BA':
      return 0;  // "JP¥", "Nº", "1ª"
    default:
      break;
  }
  if (is_any_quote(c)) return is_letter(before) && is_letter(after) ? 2 : a_lead ? 1 : 0;
  return 2;
}

}  // namespace

bool is_ordinary_punctuation(char32_t cp) {
  switch (cp) {
    case U'\u00A0':
    case U'\u2019':
    case U'\u2018':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2026':
    case U'\u2013':
    case U'\u2014':
      return true;
    default:
      return false;
  }
}

int mojibake_evidence(std::u32string_view line, const Sequence& s, CodePageId page) {
  if (s.bytes >= 3) {
    if (s.dropped) return 6;
    const int needed = s.bytes == 6 ? 4 : s.bytes - 1;
    return s.real_continuations == needed ? 6 : s.real_continuations > 0 ? 4 : 2;
  }
  auto at = [&](std::size_t i) -> char32_t { return i < line.size() ? line[i] : 0; };
  const char32_t lead = line[s.first];
  const char32_t before = s.first > 0 ? line[s.first - 1] : 0;
  const bool a_lead = page == kWindows1252 && (lead == U'\u00C2' || lead == U'\u00C3');
  int points = a_lead ? 1 : 0;
  // "Ã" before a space is "à" with its second byte turned into the space: "voilÃ le".
  if (s.kept_space || (s.spaced && line[s.first + 1] == ' ' && s.decoded == U'\u00E0')) {
    return 1 + (is_lower(before) ? 2 : 0);
  }
  const char32_t c = line[s.first + 1];
  const std::size_t next = s.spaced && c == ' ' ? s.first + 2 : s.last;
  const char32_t after = at(next);
  const int sign = continuation_points(c, lead, after, a_lead);
  points += sign;
  // A sign inside a word, letters on both sides: "SÃ£o", "MÃ¼ller".
  if (sign >= 2 && is_letter(before) && is_letter(lead) && is_letter(after)) points += 1;
  // "Â" before a Latin-1 sign ("Â£", "Â©", "Â°"): text never has it, mojibake always.
  if (a_lead && lead == U'\u00C2' && c >= 0xA1 && c <= 0xBF) points += 2;
  if (is_upper(lead)) {
    if (is_lower(before)) points += 2;                   // "cafÃ©"
    if (is_lower(after) && c != U'\u2019') points += 1;  // "Ä°stanbul"
  } else if (!is_letter(lead)) {
    if (is_letter(before)) points += 2;  // a sign glued to a word: "wei√ü"
    if (lead >= 0x2500 && lead <= 0x257F && is_letter(c)) points += 2;  // a box corner on a letter
  }
  return points;
}

bool plausible_run(std::u32string_view original, std::u32string_view decoded) {
  if (original.size() < 2) return true;  // "Г l": "à" whose second byte became the space
  UScriptCode script = USCRIPT_INVALID_CODE;
  for (char32_t c : original) {
    if (!is_letter(c)) return true;
    const UScriptCode s = script_of(c);
    if (s != USCRIPT_COMMON && s != USCRIPT_INHERITED) script = s;
  }
  for (char32_t c : decoded) {
    if (!is_letter(c)) continue;
    const UScriptCode s = script_of(c);
    if (s != USCRIPT_COMMON && s != USCRIPT_INHERITED && s != script) return false;
  }
  return true;
}

bool plausible_decoding(char32_t before, char32_t decoded, char32_t after, CodePageId page) {
  if (decoded == 0xFFFD) return true;
  // A C1 control is a step of mojibake made twice ("Â\x9d" -> U+009D, then "â€\x9d" -> "”").
  if (is_c1(decoded)) return page == kWindows1252;
  if (decoded < 0x20 || decoded == 0x7F) return false;
  if (is_rare(decoded)) return false;
  const int8_t type = u_charType(static_cast<UChar32>(decoded));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) {
    return before != 0 && before != ' ' && !u_isspace(static_cast<UChar32>(before));
  }
  if (u_isalpha(static_cast<UChar32>(decoded))) {
    const UScriptCode script = script_of(decoded);
    if (script != USCRIPT_LATIN && script != USCRIPT_GREEK && script != USCRIPT_COMMON &&
        script != USCRIPT_INHERITED && (is_latin_letter(before) || is_latin_letter(after))) {
      return false;
    }
  }
  return true;
}

}  // namespace copydesk::unicode
