// Where a word stands in its sentence, in the two senses the generator needs.
//
// `at_sentence_start` is the broad test that `copydesk eval` uses to tell a sentence-start
// fix from a casing fix (only spaces, quotes and brackets between the word and the start of a
// line or a . ! ?). The generator uses the same test, so that a word it lower-cases as a name
// is scored as casing and never as sentence; a word that fails it is "mid-sentence".
//
// `at_clear_sentence_start` is the narrow test for injecting a sentence-start error: the word
// opens a paragraph line or follows exactly ". ", "! " or "? ", where any reader agrees that
// a capital is due.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk::corrupt {

bool at_sentence_start(std::string_view text, std::size_t pos);
bool at_clear_sentence_start(std::string_view text, std::size_t pos);

}  // namespace copydesk::corrupt
