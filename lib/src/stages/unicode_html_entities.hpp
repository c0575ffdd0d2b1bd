// HTML character references left in plain text by scrapers: "&amp;" -> "&", "&#8217;" and
// "&#x2019;" -> "’", "&nbsp;" -> U+00A0. Named references are HTML 4's set plus "&apos;",
// always with their semicolon ("AT&T" and "&copy" stay); numeric references 128..159 read as
// Windows-1252, as browsers read them ("&#146;" -> "’"). References that would make a control
// character, a surrogate or nothing at all are left as they are.
//
// A reference whose result is again a reference ("&amp;amp;", "&amp;#8217;") decodes to the
// end in one step, so that cleaning the output again changes nothing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace copydesk::unicode {

struct DecodedReference {
  std::size_t length = 0;  // bytes of the text, from the '&'
  std::u32string text;
};

// Decodes the character reference starting at `text[amp]` (which is '&'). Returns false when
// there is none. Example: at 6 in "Harlow &amp; Finch" -> {5, U"&"}.
bool decode_html_reference(std::string_view text, std::size_t amp, DecodedReference& out);

// Whether `text` looks like HTML markup (a tag such as "<p>", "</a>", "<br/>"): its references
// are markup then, not leftovers, and stay.
bool looks_like_html(std::string_view text);

}  // namespace copydesk::unicode
