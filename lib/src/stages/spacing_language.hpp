// Is a paragraph English? The default spacing rules are English conventions: French puts a
// space before "!" and "?", and its guillemets hold spaces, so an English rule must not "fix"
// a French paragraph. The pack declares its language ("en"); this check keeps the stage to
// text in that language. It counts short function words that only one side uses ("the",
// "which" against "les", "und", "los", "het"...): cheap, needs no model, and it is asked only
// for paragraphs where a rule wants to change something.
#pragma once

#include <string_view>

namespace copydesk::spacing {

struct LanguageEvidence {
  unsigned english = 0;  // English function words seen
  unsigned other = 0;    // French, German, Spanish, Italian, Portuguese or Dutch ones
  unsigned words = 0;    // all words seen

  unsigned total() const { return english + other; }
  // Enough words to say anything: a headline or a short quote is judged by its document.
  bool decisive() const { return total() >= 5; }
  // Clearly another language: function words are about a third of running text, so a French
  // paragraph is full of them, while an English team sheet naming "J van der Westhuyzen, F Du
  // Preez, O Du Randt" has a few among many names.
  bool other_language() const { return other >= 4 && other > 2 * english && 5 * other >= words; }
};

// Counts the function words of `text`. Example: "the cat and the dog" gives {3, 0};
// "le chat et le chien" gives {0, 3}.
LanguageEvidence count_function_words(std::string_view text);

}  // namespace copydesk::spacing
