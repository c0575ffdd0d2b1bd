#include "word_filter.hpp"

#include <algorithm>
#include <cstring>

#include "casing.hpp"

namespace copydesk {

namespace {

using word_hash_detail::kCaseBits;
using word_hash_detail::kHighBits;
using word_hash_detail::kSeed;
using word_hash_detail::step;

// Up to 8 bytes of `word` from `pos`, zero-padded.
std::uint64_t load(std::string_view word, std::size_t pos) {
  const std::size_t n = std::min<std::size_t>(8, word.size() - pos);
  std::uint64_t bytes = 0;
  if (n == 8) {
    std::memcpy(&bytes, word.data() + pos, 8);
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      bytes |= std::uint64_t{static_cast<unsigned char>(word[pos + i])} << (8 * i);
    }
  }
  return bytes;
}

std::uint64_t low_bytes_mask(std::size_t n) {
  return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
}

}  // namespace

std::uint64_t folded_word_hash(std::string_view word) {
  std::uint64_t hash = kSeed ^ word.size();
  for (std::size_t pos = 0; pos < word.size(); pos += 8) {
    std::uint64_t bytes = load(word, pos);
    // Setting bit 5 of every byte lower-cases ASCII letters and leaves digits as they are: the
    // only ASCII bytes of a word token.
    if ((bytes & kHighBits) == 0) bytes |= kCaseBits & low_bytes_mask(word.size() - pos);
    hash = step(hash, bytes);
  }
  return hash;
}

std::uint64_t word_hash(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size(); pos += 8) {
    if ((load(word, pos) & kHighBits) != 0) return folded_word_hash(fold_case(word));
  }
  return folded_word_hash(word);
}

std::uint64_t word_hash_detail::token_hash_any(std::string_view text, std::size_t offset,
                                               std::size_t length) {
  // One pass over the token, eight bytes at a time straight from the document: the same value
  // as folded_word_hash for an ASCII word, and word_hash (through fold_case) for any other.
  if (length == 0) {  // as the earlier eight-byte path hashed it
    return offset + 8 <= text.size() ? step(kSeed, 0) : word_hash({});
  }
  const char* const word = text.data() + offset;
  std::uint64_t hash = kSeed ^ length;
  std::size_t pos = 0;
  for (; pos + 8 <= length; pos += 8) {
    std::uint64_t bytes;
    std::memcpy(&bytes, word + pos, 8);
    if ((bytes & kHighBits) != 0) return word_hash(text.substr(offset, length));
    hash = step(hash, bytes | kCaseBits);
  }
  if (pos < length) {
    const std::size_t n = length - pos;
    std::uint64_t bytes = 0;
    if (offset + pos + 8 <= text.size()) {
      std::memcpy(&bytes, word + pos, 8);
      bytes &= low_bytes_mask(n);
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        bytes |= std::uint64_t{static_cast<unsigned char>(word[pos + i])} << (8 * i);
      }
    }
    if ((bytes & kHighBits) != 0) return word_hash(text.substr(offset, length));
    hash = step(hash, bytes | (kCaseBits & low_bytes_mask(n)));
  }
  return hash;
}

void WordHashSet::add(std::uint64_t hash) {
  if (hash == 0) hash = 1;
  if ((size_ + 1) * 2 > slots_.size()) grow();
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    if (slots_[i] == hash) return;
    if (slots_[i] == 0) {
      slots_[i] = hash;
      ++size_;
      return;
    }
  }
}

void WordHashSet::reserve(std::size_t count) {
  std::size_t slots = std::max<std::size_t>(slots_.size(), 1024);
  while (slots < count * 2) slots *= 2;
  if (slots != slots_.size()) rehash(slots);
}

void WordHashSet::grow() {
  rehash(slots_.empty() ? 1024 : slots_.size() * 2);
}

void WordHashSet::rehash(std::size_t slots) {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(slots, 0);
  mask_ = slots_.size() - 1;
  size_ = 0;
  for (const std::uint64_t slot : old) {
    if (slot != 0) add(slot);
  }
}

}  // namespace copydesk
