#include "edit_class.hpp"

#include <array>
#include <string>

#include "casing.hpp"
#include "sentence_start.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

const char* to_string(EditClass kind) {
  switch (kind) {
    case EditClass::kSpacing:
      return "spacing";
    case EditClass::kSentenceStart:
      return "sentence";
    case EditClass::kCasing:
      return "casing";
    case EditClass::kUnicode:
      return "unicode";
    case EditClass::kGlyph:
      return "glyph";
    case EditClass::kTypo:
      return "typo";
    case EditClass::kOther:
      return "other";
  }
  return "?";
}

namespace {

std::string without_whitespace(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

// Traces that a decoding accident leaves: UTF-8 read as Windows-1252 ("Ã©", "â€™", "Â£"),
// invisible and control characters, HTML entities, invalid bytes.
bool has_decoding_trace(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kMojibake = {
      "\xC3\x83", "\xC3\x82", "\xC3\xA2\xE2\x82\xAC", "\xC3\xA2\xE2\x80"};
  for (std::string_view trace : kMojibake) {
    if (text.find(trace) != std::string_view::npos) return true;
  }
  if (text.find('&') != std::string_view::npos && text.find(';') != std::string_view::npos)
    return true;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = utf8::decode(text, i);
    i += cp.length;
    if (!cp.valid) return true;
    const char32_t c = cp.value;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0) || c == 0xAD ||
        (c >= 0x200B && c <= 0x200F) || c == 0xFEFF || c == 0x2060) {
      return true;
    }
  }
  return false;
}

// Dashes, rules, box drawing, typographic quotes and bullets, double full stops.
bool has_glyph(std::string_view text) {
  static constexpr std::array<std::string_view, 15> kGlyphs = {
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x92", "\xE2\x80\x95",
      "\xE2\x88\x92", "\xE2\x94",     "\xE2\x95",     "|",
      "\xE2\x80\x9A", "``",           "''",           "\xE2\x80\xA2",
      "\xE2\x96\xBD", "..",           "\xE2\x80\xA6"};
  for (std::string_view glyph : kGlyphs) {
    if (text.find(glyph) != std::string_view::npos) return true;
  }
  return false;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_single_word(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = utf8::decode(text, i);
    if (!cp.valid) return false;
    const bool apostrophe = cp.value == '\'' || cp.value == U'\u2019';
    if (!is_word_char(cp.value) && !(apostrophe && i > 0)) return false;
    i += cp.length;
  }
  return true;
}

}  // namespace

EditClass classify_edit(std::string_view source, const TextEdit& edit) {
  if (without_whitespace(edit.before) == without_whitespace(edit.after)) return EditClass::kSpacing;
  if (fold_case(edit.before) == fold_case(edit.after)) {
    return at_sentence_start(source, edit.begin) ? EditClass::kSentenceStart : EditClass::kCasing;
  }
  // Decoding traces are looked for in the whole run of non-space text around the edit: the
  // aligner may keep "&" of "&amp;" or "s" of "itâ€™s" out of the edit itself.
  std::size_t from = edit.begin, to = edit.end;
  while (from > 0 && !is_space(source[from - 1])) --from;
  while (to < source.size() && !is_space(source[to])) ++to;
  if (has_decoding_trace(source.substr(from, to - from))) return EditClass::kUnicode;
  if (has_glyph(edit.before) || has_glyph(edit.after)) return EditClass::kGlyph;
  if (is_single_word(edit.before) && is_single_word(edit.after)) return EditClass::kTypo;
  return EditClass::kOther;
}

}  // namespace copydesk
