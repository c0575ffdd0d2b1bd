// Letter case of words: how a word is cased, case folding for lookups, and re-casing a
// replacement like the word it replaces (dialog -> dialogue, Dialog -> Dialogue,
// DIALOG -> DIALOGUE). ASCII takes a fast path; other scripts go through ICU's simple
// (code point to code point) case mappings.
#pragma once

#include <string>
#include <string_view>

namespace copydesk {

enum class Casing {
  kNone,   // no letters: "1984"
  kLower,  // "japan"
  kTitle,  // "Japan", "O'neil" counts as title too (only the first letter is upper)
  kUpper,  // "NATO"; a single capital letter "I" is kTitle, not kUpper
  kMixed,  // "iPhone", "McDonald", "fRist"
};

Casing classify_casing(std::string_view word);

// Lookup key for a word: Unicode simple case folding ("Straße" keeps its ß; "JAPAN" -> "japan").
std::string fold_case(std::string_view text);
std::string to_upper(std::string_view text);
std::string to_lower(std::string_view text);
// Upper-cases the first letter and leaves the rest: "new york" -> "New york".
std::string capitalize_first(std::string_view text);
// ASCII case-insensitive equality (non-ASCII bytes compare as they are).
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

// Casts `replacement` into the casing of `original`. A lower original leaves the
// replacement as written (so "google" -> "Google" works); title and upper originals are
// carried over. Returns false (and leaves `out` alone) for a mixed-case original, whose
// intent is unknown.
bool match_casing(std::string_view original, std::string_view replacement, std::string& out);

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);
// Letters, digits and combining marks: what a word is made of.
bool is_word_char(char32_t cp);

}  // namespace copydesk
