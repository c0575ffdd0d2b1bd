// Hashing words for lookups that must not grow with a list's size, and a bit filter that
// answers "certainly not listed" for most words of a text before any hash map is touched.
// Hashes ignore ASCII case, so "Japan", "JAPAN" and "japan" meet in one bucket.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace copydesk {

// A 64-bit hash of `word` with ASCII letters lower-cased, for the bit filter. Non-ASCII bytes
// are hashed as they are, so callers hash the case-folded form of non-ASCII words.
std::uint64_t folded_word_hash(std::string_view word);
// folded_word_hash of any word: ASCII words directly, others through fold_case.
std::uint64_t word_hash(std::string_view word);
// word_hash of the word at [offset, offset + length) of `text`, reading the document eight
// bytes at a time where it can: the hot path of the casing rules.
std::uint64_t token_hash(std::string_view text, std::size_t offset, std::size_t length);

// A filter of hashed words (two probes in one 64-bit word of 2^bits bits): false positives are possible, false
// negatives not. Size it at 16 bits or more per word, so that few lookups pass by mistake.
class WordFilter {
 public:
  explicit WordFilter(unsigned bits = 16)
      : mask_((std::uint64_t{1} << bits) - 1), bits_((mask_ + 1) / 64) {}
  // A filter of about 16 bits per word for `words` words, between 2^12 and 2^24 bits.
  static WordFilter for_words(std::size_t words) {
    unsigned bits = 12;
    while (bits < 24 && (std::size_t{1} << bits) < words * 16) ++bits;
    return WordFilter(bits);
  }
  // Both probes fall in one 64-bit word, so that a lookup reads memory once.
  void add(std::uint64_t hash) { bits_[(hash & mask_) >> 6] |= probes(hash); }
  bool may_contain(std::uint64_t hash) const {
    const std::uint64_t probe = probes(hash);
    return (bits_[(hash & mask_) >> 6] & probe) == probe;
  }
  void clear() { std::fill(bits_.begin(), bits_.end(), 0); }

 private:
  static std::uint64_t probes(std::uint64_t hash) {
    return (1ULL << ((hash >> 32) & 63)) | (1ULL << ((hash >> 44) & 63));
  }
  std::uint64_t mask_;
  std::vector<std::uint64_t> bits_;
};

// A set of word hashes (open addressing), for a membership test that costs one probe whatever
// the set's size. Two words with the same 64-bit hash are taken for one: harmless where the
// answer is a hint, as "probably a common word" is.
class WordHashSet {
 public:
  void add(std::uint64_t hash);
  bool contains(std::uint64_t hash) const {
    if (slots_.empty()) return false;
    if (hash == 0) hash = 1;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == hash) return true;
      if (slots_[i] == 0) return false;
    }
  }
  std::size_t size() const { return size_; }
  // Every hash held, for merging sets.
  template <typename Each>
  void for_each(Each each) const {
    for (const std::uint64_t slot : slots_) {
      if (slot != 0) each(slot);
    }
  }

 private:
  void grow();
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace copydesk
