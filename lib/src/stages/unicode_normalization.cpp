#include "unicode_normalization.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>

namespace copydesk::unicode {

namespace {

const icu::Normalizer2* nfc() {
  static const icu::Normalizer2* normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return normalizer;
}

bool is_cjk_compatibility(char32_t c) {
  return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool is_boundary(const icu::Normalizer2& n, char32_t c) {
  return is_raw_byte(c) || n.hasBoundaryBefore(static_cast<UChar32>(c));
}

}  // namespace

bool may_change_under_nfc(char32_t cp) {
  if (cp < 0x300) return false;
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

void normalize_to_nfc(RepairLine& line) {
  const icu::Normalizer2* n = nfc();
  if (n == nullptr) return;
  std::u32string original, normalized;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char32_t c = line[i];
    if (is_raw_byte(c) || !may_change_under_nfc(c)) continue;
    // The stretch to normalize ends at a kept invalid byte, which is no character: ICU would
    // drop it.
    std::size_t first = i;
    while (first > 0 && !is_boundary(*n, line[first]) && !is_raw_byte(line[first - 1])) --first;
    std::size_t last = i + 1;
    while (last < line.size() && !is_raw_byte(line[last]) && !is_boundary(*n, line[last])) ++last;

    icu::UnicodeString text;
    original.clear();
    for (std::size_t k = first; k < last; ++k) {
      text.append(static_cast<UChar32>(line[k]));
      original += line[k];
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString result = n->normalize(text, status);
    i = last - 1;
    if (U_FAILURE(status) || result == text) continue;
    normalized.clear();
    for (int32_t k = 0; k < result.length();) {
      const UChar32 cp = result.char32At(k);
      normalized += static_cast<char32_t>(cp);
      k += U16_LENGTH(cp);
    }
    if (std::any_of(original.begin(), original.end(), is_cjk_compatibility)) continue;
    std::u32string a = original, b = normalized;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a == b) continue;  // marks reordered, nothing composed
    // NFC decomposes a few precomposed letters that it excludes from composition (Bengali
    // "য়", Devanagari "क़"): text that writes them precomposed is right as it is.
    if (normalized.size() > original.size()) continue;
    line.replace(first, last, normalized, Repair::kNfc);
    i = first + normalized.size() - 1;
  }
}

}  // namespace copydesk::unicode
