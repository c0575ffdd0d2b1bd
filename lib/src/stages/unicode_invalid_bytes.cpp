#include "unicode_invalid_bytes.hpp"

#include "unicode_code_pages.hpp"

namespace copydesk::unicode {

namespace {

constexpr std::size_t kLongestRun = 4;  // beyond this, it is not a stray byte but junk

bool is_continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}
bool is_lead(unsigned char b) {
  return b >= 0xC2 && b <= 0xF4;
}

}  // namespace

bool read_invalid_bytes(std::string_view run, std::u32string& out) {
  if (run.empty() || run.size() > kLongestRun) return false;
  const auto& windows_1252 = CodePages::get().upper_half(kWindows1252);
  out.clear();
  for (std::size_t i = 0; i < run.size(); ++i) {
    const auto b = static_cast<unsigned char>(run[i]);
    if (b < 0x80) return false;
    if (is_lead(b) && i + 1 < run.size() &&
        is_continuation(static_cast<unsigned char>(run[i + 1]))) {
      return false;  // a UTF-8 sequence cut short
    }
    if (b == 0xC2 || b == 0xC3) return false;  // more likely a cut-off "é" or "£" than "Ã" or "Â"
    if (b >= 0xFE) return false;  // never in UTF-8 text; FF FE is a UTF-16 byte order mark
    const char32_t cp = windows_1252[b - 0x80];
    if (cp == 0 || (cp >= 0x80 && cp <= 0x9F)) return false;  // no Windows-1252 character
    out += cp;
  }
  return true;
}

}  // namespace copydesk::unicode
