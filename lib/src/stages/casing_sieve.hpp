// The casing scan's first look at a word: whether any rule may change it or start a change
// there. Most words of a text need nothing, and whether one does depends on its casing and
// length, which vary from word to word as no branch predictor can follow; the sieve tells them
// apart with a hash, a few filter probes and no branch on the word, so that the scan takes the
// rules' path (and its branches) only for the few words that need it.
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
  // more than any index.
  std::size_t next(std::size_t index, std::size_t name_due) const {
    // Two loops: most texts need neither the names after titles nor stretches, and a loop
    // without them keeps all it reads in registers.
    return stretches != nullptr || title_names != nullptr ? next_from<true>(index, name_due)
                                                          : next_from<false>(index, name_due);
  }

  template <bool kMore>
  std::size_t next_from(std::size_t index, std::size_t name_due) const {
    // Everything the loop reads, in registers.
    const Token* const all = tokens->data();
    const Token* const last = all + tokens->size() - 1;
    const Token* const due = all + std::min(name_due, tokens->size());
    const WordFilter::View names = this->names;
    const WordFilter::View document = this->document;
    // The hash of "i", or when the rule is off a value taken as no word's (a word has it once
    // in 2^64).
    const std::uint64_t pronoun_hash = pronoun_i ? this->pronoun_hash : ~std::uint64_t{0};
    // The word due, like the last word, ends the loop: one test a word fewer.
    const Token* const stop = std::min(last, due);
    const Token* token = all + index;
    for (; token < stop; ++token) {
      const std::uint64_t hash = token->hash;
      const bool lower = token->casing == Casing::kLower;
      const bool long_lower = lower & (token->length > 2);
      // The names are many (a filter larger than the first-level cache): only a lower-case
      // word of three letters or more reads it, the others read its first word, which stays
      // cached.
      const std::uint64_t names_slot = hash & (std::uint64_t{0} - std::uint64_t{long_lower});
      bool known = document.may_contain(hash) | names.may_contain(hash, names_slot);
      if constexpr (kMore) known |= more_known(hash, token->offset);
      if (lower & ((long_lower & known) | (hash == pronoun_hash))) break;
    }
    return static_cast<std::size_t>(token - all);
  }

  // The probes that a text of one stretch without names after titles does without.
  bool more_known(std::uint64_t hash, std::size_t offset) const {
    return (title_names != nullptr && title_names->may_contain(hash)) ||
           (stretches != nullptr && stretches->may_know(hash, offset));
  }
};

}  // namespace copydesk
