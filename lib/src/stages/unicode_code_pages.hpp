// The single-byte code pages that UTF-8 text gets misread as: Windows-1252 (with the Latin-1
// reading of its C1 bytes), Windows-1251, 1250 and 1257, ISO-8859-2, MacRoman and code page
// 437. Mojibake repair re-encodes suspicious text in one of them to get the UTF-8 bytes back.
//
// Key decision: every table here is read from ICU's converters (ucnv) once, at first use;
// nothing is typed by hand, so the mapping is exactly ICU's. The Windows pages are "sloppy"
// the way browsers decode them: a byte the page leaves undefined (0x81, 0x9D, ...) reads as
// the C1 control of the same number, which ICU's Windows converters already do.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::unicode {

enum CodePageId : std::uint8_t {
  kWindows1252,  // and Latin-1: U+0080..U+009F re-encode to the byte of the same number
  kWindows1251,
  kWindows1250,
  kWindows1257,
  kIso8859_2,
  kMacRoman,
  kCp437,
  kCodePageCount,
};

// Bytes a character re-encodes to in each code page; 0 where the page lacks it (no page maps
// a non-ASCII character to byte 0).
using PageBytes = std::array<std::uint8_t, kCodePageCount>;

class CodePages {
 public:
  // The tables, built from ICU on first use (thread-safe).
  static const CodePages& get();

  // ICU's name for the converter behind `page` ("windows-1252", "macintosh", ...).
  std::string_view name(CodePageId page) const;

  // The character byte 0x80 + i decodes to in `page`. Example: upper_half(kWindows1252)[0x13]
  // is U+201C (byte 0x93, a left double quotation mark).
  const std::array<char32_t, 128>& upper_half(CodePageId page) const { return upper_half_[page]; }

  // Bytes that the non-ASCII character `cp` re-encodes to, or nullptr when no page has it.
  // Example: find(U'Ã') gives 0xC3 for Windows-1252, 0xC3 for Windows-1250 is 0 (no Ã there).
  const PageBytes* find(char32_t cp) const;

 private:
  CodePages();
  std::array<std::array<char32_t, 128>, kCodePageCount> upper_half_{};
  std::array<PageBytes, 256> latin_{};  // cp < 0x100, direct
  std::array<bool, 256> latin_present_{};
  std::array<PageBytes, 0x70> punctuation_{};  // U+2000..U+206F, the quotes and dashes of news
  std::array<bool, 0x70> punctuation_present_{};
  std::vector<std::pair<char32_t, PageBytes>> others_;  // cp >= 0x100, sorted
};

}  // namespace copydesk::unicode
