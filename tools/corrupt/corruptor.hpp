// Corrupts one clean text: finds every class's candidate sites, corrupts each with its
// class's rate, keeps injections apart (never two in the same or adjacent words, whichever
// class drew first: the kept ones are chosen in a random order, not class by class), applies
// them, and appends a glyph table if that class drew. The result is the scraped text, the
// edited text (the clean input, plus the clean table if one was added) and a record of each
// injected error in the scraped text's coordinates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corruption_class.hpp"
#include "misspellings.hpp"

namespace copydesk::corrupt {

struct CorruptionSettings {
  std::uint64_t seed = 1;
  CorruptionRates rates = CorruptionRates::defaults();
  const Misspellings* misspellings = nullptr;  // none: no typo is injected
};

// One injected error, oriented as copydesk and `copydesk eval` see it: at `offset` the scraped
// text has `before`, which copydesk should turn back into `after`.
struct InjectedError {
  CorruptionClass kind = CorruptionClass::kSpacing;
  std::string subclass;  // casing: "known-elsewhere" when the name is still capitalized elsewhere
  std::size_t offset = 0;
  std::string before;
  std::string after;
};

struct CorruptedText {
  std::string scraped;
  std::string edited;
  std::vector<InjectedError> injected;  // in text order
};

// `name` (the output file's name) seeds the file's random streams with the settings' seed.
CorruptedText corrupt_text(std::string_view clean, std::string_view name,
                           const CorruptionSettings& settings);

}  // namespace copydesk::corrupt
