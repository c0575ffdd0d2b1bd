// Whether a word stands at the start of a sentence, in the broad sense that measuring needs:
// only spaces, quotes and brackets between it and the start of a line or a . ! ?. The quality
// harness uses it to tell a sentence-start fix from a casing fix, and the corruption generator
// to keep the two classes apart. (The sentence stage decides with far more care.)
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// True when `pos` (a word's first byte) follows only spaces, quotes and brackets after the
// start of the text, a line break or a sentence mark. at_sentence_start("It ended. the", 10).
bool at_sentence_start(std::string_view text, std::size_t pos);

}  // namespace copydesk
