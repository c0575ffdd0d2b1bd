#include "corruption_class.hpp"

#include <charconv>
#include <cmath>

namespace copydesk::corrupt {

const char* to_string(CorruptionClass kind) {
  switch (kind) {
    case CorruptionClass::kSpacing:
      return "spacing";
    case CorruptionClass::kSentence:
      return "sentence";
    case CorruptionClass::kCasing:
      return "casing";
    case CorruptionClass::kTypo:
      return "typo";
    case CorruptionClass::kUnicode:
      return "unicode";
    case CorruptionClass::kGlyph:
      return "glyph";
    case CorruptionClass::kLoneName:
      return "lone-name";
  }
  return "?";
}

std::optional<CorruptionClass> corruption_class_from_string(std::string_view name) {
  for (CorruptionClass kind : kAllCorruptionClasses) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

const char* describe(CorruptionClass kind) {
  switch (kind) {
    case CorruptionClass::kSpacing:
      return "per ', . ; : ? !' after a lower-case letter, ')' or quote and before one space and a "
             "letter: the space is deleted";
    case CorruptionClass::kSentence:
      return "per Title-case sentence start (paragraph start or after '. ' '! ' '? ') that the "
             "text never capitalizes mid-sentence: lower-cased";
    case CorruptionClass::kCasing:
      return "per mid-sentence occurrence of a name the text always capitalizes (2+ times): "
             "lower-cased, one occurrence always kept";
    case CorruptionClass::kTypo:
      return "per word that is the fix of a single-candidate misspelling: replaced by the "
             "misspelling, case kept";
    case CorruptionClass::kUnicode:
      return "per word with non-ASCII characters: its UTF-8 bytes read as Windows-1252";
    case CorruptionClass::kGlyph:
      return "per file: a Markdown table appended, its separator row drawn with em/en dashes";
    case CorruptionClass::kLoneName:
      return "per mid-sentence Title-case word that the text writes only once: lower-cased "
             "(eval scores it as casing; off by default)";
  }
  return "";
}

CorruptionRates CorruptionRates::defaults() {
  CorruptionRates rates;
  rates.set(CorruptionClass::kSpacing, 0.05);
  rates.set(CorruptionClass::kSentence, 0.05);
  rates.set(CorruptionClass::kCasing, 0.1);
  rates.set(CorruptionClass::kTypo, 0.01);
  rates.set(CorruptionClass::kUnicode, 0.1);
  rates.set(CorruptionClass::kGlyph, 0.05);
  return rates;
}

CorruptionRates CorruptionRates::none() {
  return CorruptionRates{};
}

std::optional<std::string> CorruptionRates::apply(std::string_view setting) {
  const std::size_t equals = setting.find('=');
  if (equals == std::string_view::npos)
    return "expected CLASS=RATE, got '" + std::string(setting) + "'";
  const std::string_view name = setting.substr(0, equals);
  const std::string_view value = setting.substr(equals + 1);
  double rate = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), rate);
  if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(rate) ||
      rate < 0 || rate > 1) {
    return "rate must be a number from 0 to 1, got '" + std::string(value) + "'";
  }
  if (name == "all") {
    for (CorruptionClass kind : kAllCorruptionClasses) set(kind, rate);
    return std::nullopt;
  }
  const auto kind = corruption_class_from_string(name);
  if (!kind) {
    return "unknown class '" + std::string(name) +
           "' (spacing, sentence, casing, typo, unicode, glyph, lone-name or all)";
  }
  set(*kind, rate);
  return std::nullopt;
}

}  // namespace copydesk::corrupt
