// The kinds of error copydesk-corrupt injects, one per copydesk stage, named as `copydesk eval`
// names its edit classes so that an injected error and the miss it causes read the same; and
// the rate at which each kind is injected (the chance that one candidate site is corrupted).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::corrupt {

enum class CorruptionClass {
  kSpacing,   // "markets, sending" -> "markets,sending"
  kSentence,  // "The vote passed" -> "the vote passed" at a sentence start
  kCasing,    // "said Google" -> "said google", a name the text capitalizes elsewhere
  kTypo,      // "first" -> "frist", from a misspellings list
  kUnicode,   // "it’s" -> "itâ€™s", UTF-8 read as Windows-1252
  kGlyph,     // a Markdown table whose separator row is drawn with dashes: "|———|——–|"
  // "said Unilever" -> "said unilever", a name the text writes once: only a lexicon can know
  // it. copydesk eval scores it as a casing edit; it has a class of its own so that it can be
  // measured apart from the names the text shows elsewhere (off by default).
  kLoneName,
};
inline constexpr std::size_t kCorruptionClassCount = 7;
inline constexpr std::array<CorruptionClass, kCorruptionClassCount> kAllCorruptionClasses = {
    CorruptionClass::kSpacing, CorruptionClass::kSentence, CorruptionClass::kCasing,
    CorruptionClass::kTypo,    CorruptionClass::kUnicode,  CorruptionClass::kGlyph,
    CorruptionClass::kLoneName};

// "spacing", "sentence", "casing", "typo", "unicode", "glyph": the names `copydesk eval` uses;
// "lone-name" (scored by eval as casing).
const char* to_string(CorruptionClass kind);
std::optional<CorruptionClass> corruption_class_from_string(std::string_view name);
// One line for --help: what a candidate site is and what the injection does to it.
const char* describe(CorruptionClass kind);

// The chance, per candidate site, that a class injects an error there.
class CorruptionRates {
 public:
  // The documented defaults (see --help).
  static CorruptionRates defaults();
  static CorruptionRates none();

  double operator[](CorruptionClass kind) const { return rates_[static_cast<std::size_t>(kind)]; }
  void set(CorruptionClass kind, double rate) { rates_[static_cast<std::size_t>(kind)] = rate; }

  // Applies one "CLASS=R" setting ("typo=0.1"; "all=0" sets every class). Returns an error
  // message, or nullopt when the setting was applied.
  std::optional<std::string> apply(std::string_view setting);

 private:
  std::array<double, kCorruptionClassCount> rates_{};
};

}  // namespace copydesk::corrupt
