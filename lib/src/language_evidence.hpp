// Is a paragraph English? The default rules are English conventions: French puts a space
// before "!" and "?", Spanish "requiere" is no misspelling of "require", so an English rule must
// not "fix" a paragraph in another language. The packs declare their language ("en"); this
// check keeps the spacing and typo stages to text in that language. It counts short function words
// that only one side uses ("the", "which" against "les", "und", "los", "het"...): cheap, needs no
// model, and it is asked only for paragraphs where a rule wants to change something.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace copydesk {

struct LanguageEvidence {
  unsigned english = 0;           // English function words seen
  unsigned other = 0;             // French, German, Spanish, Italian, Portuguese or Dutch ones
  unsigned words = 0;             // all words seen
  unsigned lower_case_words = 0;  // words that start with a lower-case ASCII letter

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

// The paragraph (between blank lines) that holds `pos`, as [begin, end) of `text`.
std::pair<std::size_t, std::size_t> paragraph_around(std::string_view text, std::size_t pos);

// True when the paragraph [begin, end) of `text` is clearly not English. A paragraph too short
// to say (a headline, a short quote) is judged with up to 2 KB of text around it, so that the
// cost does not grow with the document. With `cautious`, a short text that still says too little
// counts as another language when it has none of English's function words and either two of
// another language's or eight lower-case words or more (a team sheet of names is no other
// language): right
// for a rule whose mistake costs more than its miss ("Tu sais" is no misspelling of "says"),
// wrong for spacing, which must still fix "Smith et al.found".
bool other_language_paragraph(std::string_view text, std::size_t begin, std::size_t end,
                              bool cautious = false);

// other_language_paragraph(cautious) of the paragraph around a position, kept for the last
// paragraph asked. A scan asks once per candidate name, and one paragraph may hold thousands of
// them: asking each time would cost the paragraph's length per name.
class ParagraphLanguage {
 public:
  explicit ParagraphLanguage(std::string_view text) : text_(text) {}
  bool other_language_at(std::size_t pos);

 private:
  std::string_view text_;
  std::size_t begin_ = 1, end_ = 0;  // the paragraph asked last; none yet
  bool other_ = false;
};

}  // namespace copydesk
