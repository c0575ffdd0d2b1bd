// Mojibake as it happens in the wild: UTF-8 bytes decoded as Windows-1252 ("it’s" ->
// "itâ€™s", "£10" -> "Â£10", "café" -> "cafÃ©"). The five bytes that Windows-1252 leaves
// undefined (0x81 0x8D 0x8F 0x90 0x9D) become the C1 control characters of the same value,
// as in ftfy's "sloppy-windows-1252" codec, so that no byte is lost and the damage can be
// undone exactly. The code page itself comes from ICU's converters.
#pragma once

#include <string>
#include <string_view>

namespace copydesk::corrupt {

// Reads the bytes of `utf8_text` as Windows-1252 and returns the result in UTF-8. ASCII is
// unchanged. Throws std::runtime_error if ICU has no windows-1252 converter.
std::string misdecode_as_windows_1252(std::string_view utf8_text);

}  // namespace copydesk::corrupt
