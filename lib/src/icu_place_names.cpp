#include "icu_place_names.hpp"

#include <unicode/region.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <memory>

namespace copydesk {

namespace {

std::string to_utf8(const UChar* text, int32_t length) {
  std::string out;
  icu::UnicodeString(text, length).toUTF8String(out);
  return out;
}

std::string display_region(const char* code) {
  UChar buffer[256];
  UErrorCode status = U_ZERO_ERROR;
  const std::string locale = std::string("und_") + code;
  const int32_t length = uloc_getDisplayCountry(locale.c_str(), "en", buffer, 256, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return {};
  return to_utf8(buffer, length);
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// Whether running text writes `name` as one proper noun: every word starts with a capital
// letter, except short joining words ("Isle of Man", "Trinidad and Tobago").
bool reads_as_proper_noun(const std::string& name) {
  if (name.empty() || name.find('.') != std::string::npos) return false;
  if (name.find("SAR") != std::string::npos) return false;  // "Hong Kong SAR China"
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find_first_of(" -", start);
    if (end == std::string::npos) end = name.size();
    const std::string word = name.substr(start, end - start);
    const bool joining = word == "of" || word == "and" || word == "the" || word == "da" ||
                         word == "de" || word == "du" || word == "d’Ivoire";
    if (!word.empty() && !joining) {
      const auto c = static_cast<unsigned char>(word.front());
      if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
    }
    start = end + 1;
  }
  return true;
}

// Adds `name` in the forms running text uses.
void add_name(std::string name, std::vector<std::string>& out) {
  replace_all(name, " & ", " and ");
  if (const std::size_t dash = name.find(" - "); dash != std::string::npos) name.resize(dash);
  if (const std::size_t open = name.find(" ("); open != std::string::npos) {
    const std::size_t close = name.find(')', open);
    if (close != std::string::npos) {
      const std::string inside = name.substr(open + 2, close - open - 2);
      if (inside != "Republic") add_name(inside, out);  // not from "Congo (Republic)"
      add_name(name.substr(0, open) + name.substr(close + 1), out);
    }
    return;
  }
  if (!reads_as_proper_noun(name)) return;
  if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
}

// CLDR's alternative country names ("Countries%short", "Countries%variant") from ICU's region
// data bundle.
void add_alternative_names(const char* table, std::vector<std::string>& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UResourceBundle, void (*)(UResourceBundle*)> bundle(
      ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", "en", &status), ures_close);
  if (U_FAILURE(status)) return;
  std::unique_ptr<UResourceBundle, void (*)(UResourceBundle*)> names(
      ures_getByKey(bundle.get(), table, nullptr, &status), ures_close);
  if (U_FAILURE(status)) return;
  while (ures_hasNext(names.get())) {
    int32_t length = 0;
    const char* key = nullptr;
    UErrorCode item_status = U_ZERO_ERROR;
    const UChar* value = ures_getNextString(names.get(), &length, &key, &item_status);
    if (U_FAILURE(item_status) || key == nullptr) continue;
    // Two letters: a country. Codes like "UN" and "US" come out as acronyms ("UN"), which
    // the acronym list covers with its own guards.
    std::string name = to_utf8(value, length);
    if (name.size() <= 3) continue;
    add_name(std::move(name), out);
  }
}

IcuNames read_icu_names() {
  IcuNames names;
  for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) {
    add_name(display_region(*code), names.countries);
  }
  add_alternative_names("Countries%short", names.countries);
  add_alternative_names("Countries%variant", names.countries);

  UErrorCode status = U_ZERO_ERROR;
  for (URegionType type : {URGN_CONTINENT, URGN_SUBCONTINENT, URGN_GROUPING}) {
    std::unique_ptr<icu::StringEnumeration> regions(icu::Region::getAvailable(type, status));
    if (U_FAILURE(status) || !regions) continue;
    while (const char* code = regions->next(nullptr, status)) {
      if (U_FAILURE(status)) break;
      add_name(display_region(code), names.regions);
    }
  }

  // Two-letter (ISO 639-1) codes: the languages news text names. The three-letter ones bring
  // in names such as "Slave" or "Fang" that are far more often ordinary words.
  for (const char* const* code = uloc_getISOLanguages(); *code != nullptr; ++code) {
    if (std::char_traits<char>::length(*code) != 2) continue;
    UChar buffer[256];
    UErrorCode language_status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayLanguage(*code, "en", buffer, 256, &language_status);
    if (U_FAILURE(language_status) || language_status == U_USING_DEFAULT_WARNING) continue;
    add_name(to_utf8(buffer, length), names.languages);
  }
  return names;
}

}  // namespace

const IcuNames& icu_names() {
  static const IcuNames names = read_icu_names();
  return names;
}

}  // namespace copydesk
