// Invisible and stray characters, character by character: C1 controls that are Windows-1252
// text read as Latin-1, C0 controls and terminal escapes, zero-width spaces and joiners that
// scraping left inside words, a byte order mark in the middle of a text, soft hyphens, and
// (when the pack asks for it) odd spaces such as the no-break and thin space.
//
// Key decision: context keeps what is meant. A zero-width joiner inside an emoji sequence
// (👩‍💻) or between letters of a script that shapes with it (Devanagari, Arabic) stays; a
// zero-width space between Thai or Japanese words, where it marks word breaks, stays; a byte
// order mark at the very start of the document stays (the engine protects it as well).
#pragma once

#include "unicode_line.hpp"

namespace copydesk::unicode {

struct CharacterPolicy {
  bool c1_controls = false;         // U+0093 -> “ (the Windows-1252 character of that byte)
  bool control_characters = false;  // C0 controls but tab, line feed, carriage return, form feed
  bool invisible = false;           // zero-width space and joiner, stray byte order mark
  bool soft_hyphens = false;        // U+00AD
  bool odd_spaces = false;          // no-break, thin, hair, figure, ... space -> ' '
};

// Whether `cp` is a character the policy may change (a quick test while scanning).
// Example: is_policy_character(U'\u200B') is true, is_policy_character(U'é') false.
bool is_policy_character(char32_t cp);

// Applies `policy` to every character of `line`. `document_start` says that the line's first
// character is the first of the document (where a byte order mark belongs).
// Example: "con\u200Btainer" -> "container" with `invisible` on.
void apply_character_policy(RepairLine& line, const CharacterPolicy& policy, bool document_start);

}  // namespace copydesk::unicode
