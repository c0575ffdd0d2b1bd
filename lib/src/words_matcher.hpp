// Whole-word replacement for every `words` rule of a stage at once: one pass over the
// tokens, one hash lookup per token, whatever the number of rules or entries. Matching is
// case-insensitive and the replacement takes the casing of the word it replaces
// (dialog -> dialogue, Dialog -> Dialogue, DIALOG -> DIALOGUE); a mixed-case word (fRist)
// is only reported. A word joined to another by an apostrophe ("wasn" in "wasn't") or an
// underscore (an identifier) is not a word of its own and is never matched alone. A typo
// rule that follows the document's spelling writes a replacement with a British/American
// counterpart in the variety the words around it use (spelling_variety.hpp).
//
// Speed: most words of a text are in no list, so each token is hashed while it is read
// (ASCII lower-cased on the fly, no string built) and tested against a Bloom filter of the
// keys' hashes; only the few that pass are looked up in the table. The filter has about 16 bits
// a key, so its false-positive rate, and the cost per token, is the same for 10 or 60,000 keys.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "matcher.hpp"
#include "rule.hpp"
#include "word_table.hpp"

namespace copydesk {

class WordsMatcher : public Matcher {
 public:
  // Adds the entries of `rule`; an entry whose key another rule added earlier is taken over
  // by this rule (packs loaded later override earlier ones), except when the earlier rule's
  // examples run alone.
  void add_rule(const RuleDefinition& rule);
  void propose(const Document& document, EditSink& sink) const override;
  std::size_t size() const { return candidates_.size(); }
  // Leaves paragraphs that are clearly in another language alone (language_evidence.hpp):
  // Spanish "requiere" is no misspelling of "require". For English word lists.
  void set_english_only(bool english_only) { english_only_ = english_only; }

  // The key a phrase is stored under, and the problem with it if it cannot be one ("" if ok).
  static std::string check_key(std::string_view phrase);

 private:
  bool english_only_ = false;
  struct Candidate {
    std::string tail;  // folded text after the first word: "" for one word, " cent", "-mail"
    std::string replacement;
    std::uint32_t rule;  // index into rule_ids_
    std::uint32_t next;  // the next candidate of the same first word (tails longest first)
    bool suggest_only;   // an entry a person must decide
    bool cautious;       // the rule's typo guards apply (RuleDefinition::cautious)
  };
  // Per rule: the variety its replacements are written in and the pairs that give a
  // replacement its counterpart and tell a document's variety (RuleDefinition::locale,
  // document_spelling); null for a rule that writes its replacements as they are.
  struct RuleSpelling {
    Locale locale = Locale::kAny;
    std::shared_ptr<const SpellingVariants> variants;
  };
  // Length of the match of `tail` at `pos`, or npos.
  static std::size_t match_tail(std::string_view text, std::size_t pos, std::string_view tail);
  void rebuild_filter();
  // A blocked Bloom filter: the hash picks one 64-bit word of the filter and three bits in
  // it, so a test costs one memory access; with 16 bits a key, under 1% of the words that are
  // in no list get through to the table.
  static std::uint64_t filter_bits(std::uint64_t hash) {
    return (std::uint64_t{1} << (hash & 63)) | (std::uint64_t{1} << ((hash >> 6) & 63)) |
           (std::uint64_t{1} << ((hash >> 12) & 63));
  }
  std::size_t filter_word(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> filter_shift_);
  }
  bool may_hold(std::uint64_t hash) const {
    const std::uint64_t bits = filter_bits(hash);
    return (filter_[filter_word(hash)] & bits) == bits;
  }
  // A phrase key ("was'nt", "re-use") is in the filter under its first word and the class of
  // the byte that follows it, so that "was" and "re" in running text ("was a", "re ") do not
  // get through: classes are the byte folded to lower case, any space for ' ', any non-ASCII
  // byte for 0x80.
  static unsigned char byte_class(char c) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) return 0x80;
    if (b == '\t' || b == '\n' || b == '\r') return ' ';
    return (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b | 0x20) : b;
  }
  static std::uint64_t with_next(std::uint64_t hash, unsigned char next_class) {
    return hash ^ ((next_class + 1ULL) * 0xD6E8FEB86659FD93ULL);
  }
  // Whether the word with `hash`, followed by a byte of class `next_class`, may start a key.
  // Both live in the filter word of the first word's hash: one memory access a token.
  bool may_start(std::uint64_t hash, unsigned char next_class) const {
    const std::uint64_t word = filter_[filter_word(hash)];
    const std::uint64_t alone = filter_bits(hash),
                        phrase = filter_bits(with_next(hash, next_class));
    return (word & alone) == alone || (word & phrase) == phrase;
  }
  // What a cautious rule does with a word it found: change it, only report it, or leave it.
  enum class Caution { kFix, kReport, kSkip };
  static Caution caution(std::string_view text, std::size_t begin, std::size_t end, Casing casing);

  WordTable first_words_;             // folded first words of the keys
  std::vector<std::uint32_t> heads_;  // per first word: its first candidate
  std::vector<Candidate> candidates_;
  std::vector<std::string> rule_ids_;
  std::vector<RuleSpelling> rule_spellings_;  // per rule, as rule_ids_
  std::vector<std::uint64_t> filter_;         // bits set by the hashes of the first words
  unsigned filter_shift_ = 63;
};

}  // namespace copydesk
