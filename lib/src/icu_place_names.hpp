// English names of countries, territories, world regions and languages, read from ICU's locale
// data (CLDR) when a pipeline loads, so that nobody has to type or maintain them by hand.
//
// ICU's display names are made for menus, so a few are rewritten into the forms that running
// text uses: "Bosnia & Herzegovina" -> "Bosnia and Herzegovina", "Myanmar (Burma)" -> "Myanmar"
// and "Burma", "Congo - Kinshasa" -> "Congo"; CLDR's short and variant forms are added
// ("Czech Republic", "Ivory Coast", "East Timor"). Names that are not written as proper nouns
// in running text, or that need punctuation ("St. Lucia", "U.S. Virgin Islands"), are left out.
#pragma once

#include <string>
#include <vector>

namespace copydesk {

struct IcuNames {
  std::vector<std::string> countries;  // "Japan", "United States", "Czech Republic"
  std::vector<std::string> regions;    // "Latin America", "Western Europe", "European Union"
  std::vector<std::string> languages;  // "Japanese", "Swahili", "Haitian Creole"
};

// Reads the names once per process (thread-safe) and returns them.
// Example: icu_names().countries contains "Brazil" and "United Kingdom".
const IcuNames& icu_names();

}  // namespace copydesk
