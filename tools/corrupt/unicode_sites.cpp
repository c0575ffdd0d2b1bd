// Unicode sites: a whitespace-separated word with non-ASCII characters ("it’s", "(£600m)",
// "café", a lone "—"), turned into mojibake. The whole word is the site, so that the error is
// one word-level edit; only its non-ASCII bytes change.
#include "injection_sites.hpp"
#include "mojibake.hpp"
#include "utf8.hpp"

namespace copydesk::corrupt {

namespace {

// Non-ASCII, all valid UTF-8, nothing that is already a decoding accident (C1 controls,
// U+FFFD), and no non-ASCII byte inside a protected span.
bool is_unicode_site(const TextAnalysis& analysis, ByteRange word) {
  bool any_non_ascii = false;
  for (std::size_t i = word.begin; i < word.end;) {
    const auto cp = utf8::decode(analysis.text, i);
    if (!cp.valid || (cp.value >= 0x80 && cp.value < 0xA0) || cp.value == 0xFFFD) return false;
    if (cp.value >= 0x80) {
      any_non_ascii = true;
      if (analysis.touches_protected(i, i + cp.length)) return false;
    }
    i += cp.length;
  }
  return any_non_ascii;
}

}  // namespace

std::vector<Injection> find_unicode_sites(const TextAnalysis& analysis) {
  std::vector<Injection> sites;
  for (const ByteRange& word : analysis.chunks.chunks()) {
    if (!is_unicode_site(analysis, word)) continue;
    const std::string_view bytes = analysis.text.substr(word.begin, word.end - word.begin);
    sites.push_back(
        {CorruptionClass::kUnicode, word.begin, word.end, misdecode_as_windows_1252(bytes)});
  }
  return sites;
}

}  // namespace copydesk::corrupt
