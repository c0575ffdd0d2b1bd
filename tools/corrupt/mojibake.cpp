#include "mojibake.hpp"

#include <unicode/ucnv.h>

#include <array>
#include <memory>
#include <stdexcept>

#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

// The UTF-8 text of each byte 0x80-0xFF read as Windows-1252, built once with ICU.
using HighByteTable = std::array<std::string, 128>;

HighByteTable build_windows_1252_table() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1252", &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU has no windows-1252 converter: ") +
                             u_errorName(status));
  }
  // Undefined bytes must come back as an error, not as a substitution character.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  HighByteTable table;
  for (unsigned byte = 0x80; byte <= 0xFF; ++byte) {
    const char source = static_cast<char>(byte);
    UChar target[4];
    status = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    const int32_t length = ucnv_toUChars(converter.get(), target, 4, &source, 1, &status);
    char32_t code_point = byte;  // undefined: the C1 control of the same value
    if (U_SUCCESS(status) && length == 1) code_point = target[0];
    utf8::append(table[byte - 0x80], code_point);
  }
  return table;
}

}  // namespace

std::string misdecode_as_windows_1252(std::string_view utf8_text) {
  static const HighByteTable table = build_windows_1252_table();
  std::string out;
  out.reserve(utf8_text.size() * 2);
  for (char c : utf8_text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else {
      out += table[byte - 0x80];
    }
  }
  return out;
}

}  // namespace copydesk::corrupt
