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
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class WordTable {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // FNV-1a, byte by byte, so that a caller can hash a token while it reads it:
  //   std::uint64_t h = WordTable::kSeed; for (char c : word) h = WordTable::hash_step(h, c);
  static constexpr std::uint64_t kSeed = 0xcbf29ce484222325ULL;
  static std::uint64_t hash_step(std::uint64_t hash, unsigned char byte) {
    return (hash ^ byte) * 0x100000001b3ULL;
  }
  static std::uint64_t hash(std::string_view word) {
    std::uint64_t h = kSeed;
    for (char c : word) h = hash_step(h, static_cast<unsigned char>(c));
    return h;
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
