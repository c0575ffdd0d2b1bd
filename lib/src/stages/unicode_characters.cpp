#include "unicode_characters.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "unicode_code_pages.hpp"

namespace copydesk::unicode {

namespace {

constexpr char32_t kEscape = 0x1B;
constexpr char32_t kZeroWidthSpace = 0x200B;
constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kByteOrderMark = 0xFEFF;
constexpr char32_t kSoftHyphen = 0xAD;
constexpr char32_t kVerticalTab = 0x0B;

bool is_kept_control(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_c0_control(char32_t c) {
  return (c < 0x20 && !is_kept_control(c)) || c == 0x7F;
}

bool is_odd_space(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x1680;
}

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_FAILURE(status) ? USCRIPT_UNKNOWN : script;
}

bool is_emoji_part(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         u_hasBinaryProperty(cp, UCHAR_EMOJI_MODIFIER) || c == 0xFE0F ||
         (c >= 0x1F1E6 && c <= 0x1F1FF) || (c >= 0xE0020 && c <= 0xE007F);
}

// A letter or mark of a script that is not Latin: the joiner shapes it (Indic, Arabic).
bool shapes_with_joiner(char32_t c) {
  if (c < 0x80) return false;
  const UScriptCode script = script_of(c);
  return script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED &&
         script != USCRIPT_UNKNOWN;
}

// Scripts written without spaces, where a zero-width space marks a word break.
bool breaks_with_zero_width_space(char32_t c) {
  if (c < 0x80) return false;
  switch (script_of(c)) {
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_TIBETAN:
      return true;
    default:
      return false;
  }
}

bool is_zero_width(char32_t c) {
  return c == kZeroWidthSpace || c == kZeroWidthJoiner;
}

// The neighbours of unit i, looking past other zero-width characters ("\u200B\u200B" in
// Khmer text still stands between Khmer letters); spaces count as neighbours.
char32_t visible_before(const RepairLine& line, std::size_t i) {
  while (i > 0 && is_zero_width(line[i - 1])) --i;
  return i > 0 ? line[i - 1] : 0;
}
char32_t visible_after(const RepairLine& line, std::size_t i) {
  ++i;
  while (i < line.size() && is_zero_width(line[i])) ++i;
  return line.at(i);
}

// Length of the terminal escape sequence at `i` (ESC [ parameters final), or 1 for ESC alone.
std::size_t escape_length(const RepairLine& line, std::size_t i) {
  std::size_t j = i + 1;
  if (line.at(j) != '[') return 1;
  ++j;
  while (j < line.size() && line[j] >= 0x30 && line[j] <= 0x3F) ++j;
  while (j < line.size() && line[j] >= 0x20 && line[j] <= 0x2F) ++j;
  if (j < line.size() && line[j] >= 0x40 && line[j] <= 0x7E) return j + 1 - i;
  return 1;
}

// Whether deleting units [begin, end) of `line` would join invalid bytes kept on both sides of
// it: the next cleaning would read them as one run, otherwise. "\xC2" and "\x8D" around a
// control character become U+008D once it goes; "\xF4\x8A\xAA" and "\x81" around two become
// a character, and the stray byte before them a run of its own.
bool joins_kept_bytes(const RepairLine& line, std::size_t begin, std::size_t end) {
  return begin > 0 && end < line.size() && is_raw_byte(line[begin - 1]) && is_raw_byte(line[end]);
}

// Deletes units [begin, end) of `line` as `repair`, unless that would join kept invalid bytes
// (joins_kept_bytes); whether it did.
bool delete_units(RepairLine& line, std::size_t begin, std::size_t end, Repair repair) {
  if (joins_kept_bytes(line, begin, end)) return false;
  line.replace(begin, end, U"", repair);
  return true;
}

}  // namespace

bool is_policy_character(char32_t c) {
  return is_c0_control(c) || (c >= 0x80 && c <= 0x9F) || c == kZeroWidthSpace ||
         c == kZeroWidthJoiner || c == kByteOrderMark || c == kSoftHyphen || is_odd_space(c);
}

void apply_character_policy(RepairLine& line, const CharacterPolicy& policy, bool document_start) {
  const auto& windows_1252 = CodePages::get().upper_half(kWindows1252);
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = line[i];
    if (c < 0x20 || c == 0x7F) {
      // A vertical tab parts words as a space does (word processors write it for a line break
      // within a paragraph), and protected spans start after it as after a space: deleting it
      // would join the words, and a file path after it would stop being one.
      if (policy.control_characters && c == kVerticalTab) {
        line.replace(i, i + 1, U" ", Repair::kControl);
      } else if (policy.control_characters && is_c0_control(c) &&
                 delete_units(line, i, i + (c == kEscape ? escape_length(line, i) : 1),
                              Repair::kControl)) {
        continue;
      }
    } else if (c >= 0x80 && c <= 0x9F) {
      const char32_t meant = windows_1252[c - 0x80];
      if (policy.c1_controls && meant != c && meant != 0) {
        line.replace(i, i + 1, std::u32string_view(&meant, 1), Repair::kC1Control);
      }
    } else if (c == kZeroWidthSpace) {
      if (policy.invisible && !breaks_with_zero_width_space(visible_before(line, i)) &&
          !breaks_with_zero_width_space(visible_after(line, i)) &&
          delete_units(line, i, i + 1, Repair::kInvisible)) {
        continue;
      }
    } else if (c == kZeroWidthJoiner) {
      const char32_t before = visible_before(line, i), after = visible_after(line, i);
      if (policy.invisible && !is_emoji_part(before) && !is_emoji_part(after) &&
          !shapes_with_joiner(before) && !shapes_with_joiner(after) &&
          delete_units(line, i, i + 1, Repair::kInvisible)) {
        continue;
      }
    } else if (c == kByteOrderMark) {
      if (policy.invisible && !(document_start && i == 0) &&
          delete_units(line, i, i + 1, Repair::kInvisible)) {
        continue;
      }
    } else if (c == kSoftHyphen) {
      if (policy.soft_hyphens && delete_units(line, i, i + 1, Repair::kSoftHyphen)) continue;
    } else if (is_odd_space(c)) {
      if (policy.odd_spaces) line.replace(i, i + 1, U" ", Repair::kOddSpace);
    }
    ++i;
  }
}

}  // namespace copydesk::unicode
