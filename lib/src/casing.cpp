#include "casing.hpp"

#include <unicode/uchar.h>

#include "utf8.hpp"

namespace copydesk {

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(cp));
}
bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isUUppercase(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_isULowercase(static_cast<UChar32>(cp));
}
bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_letter(cp) || is_digit(cp);
  const auto category = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return u_isalnum(static_cast<UChar32>(cp)) || (category & U_GC_M_MASK) != 0;
}

Casing classify_casing(std::string_view word) {
  std::size_t letters = 0, uppers = 0;
  bool first_upper = false, later_upper = false;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = utf8::decode(word, i);
    i += cp.length;
    if (!cp.valid || !is_letter(cp.value)) continue;
    const bool upper = is_upper(cp.value);
    if (letters == 0)
      first_upper = upper;
    else if (upper)
      later_upper = true;
    uppers += upper;
    ++letters;
  }
  if (letters == 0) return Casing::kNone;
  if (uppers == 0) return Casing::kLower;
  if (uppers == letters) return letters == 1 ? Casing::kTitle : Casing::kUpper;
  if (first_upper && !later_upper) return Casing::kTitle;
  return Casing::kMixed;
}

namespace {

template <typename AsciiMap, typename UnicodeMap>
std::string map_code_points(std::string_view text, AsciiMap ascii, UnicodeMap unicode,
                            std::size_t limit = std::string_view::npos) {
  std::string out;
  out.reserve(text.size());
  std::size_t mapped = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = utf8::decode(text, i);
    if (mapped >= limit || !cp.valid) {
      out.append(text.substr(i, cp.length));
    } else if (cp.value < 0x80) {
      out += ascii(static_cast<char>(cp.value));
    } else {
      utf8::append(out, static_cast<char32_t>(unicode(static_cast<UChar32>(cp.value))));
    }
    if (cp.valid && is_letter(cp.value)) ++mapped;
    i += cp.length;
  }
  return out;
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
}
char ascii_upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c & ~0x20) : c;
}

}  // namespace

namespace {

// Lower-cases an ASCII text without decoding; false (and `out` untouched) for other text.
bool ascii_lower_case(std::string_view text, std::string& out) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  out.assign(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  return true;
}

}  // namespace

std::string fold_case(std::string_view text) {
  if (std::string out; ascii_lower_case(text, out)) return out;
  return map_code_points(text, ascii_lower,
                         [](UChar32 c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); });
}
std::string to_lower(std::string_view text) {
  if (std::string out; ascii_lower_case(text, out)) return out;
  return map_code_points(text, ascii_lower, u_tolower);
}
std::string to_upper(std::string_view text) {
  return map_code_points(text, ascii_upper, u_toupper);
}
std::string capitalize_first(std::string_view text) {
  return map_code_points(text, ascii_upper, u_totitle, 1);
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x |= 0x20;
    if (y >= 'A' && y <= 'Z') y |= 0x20;
    if (x != y) return false;
  }
  return true;
}

namespace {

// A phrase whose every word is capitalized ("E-Mail", "Per Cent") reads as title case.
bool all_words_title(std::string_view phrase) {
  bool any = false;
  for (std::size_t i = 0; i < phrase.size();) {
    std::size_t end = i;
    while (end < phrase.size()) {
      const auto cp = utf8::decode(phrase, end);
      if (cp.valid && !is_letter(cp.value)) break;
      end += cp.length;
    }
    if (end > i) {
      if (classify_casing(phrase.substr(i, end - i)) != Casing::kTitle) return false;
      any = true;
    }
    i = end < phrase.size() ? end + utf8::decode(phrase, end).length : end;
  }
  return any;
}

}  // namespace

bool match_casing(std::string_view original, std::string_view replacement, std::string& out) {
  Casing casing = classify_casing(original);
  if (casing == Casing::kMixed && all_words_title(original)) casing = Casing::kTitle;
  switch (casing) {
    case Casing::kNone:
    case Casing::kLower:
      out = replacement;
      return true;
    case Casing::kTitle:
      out = capitalize_first(replacement);
      return true;
    case Casing::kUpper:
      out = to_upper(replacement);
      return true;
    case Casing::kMixed:
      return false;
  }
  return false;
}

}  // namespace copydesk
