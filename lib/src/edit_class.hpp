// What kind of correction an edit is, decided by what changed: the classes copydesk's stages
// aim at, and "other" for rewording that no stage aims at (an editor's rewrite is not a miss
// of the spacing stage).
#pragma once

#include <string_view>

#include "alignment.hpp"

namespace copydesk {

enum class EditClass {
  kSpacing,        // only whitespace differs: "markets,sending" -> "markets, sending"
  kSentenceStart,  // only case differs, at a sentence start: "the vote" -> "The vote"
  kCasing,         // only case differs, elsewhere: "japan" -> "Japan"
  kUnicode,        // mojibake, invisible characters, entities: "itâ€™s" -> "it’s"
  kGlyph,          // dashes, table rules, quotes, ellipses: "|———|" -> "|---|"
  kTypo,           // one word for another of similar spelling: "frist" -> "first"
  kOther,          // anything else: rewording
};
inline constexpr int kEditClassCount = 7;

const char* to_string(EditClass kind);

// Classifies `edit`, an edit of `source`.
EditClass classify_edit(std::string_view source, const TextEdit& edit);

}  // namespace copydesk
