// The house policy for dashes and ellipses, as opt-in rules with a style option.
//
// glyphs.dashes: a dash between words, however it was typed (" - ", "--", " -- ", "—",
// " – "), becomes the house dash: style "em" (closed: "word—word", the default), "spaced-en"
// ("word – word") or "spaced-em" ("word — word"). Hyphens inside words, number ranges
// (2019–2021, 3-2), list markers and command-line options ("--ports") are not dashes between
// words and stay.
//
// glyphs.ellipses: style "character" (the default) writes "..." as "…"; style "dots" writes
// "…" as "...". Two dots, four or more, and spaced dots are left to other rules.
#pragma once

#include <string_view>

#include "matcher.hpp"

namespace copydesk::glyphs {

enum class DashStyle { kClosedEm, kSpacedEn, kSpacedEm };
enum class EllipsisStyle { kCharacter, kDots };

// Example, kClosedEm: "prices rose -- sharply" -> "prices rose—sharply".
void propose_dashes(std::string_view text, DashStyle style, EditSink& sink);

// Example, kCharacter: "It is a start..." -> "It is a start…".
void propose_ellipses(std::string_view text, EllipsisStyle style, EditSink& sink);

}  // namespace copydesk::glyphs
