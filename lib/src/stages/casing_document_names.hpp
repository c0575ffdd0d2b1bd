// Names the document knows: a word that the same text writes with a capital in the middle of a
// sentence is a name as far as that text is concerned ("said Chinedu Okafor, an economist"),
// so a lower-case copy of it elsewhere ("okafor") is a casing error.
//
// Evidence is gathered once per pass: every capitalized word that no sentence start explains.
// The capital of a sentence start proves nothing ("Happoshu has been..." opens a sentence, and
// "happoshu" is a drink). A lower-case word takes the document's form when
//   - it is not a common English word (CommonWords): "okafor" -> "Okafor". A name after a title
//     counts as the document's capital too ("Dr. okafor", which the title rule capitalizes);
//   - it is a common word, capitalized mid-sentence on a prose line (a headline's capitals
//     prove nothing about "boost"), and the document shows the same phrase capitalized: a title
//     before it ("Mr brown" where the text also has "Mr Brown"), the same capitalized neighbour
//     ("Harry potter" beside two "Harry Potter"; "the beach Boys" beside "the Beach boys"), the
//     same words around a function word ("Call of duty" beside "Call of Duty"), or a place in
//     the sentence that only a name takes there: a speaker or a subject ("But real could be
//     drawn"), an owner ("improving villa's fortunes"), a plural after "the" ("allows the
//     scarlets to"). A common word alone with nothing of the kind ("the bill" beside "Bill
//     Gates") is never changed. docs/casing.md lists each kind with its guards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "census_names.hpp"
#include "common_words.hpp"
#include "proper_noun_lexicon.hpp"
#include "string_map.hpp"
#include "tokens.hpp"
#include "word_filter.hpp"

namespace copydesk {

// How far evidence reaches: a word's evidence is taken within this many bytes either side of it
// (all of a news article; a stretch of a book-length text).
inline constexpr std::size_t kEvidenceWindow = 16 * 1024;
// The casing scan's lists (the evidence's and the words due) of a text up to this size stay
// with the thread for the next text, with their memory; a longer text's are freed.
inline constexpr std::size_t kLongestRecycledText = 1 << 20;

class DocumentEvidence {
 public:
  // Scans the tokens once. `text` and `tokens` must outlive the evidence.
  DocumentEvidence(std::string_view text, const std::vector<Token>& tokens);
  // Leaves its lists to the thread's next evidence (Spare).
  ~DocumentEvidence();
  DocumentEvidence(const DocumentEvidence&) = delete;
  DocumentEvidence& operator=(const DocumentEvidence&) = delete;

  // Cheap pre-check with word_hash of a lower-case word: whether the document may capitalize it
  // within the evidence window around byte `near`.
  bool may_know(std::uint64_t hash, std::size_t near) const {
    if (filters_.size() == 1) return filters_.front().may_contain(hash);  // a text of one stretch
    return may_know_in_stretches(hash, near);
  }

  // The words a casing rule may change, found in the same pass as the capitals: the lower-case
  // words of three letters or more, and of one ("i"). Token indices, in order.
  const std::vector<std::uint32_t>& lower_case_words() const { return lower_case_words_; }

  // may_know's filter when the text is one stretch (an article), for a loop over its words;
  // nothing for a longer text.
  const WordFilter* single_filter() const {
    return filters_.size() == 1 ? &filters_.front() : nullptr;
  }

  // The tokens that are titles followed by a lower-case word ("Dr" of "Dr. okafor"), in order.
  const std::vector<std::uint32_t>& titles() const { return titles_; }
  // The Title-case tokens and acronyms followed by a lower-case word, in order: "Kate" of "Kate
  // winslet", "BBC" of "BBC sport", and "The" of "The vote" (sentence starts too).
  const std::vector<std::uint32_t>& capitals_before_lower_case() const {
    return capitals_before_lower_case_;
  }
  // The Title-case or mixed-case tokens that follow a lower-case word, in order: "Blair" of
  // "tony Blair", "McCarthy" of "nick McCarthy" (and "iPod" of "the iPod").
  const std::vector<std::uint32_t>& capitals_after_lower_case() const {
    return capitals_after_lower_case_;
  }

  // The capitalized occurrences (token indices) of the word that `lower` spells in lower case,
  // within 16 KB either side of byte `near` (all of a news article; a stretch of a longer
  // text): with `strict`, those mid-sentence on prose lines; otherwise all that no sentence
  // start explains (also "- Michael Howard", "(Okafor)", a headline's "Time Warner").
  // Example: for "said Chinedu Okafor, an economist", capitalized("okafor", h, 0) holds one index.
  std::vector<std::uint32_t> capitalized(std::string_view lower, std::uint64_t hash,
                                         std::size_t near, bool strict = true) const;

  // The document's spelling of `lower` when all its capitalized occurrences agree on one
  // ("Okafor", "McDonald"); nothing when they disagree.
  std::optional<std::string_view> form(const std::vector<std::uint32_t>& occurrences) const;
  // The same, as the replacement a rule proposes.
  std::optional<std::string> form_to_write(const std::vector<std::uint32_t>& occurrences) const {
    const auto written = form(occurrences);
    return written ? std::optional<std::string>(*written) : std::nullopt;
  }

  // Whether the exact phrase `words` ("North", "Atlantic", separated as `separators` say)
  // occurs near byte `except` but not at it. Its last word must be capitalized (it is found
  // through the capitalized words). Example: contains_phrase({"North", "Atlantic"}, {" "}, 0)
  // for a text that says "the North Atlantic" at offset 30.
  bool contains_phrase(const std::vector<std::string>& words,
                       const std::vector<std::string>& separators, std::size_t except) const;

  // How many capitalized occurrences capitalized(lower, hash, near, strict) would return.
  std::size_t count_capitalized(std::string_view lower, std::uint64_t hash, std::size_t near,
                                bool strict = true) const;
  // Whether at least `times` of the capitals near byte `near` that no sentence start explains
  // (capitalized(…, strict = false)) have `hash`: a first sift, by the hash alone, before a
  // rule reads the words.
  bool capitalized_at_least(std::uint64_t hash, std::size_t near, std::size_t times) const;
  // Those of the mid-sentence capitals that stand alone, with no longer name going on after them
  // (name_goes_on): "the Premiership," counts, "the Cabinet Office" does not.
  std::size_t count_capitalized_alone(std::string_view lower, std::uint64_t hash,
                                      std::size_t near) const;

 private:
  // The lists of the evidence this thread made last, emptied but with their memory: a run
  // over many documents makes one evidence for each, and allocating its six lists anew each
  // time, with malloc's and free's branches, was some 8% of the evidence's cost (callgrind).
  struct Spare;
  static Spare& spare();
  // Trades this evidence's lists with `lists`, all six.
  void swap_lists(Spare& lists);

  void build_index() const;
  bool may_know_in_stretches(std::uint64_t hash, std::size_t near) const;
  // Token indices [first, last) within the evidence window around byte `near`.
  std::pair<std::uint32_t, std::uint32_t> window(std::size_t near) const;
  // Calls `each(occurrence)` for the occurrences with `hash` near `near`, in text order, until
  // it returns false.
  template <typename Each>
  void for_each_near(std::uint64_t hash, std::size_t near, Each each) const;

  std::string_view text_;
  const std::vector<Token>& tokens_;
  struct Occurrence {
    std::uint64_t hash = 0;
    std::uint32_t token = 0;
    bool strict = false;  // mid-sentence on a prose line
    bool operator<(const Occurrence& other) const {
      return hash != other.hash ? hash < other.hash : token < other.token;
    }
  };
  std::vector<Occurrence> evidence_;  // in text order; hashes filled in by build_index()
  // One filter per stretch of kEvidenceWindow bytes, holding the capitals of that stretch and
  // its two neighbours, so that a lookup in a long text asks one filter about the stretches
  // around the word.
  std::vector<WordFilter> filters_;
  std::vector<std::uint32_t> titles_;
  std::vector<std::uint32_t> capitals_before_lower_case_;
  std::vector<std::uint32_t> capitals_after_lower_case_;
  std::vector<std::uint32_t> lower_case_words_;
  // `evidence_` sorted by hash, built on first lookup.
  mutable std::vector<Occurrence> index_;
  mutable bool indexed_ = false;
};

// How often `word` occurs as a whole word, as written, within 16 KB either side of `pos`: the
// whole of a news article, and a bounded stretch of a book-length text (so that the cost of a
// count does not grow with the length of the text).
// Occurrences right after `not_after` or right before `not_before` (compared ignoring ASCII
// case; empty for none) are not counted: "silk" of "Kilroy-silk", with not_after "Kilroy-".
std::size_t count_word_near(std::string_view text, std::string_view word, std::size_t pos,
                            std::string_view not_after = {}, std::string_view not_before = {});

// Whether the text writes `word` (lower case, as written) `copies` times or more near `pos` and
// never with a capital: its own spelling of a name ("groff" in a program's manual, "tmux").
bool written_only_in_lower_case(std::string_view text, std::string_view word, std::size_t pos,
                                std::size_t copies);

// Whether token `index` is followed by a verb of speech or an auxiliary: "cairn said", "ford
// declined", "arbor was".
bool before_speech_verb(std::string_view text, const std::vector<Token>& tokens, std::size_t index);

// Whether token `index` may be the subject of such a verb: nothing before it on the line, a
// mark, or a function word that is no determiner, auxiliary or "to", and no determiner before a
// word that describes it. "But cairn said", ", ford declined", "said arbor was"; not "the bank
// said", "the new act had", "can be shot will".
bool may_speak(std::string_view text, const std::vector<Token>& tokens, std::size_t index);

// Whether "the" (in any case) stands before token `index`.
inline bool after_the(const std::vector<Token>& tokens, std::size_t index) {
  static const std::uint64_t kThe = word_hash("the");
  return index > 0 && tokens[index - 1].hash == kThe;
}
// Whether nothing around token `index` describes it, as a person's name stands: no
// determiner, adjective, auxiliary or "of" before it ("a brown envelope", "the rule of law"), no
// noun after it ("miller moths"); a function word, a verb in -ed or -s, or a mark may be there
// ("the box and miller outjumped", "With just fuller as").
bool undescribed_name_position(std::string_view text, const std::vector<Token>& tokens,
                               std::size_t index);
// Whether a number stands right before or after token `index`: "50 cent", "billboard 200".
// Inline: the scan asks it of many words. A number has no letters, so no casing.
inline bool beside_a_number(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t index) {
  auto digit = [&](std::size_t i) {
    return tokens[i].casing == Casing::kNone && text[tokens[i].offset] >= '0' &&
           text[tokens[i].offset] <= '9';
  };
  return (index > 0 && digit(index - 1)) || (index + 1 < tokens.size() && digit(index + 1));
}
// Whether a word that introduces a name stands before token `index`, in any case: "band" of
// "rock band Muse", "called", "nicknamed", "quartet".
bool after_a_naming_word(const std::vector<Token>& tokens, std::size_t index);

// Whether a function word and a capitalized word stand before or after token `index`, or two
// function words and a capitalized word: "Call of duty", "hide and Seek", "Shaun of the dead".
// The cheap test that phrase_across_function_words starts with.
bool capital_over_a_function_word(const std::vector<Token>& tokens, std::size_t index);

// Whether tokens `first` to `last` (token `index` among them) stand elsewhere with that token
// capitalized, at one of `capitals` (token indices), and the other words and the gaps between
// them as here: for "cesar organisers", whether "Cesar organisers" stands elsewhere.
bool phrase_stands_elsewhere(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t index, std::size_t first, std::size_t last,
                             const std::vector<std::uint32_t>& capitals);

// A word inside a title or a name joined by function words, where the article writes the same
// words with it capitalized: "Call of duty" beside "Call of Duty", "Shaun of the dead" beside
// "Shaun of the Dead", "hide and Seek" beside "Hide and Seek". The phrase runs from the word
// to the nearest capitalized word over one or two function words (not "the end of the year"
// beside "Player of the Year", which has no capital before "of"; nor "In the year 2000" beside
// "In the Year of the Dragon": a function word capitalized by the sentence starts no phrase).
// Other copies of the word in lower case must be copies of the phrase. document_form asks it
// too; the scan asks it alone where only a capital over function words is near.
std::optional<std::string> phrase_across_function_words(std::string_view text,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t index, std::uint64_t hash,
                                                        const DocumentEvidence& evidence);

// The word lists document_form asks; all but `common` may be null.
struct DocumentNameLists {
  const CommonWords& common;
  const CommonWords* frequent;  // everyday words
  const ProperNounLexicon* lexicon;
  const CensusNames* census;  // people's names: first name "Lindsay", not "Piccadilly"
  // The lower-case words that follow a title somewhere in the document ("okafor" of
  // "Dr. okafor").
  const StringSet* title_names;
};

// Decides whether lower-case token `index` should take the document's capitalized form, and
// returns that form. See the header comment for the evidence it needs.
std::optional<std::string> document_form(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t index, std::uint64_t hash,
                                         const DocumentEvidence& evidence,
                                         const DocumentNameLists& lists);

}  // namespace copydesk
