// Verbs of speech ("said", "told", "insists"): the words that report what someone said. The
// casing stage reads a lower-case word before one as a name ("cairn said"), the sentence stage
// a quotation after one and a colon as a sentence ("Panke said: "we will"). One list serves
// both, so that a verb added for one is known to the other.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace copydesk {

// Whether `word`, in lower case as written, is a verb of speech in the past or present tense.
bool is_speech_verb(std::string_view word);
// Every verb of speech, for a list that adds words of its own to them.
std::span<const char* const> speech_verbs();

}  // namespace copydesk
