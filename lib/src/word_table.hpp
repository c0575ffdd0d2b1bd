// A set of words numbered in the order they were added, for the typo stage's hot paths: tens
// of thousands of words loaded in a few milliseconds, and looked up with a hash that the
// caller may compute while it reads a token (no string built).
//
// Key decision: open addressing over one text arena. std::unordered_set<std::string> costs an
// allocation per word and, with a transparent hash, re-hashes the strings of a bucket on every
// lookup; here a word costs its bytes in the arena and 16 bytes of index, and a lookup compares
// a stored 64-bit hash before it compares bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class WordTable {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::uint64_t kSeed = 0x243F6A8885A308D3ULL;

  // The hash of a word: eight bytes at a time, so that a caller can hash a token of the text
  // as it reads it (hash_folded_ascii) and look it up without building a string.
  static std::uint64_t hash(std::string_view word) {
    std::uint64_t h = kSeed ^ word.size();
    std::size_t i = 0;
    for (; i + 8 <= word.size(); i += 8) h = mix(h, load(word.data() + i, 8));
    if (i < word.size()) h = mix(h, load(word.data() + i, word.size() - i));
    return finish(h);
  }

  // hash(lower-cased word) for a token of ASCII letters and digits, read in place at
  // `text[begin, end)`; false when the token is not ASCII (fold it and use hash()).
  //   hash_folded_ascii("The Cat", 0, 3, h) gives h == hash("the")
  static bool hash_folded_ascii(std::string_view text, std::size_t begin, std::size_t end,
                                std::uint64_t& out) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kLower = 0x2020202020202020ULL;
    const std::size_t length = end - begin;
    std::uint64_t h = kSeed ^ length;
    std::size_t i = begin;
    for (; i + 8 <= end; i += 8) {
      const std::uint64_t chunk = load(text.data() + i, 8);
      if (chunk & kHigh) return false;
      h = mix(h, chunk | kLower);  // letters and digits: setting 0x20 lower-cases, nothing more
    }
    if (i < end) {
      const std::size_t rest = end - i;
      const std::uint64_t mask = ~std::uint64_t{0} >> (64 - 8 * rest);
      const std::uint64_t chunk =
          (i + 8 <= text.size() ? load(text.data() + i, 8) : load(text.data() + i, rest)) & mask;
      if (chunk & kHigh) return false;
      h = mix(h, (chunk | kLower) & mask);
    }
    out = finish(h);
    return true;
  }

  void reserve(std::size_t words);
  // Adds `word` unless it is there; returns its number either way. insert("frist") == 0.
  std::uint32_t insert(std::string_view word) { return insert(word, hash(word)); }
  std::uint32_t insert(std::string_view word, std::uint64_t word_hash);
  // The number of `word`, or kNone. `word_hash` must be hash(word).
  std::uint32_t find(std::string_view word) const { return find(word, hash(word)); }
  std::uint32_t find(std::string_view word, std::uint64_t word_hash) const;
  bool contains(std::string_view word) const { return find(word) != kNone; }

  std::string_view word(std::uint32_t number) const {
    return std::string_view(arena_).substr(entries_[number].offset, entries_[number].length);
  }
  std::uint64_t hash_of(std::uint32_t number) const { return entries_[number].hash; }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  // Little-endian load of `n` (1..8) bytes, the rest zero.
  static std::uint64_t load(const char* p, std::size_t n) {
    std::uint64_t value = 0;
    std::memcpy(&value, p, n);
    return value;
  }
  static std::uint64_t mix(std::uint64_t h, std::uint64_t chunk) {
    h = (h ^ chunk) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
  }
  static std::uint64_t finish(std::uint64_t h) {
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
  }

  struct Entry {
    std::uint64_t hash;
    std::uint32_t offset;
    std::uint32_t length;
  };
  std::size_t slot_of(std::uint64_t word_hash) const {
    return static_cast<std::size_t>((word_hash * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  void grow(std::size_t slots);

  std::string arena_;
  std::vector<Entry> entries_;
  // Per slot: the high 32 bits of the word's hash, then its number + 1 (0: an empty slot), so
  // that a probe rejects most other words without reading their entry.
  std::vector<std::uint64_t> slots_;
  static std::uint64_t slot_value(std::uint64_t word_hash, std::uint32_t number) {
    return (word_hash & 0xFFFFFFFF00000000ULL) | (number + 1);
  }
  unsigned shift_ = 64;
};

}  // namespace copydesk
