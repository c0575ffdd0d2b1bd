// Hashing words for lookups that must not grow with a list's size, and a bit filter that
// answers "certainly not listed" for most words of a text before any hash map is touched.
// Hashes ignore ASCII case, so "Japan", "JAPAN" and "japan" meet in one bucket.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace copydesk {

// A 64-bit hash of `word` with ASCII letters lower-cased, for the bit filter. Non-ASCII bytes
// are hashed as they are, so callers hash the case-folded form of non-ASCII words.
std::uint64_t folded_word_hash(std::string_view word);
// folded_word_hash of any word: ASCII words directly, others through fold_case.
std::uint64_t word_hash(std::string_view word);

namespace word_hash_detail {

inline constexpr std::uint64_t kSeed = 0xbf58476d1ce4e5b9ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
inline constexpr std::uint64_t kCaseBits = 0x2020202020202020ULL;

// One multiply per 8 bytes, and a shift that brings the high bits down to the low ones that
// the filters use.
inline std::uint64_t step(std::uint64_t hash, std::uint64_t bytes) {
  hash = (hash ^ bytes) * 0x9e3779b97f4a7c15ULL;
  return hash ^ (hash >> 29);
}

// The low `n` bytes of a word of eight, for 1 <= n <= 8.
inline std::uint64_t low_bytes(std::size_t n) {
  return ~std::uint64_t{0} >> (64 - 8 * n);
}

// token_hash of any token: non-ASCII words, and words near the end of the text.
std::uint64_t token_hash_any(std::string_view text, std::size_t offset, std::size_t length);

}  // namespace word_hash_detail

// word_hash of the word at [offset, offset + length) of `text`, reading the document eight
// bytes at a time: the hot path of the casing rules, inline for the ASCII words of up to 16
// bytes that make up nearly all of a text.
inline std::uint64_t token_hash(std::string_view text, std::size_t offset, std::size_t length) {
  using namespace word_hash_detail;
  const char* const word = text.data() + offset;
  if (length - 1 < 8 && offset + 8 <= text.size()) {
    std::uint64_t bytes;
    std::memcpy(&bytes, word, 8);
    const std::uint64_t mask = low_bytes(length);
    bytes &= mask;
    if ((bytes & kHighBits) == 0) return step(kSeed ^ length, bytes | (kCaseBits & mask));
  } else if (length - 9 < 8 && offset + 16 <= text.size()) {
    std::uint64_t first, second;
    std::memcpy(&first, word, 8);
    std::memcpy(&second, word + 8, 8);
    const std::uint64_t mask = low_bytes(length - 8);
    second &= mask;
    if (((first | second) & kHighBits) == 0) {
      return step(step(kSeed ^ length, first | kCaseBits), second | (kCaseBits & mask));
    }
  }
  return token_hash_any(text, offset, length);
}

// A filter of hashed words (two probes in one 64-bit word of 2^bits bits): false positives are
// possible, false negatives not. Size it at 16 bits or more per word, so that few lookups pass by
// mistake.
class WordFilter {
 public:
  explicit WordFilter(unsigned bits = 16)
      : mask_((std::uint64_t{1} << bits) - 1), bits_((mask_ + 1) / 64) {}
  // A filter of about 16 bits per word for `words` words, between 2^12 and 2^24 bits.
  static WordFilter for_words(std::size_t words) { return WordFilter(bits_for(words)); }
  // Both probes fall in one 64-bit word, so that a lookup reads memory once.
  void add(std::uint64_t hash) { bits_[(hash & mask_) >> 6] |= probes(hash); }
  bool may_contain(std::uint64_t hash) const {
    const std::uint64_t probe = probes(hash);
    return (bits_[(hash & mask_) >> 6] & probe) == probe;
  }
  void clear() { std::fill(bits_.begin(), bits_.end(), 0); }
  // Empties the filter and sizes it as for_words(words) would, in the memory it has when that
  // is enough: a filter made again for each document of a run allocates once.
  void reset_for_words(std::size_t words) {
    mask_ = (std::uint64_t{1} << bits_for(words)) - 1;
    bits_.assign((mask_ + 1) / 64, 0);
  }
  // Every word that `other` holds, whatever its size: both sizes are powers of two, so a word's
  // 64-bit slot in the smaller filter is its slot in the larger one modulo the smaller's size.
  void add_all(const WordFilter& other) {
    const std::size_t ours = bits_.size(), theirs = other.bits_.size();
    for (std::size_t i = 0; i < std::max(ours, theirs); ++i)
      bits_[i % ours] |= other.bits_[i % theirs];
  }
  std::size_t bit_count() const { return bits_.size() * 64; }
  // One filter holding the words of both, the size of the larger: a probe of it answers "may
  // be in either".
  static WordFilter either(const WordFilter& a, const WordFilter& b) {
    WordFilter both(
        static_cast<unsigned>(std::bit_width(std::max(a.bit_count(), b.bit_count())) - 1));
    both.add_all(a);
    both.add_all(b);
    return both;
  }

  // The filter's bits and mask, for a loop that keeps them in registers. View{} holds nothing.
  struct View {
    const std::uint64_t* bits = kNothing;
    std::uint64_t mask = 63;
    bool may_contain(std::uint64_t hash) const {
      const std::uint64_t probe = probes(hash);
      return (bits[(hash & mask) >> 6] & probe) == probe;
    }
    // may_contain, reading the 64-bit word that `slot` picks (a hash, or 0) instead of the
    // one `hash` picks: a loop that need not ask about some words points them at the first
    // word, which stays cached, and ignores the answer. The probe bits are `hash`'s, which the
    // loop has already computed for its other filters.
    bool may_contain(std::uint64_t hash, std::uint64_t slot) const {
      const std::uint64_t probe = probes(hash);
      return (bits[(slot & mask) >> 6] & probe) == probe;
    }
  };
  View view() const { return {bits_.data(), mask_}; }

 private:
  static constexpr std::uint64_t kNothing[1] = {0};
  static unsigned bits_for(std::size_t words) {
    unsigned bits = 12;
    while (bits < 24 && (std::size_t{1} << bits) < words * 16) ++bits;
    return bits;
  }
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
  // The word_hash of each of `words` (strings or string_views): a fixed list for the hot path.
  template <typename Words>
  static WordHashSet of(const Words& words) {
    WordHashSet set;
    for (const std::string_view word : words) set.add(word_hash(word));
    return set;
  }

  void add(std::uint64_t hash);
  // Room for `count` hashes in all, so that adding them does not grow the table step by step.
  void reserve(std::size_t count);
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
  void rehash(std::size_t slots);
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace copydesk
