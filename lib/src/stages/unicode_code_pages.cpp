#include "unicode_code_pages.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <map>
#include <memory>

namespace copydesk::unicode {

namespace {

constexpr std::array<const char*, kCodePageCount> kConverterNames = {
    "windows-1252", "windows-1251", "windows-1250", "windows-1257",
    "ISO-8859-2",   "macintosh",    "ibm-437",
};

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// What ICU decodes the single byte `byte` to with `converter`, or 0 when it does not map it
// to exactly one code point.
char32_t decode_byte(UConverter* converter, unsigned char byte) {
  ucnv_reset(converter);
  const char in[1] = {static_cast<char>(byte)};
  UChar out[4];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = ucnv_toUChars(converter, out, 4, in, 1, &status);
  if (U_FAILURE(status) || length < 1) return 0;
  UChar32 cp;
  int32_t i = 0;
  U16_NEXT(out, i, length, cp);
  if (i != length || cp == 0xFFFD || cp == 0x1A) return 0;
  return static_cast<char32_t>(cp);
}

}  // namespace

const CodePages& CodePages::get() {
  static const CodePages pages;
  return pages;
}

std::string_view CodePages::name(CodePageId page) const {
  return kConverterNames[page];
}

CodePages::CodePages() {
  std::map<char32_t, PageBytes> by_char;
  for (int page = 0; page < kCodePageCount; ++page) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(
        ucnv_open(kConverterNames[page], &status));
    if (U_FAILURE(status)) continue;  // an ICU build without this converter: the page stays empty
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
      const char32_t cp = decode_byte(converter.get(), static_cast<unsigned char>(byte));
      upper_half_[page][byte - 0x80] = cp;
      if (cp >= 0x80) by_char[cp][page] = static_cast<std::uint8_t>(byte);
    }
  }
  // Windows-1252 read as Latin-1 leaves C1 controls where the curly quotes were: they
  // re-encode to the byte of the same number.
  for (char32_t cp = 0x80; cp <= 0x9F; ++cp)
    by_char[cp][kWindows1252] = static_cast<std::uint8_t>(cp);

  for (const auto& [cp, bytes] : by_char) {
    if (cp < 0x100) {
      latin_[cp] = bytes;
      latin_present_[cp] = true;
    } else {
      if (cp >= 0x2000 && cp < 0x2070) {
        punctuation_[cp - 0x2000] = bytes;
        punctuation_present_[cp - 0x2000] = true;
      }
      others_.emplace_back(cp, bytes);
    }
  }
}

const PageBytes* CodePages::find(char32_t cp) const {
  if (cp < 0x100) return latin_present_[cp] ? &latin_[cp] : nullptr;
  if (cp >= 0x2000 && cp < 0x2070)
    return punctuation_present_[cp - 0x2000] ? &punctuation_[cp - 0x2000] : nullptr;
  auto it = std::lower_bound(
      others_.begin(), others_.end(), cp,
      [](const std::pair<char32_t, PageBytes>& e, char32_t c) { return e.first < c; });
  return it != others_.end() && it->first == cp ? &it->second : nullptr;
}

}  // namespace copydesk::unicode
