// ICU's sentence segmentation, asked about one position at a time: would ICU end a sentence
// before this word if it began with a capital? Unicode's sentence rules never break before a
// lower-case word after a full stop (they take it for an abbreviation), so the question is put
// with the word capitalized, in English with CLDR's abbreviation suppressions ("en@ss=standard":
// "Mr.", "Nov.", "Inc." do not end sentences). The text is read as UTF-8 through utext_openUTF8,
// so offsets are bytes of the document.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// Whether ICU puts a sentence boundary right before the word that starts at `word`, reading
// the text from `from` (the start of its line) with the word's first letter capitalized.
// Precondition: from <= word < text.size(). Example: in "the deal. the E.U." the second "the"
// is a boundary; in "In Nov. next year." "next" is not.
bool icu_sentence_boundary(std::string_view text, std::size_t from, std::size_t word);

}  // namespace copydesk
