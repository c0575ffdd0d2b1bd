// The casing scan's first look at a word: whether any rule may change it or start a change
// there. Most words of a text need nothing. The evidence's pass over the tokens has already
// picked out the lower-case words (DocumentEvidence::lower_case_words), so the sieve visits
// those alone, with a few filter probes and one branch each, and the scan takes the rules'
// path (and its branches) only for the few words that need it.
//
// The sieve lets through a superset of the words the rules act on: a lower-case word of three
// letters or more that a filter of the lexicon and the dictionary's names, of the document's
// names or of the names after titles may hold; a lone "i"; the words
// that the rules found ahead from the evidence's capitals (first names, surnames, honorifics,
// words of institutions' names, titles before a name as in "Dr okafor", and capitals or
// acronyms that may start a lexicon phrase as in "United states", "BBC sport"); and the last
// word.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "casing_document_names.hpp"
#include "tokens.hpp"
#include "word_filter.hpp"

namespace copydesk {

struct CasingSieve {
  const std::vector<Token>* tokens = nullptr;
  // The lower-case words of three letters or more and "i", in order
  // (DocumentEvidence::lower_case_words): the only words the sieve need look at.
  const std::vector<std::uint32_t>* words = nullptr;
  // Probed with the hash of a lower-case word of three letters or more. An empty View when
  // the rules are off.
  WordFilter::View names;     // the lexicon's first words and the dictionary's names, in one
  WordFilter::View document;  // the document's names (a text of one stretch)
  const WordFilter* title_names = nullptr;  // the names after titles, if any
  // The document's names of a text of several stretches, asked word by word; or null.
  const DocumentEvidence* stretches = nullptr;
  bool pronoun_i = false;  // casing.pronoun-i is on
  // The hash of "i": comparing it spares the sieve a read of the text at every word.
  std::uint64_t pronoun_hash = word_hash("i");

  // The first token at or after `index` that may matter; the number of tokens when none does.
  // `name_due` is the index of the next word that a rule found ahead from the evidence's
  // capitals (a first name before a capital, a title, a lexicon phrase's start...); it may be
  // more than any index. `index` must not go back from one call to the next.
  std::size_t next(std::size_t index, std::size_t name_due) {
    // Two loops: most texts need neither the names after titles nor stretches, and a loop
    // without them keeps all it reads in registers.
    return stretches != nullptr || title_names != nullptr ? next_from<true>(index, name_due)
                                                          : next_from<false>(index, name_due);
  }

  // Not inlined into the scan, whose many locals would push the loop's filters out of the
  // registers.
  template <bool kMore>
  [[gnu::noinline]] std::size_t next_from(std::size_t index, std::size_t name_due) {
    // The word due and the last word end the search.
    const std::size_t stop = std::min(tokens->size() - 1, name_due);
    if (index >= stop) return index;
    // Everything the loop reads, in registers.
    const Token* const all = tokens->data();
    const std::uint32_t* word = words->data() + next_word_;
    const std::uint32_t* const end = words->data() + words->size();
    const WordFilter::View names = this->names;
    const WordFilter::View document = this->document;
    // The hash of "i", or when the rule is off a value taken as no word's (a word has it once
    // in 2^64).
    const std::uint64_t pronoun = pronoun_i ? pronoun_hash : ~std::uint64_t{0};
    while (word < end && *word < index) ++word;
    for (; word < end && *word < stop; ++word) {
      const Token& token = all[*word];
      const std::uint64_t hash = token.hash;
      bool known = document.may_contain(hash) | names.may_contain(hash);
      if constexpr (kMore) known |= more_known(hash, token.offset);
      if (((token.length > 2) & known) | (hash == pronoun)) break;
    }
    next_word_ = static_cast<std::size_t>(word - words->data());
    return word < end && *word < stop ? *word : stop;
  }

  // The probes that a text of one stretch without names after titles does without.
  bool more_known(std::uint64_t hash, std::size_t offset) const {
    return (title_names != nullptr && title_names->may_contain(hash)) ||
           (stretches != nullptr && stretches->may_know(hash, offset));
  }

 private:
  std::size_t next_word_ = 0;  // into *words: the first at or after the last call's index
};

}  // namespace copydesk
