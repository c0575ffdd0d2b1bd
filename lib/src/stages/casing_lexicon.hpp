// The proper-noun rule: words and phrases of the lexicon written in lower case take their
// canonical form: "japan" -> "Japan", "the united States" -> "the United States",
// "brazil’s" -> "Brazil’s", "Franco-german" -> "Franco-German".
//
// Only lower-case words change. A word already capitalized differently ("Nato" beside the
// lexicon's "NATO"), written in capitals ("UNITED STATES") or in mixed case stays as it is: its
// writer chose that form. Then the ambiguity guards decide:
//   - an ambiguous word ("china", "turkey", "may", "excel") needs strong context: a possessive
//     ("china's economy"), a neighbouring name ("turkey and Greece"), a place compound
//     ("japan-based"), a date ("5 may", "in march."), a brand after a determiner ("the
//     simplified google doc"), or the document's own capital plus a preposition ("exports to
//     china" where the text also says "China"). "fine china", "a turkey dinner", "We may go"
//     and "wanted to google it" stay;
//   - a phrase of common words written all in lower case ("the united states") needs the
//     document to spell it capitalized elsewhere;
//   - a region that starts with a compass word ("western Europe", "east Asia") is a style
//     choice in lower case: it changes only where the document capitalizes the region
//     elsewhere.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "casing_document_names.hpp"
#include "common_words.hpp"
#include "proper_noun_lexicon.hpp"
#include "string_map.hpp"
#include "tokens.hpp"

namespace copydesk {

struct LexiconMatch {
  std::size_t first = 0;  // token index
  std::size_t count = 0;  // tokens
  const LexiconEntry* entry = nullptr;
};

// The longest entry that starts at token `index` and matches the following tokens (folded)
// with the entry's separators between them. `hash` is word_hash of the token.
// Example: in "the united States", index 1 matches "United States" (2 tokens).
std::optional<LexiconMatch> find_lexicon_match(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t index,
                                               std::uint64_t hash,
                                               const ProperNounLexicon& lexicon);

// The word before a change of casing may end the start of a phrase that begins up to this many
// words before it: "the Wall Street journal" at "Street", "the lord of the Rings" at "the".
constexpr std::size_t kWordsBeforePhraseTurn = 3;

// The longest entry that starts at token `last_start`, or at one of the kWordsBeforePhraseTurn
// words of the same casing (lower case or not) right before it, and runs on to token `reach`:
// "United states" (last_start "United", reach "states"), "Wall Street journal" (from "Street"),
// "house of Lords" (from "of"), "new york" (from "new", reaching "york").
std::optional<LexiconMatch> find_lexicon_phrase_through(std::string_view text,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t last_start, std::size_t reach,
                                                        const ProperNounLexicon& lexicon);

// Evidence from the document, built only when a rule first needs it.
class LazyEvidence {
 public:
  LazyEvidence(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}
  const DocumentEvidence& get() {
    if (!evidence_) evidence_.emplace(text_, tokens_);
    return *evidence_;
  }
  // How often the document capitalizes `lower` mid-sentence near byte `near`.
  std::size_t capitals(std::string_view lower, std::size_t near);

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::optional<DocumentEvidence> evidence_;
};

// The token indices of `match` to rewrite (each to its canonical word), or nothing when the
// match is already right or a guard says no.
std::vector<std::size_t> lexicon_changes(std::string_view text, const std::vector<Token>& tokens,
                                         const LexiconMatch& match,
                                         const ProperNounLexicon& lexicon, LazyEvidence& evidence);

// "the university of Lagos" -> "the University of Lagos": a lower-case `head` ("university")
// followed by "of" and a capitalized name, after "the", a preposition or a line start.
// Returns whether token `index` is such a head; `heads` holds the head words in lower case.
bool institution_of_place(std::string_view text, const std::vector<Token>& tokens,
                          std::size_t index, const StringSet& heads);

// "the Irish sports Council" -> "the Irish Sports Council": a lower-case word between a
// capitalized word and the word that ends an institution's name (`ends`, as written:
// "Council"), one space each side. Not a function word, an ordinal ("The first Academy
// Awards"), nor a verb's -ed or -ing form ("Blunkett suggested Parliament"), nor shorter than
// four letters; and the capital before is not a function word, nor an everyday word
// (`everyday`) that opens the sentence ("Home good Group").
bool inside_institution_name(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t index, const StringSet& ends, const CommonWords& everyday);

// "the international Olympic Committee" -> "the International Olympic Committee": a lower-case
// word of `starts` ("international") before up to four capitalized words, one space apart, the
// last of which ends an institution's name (`ends`). Only where nothing describes the word:
// after a function word ("the", "by"), a possessive ("the UK's"), a comma or at a line start;
// not "the inaugural international Booker Prize".
bool start_of_institution_name(std::string_view text, const std::vector<Token>& tokens,
                               std::size_t index, const StringSet& starts, const StringSet& ends);

}  // namespace copydesk
