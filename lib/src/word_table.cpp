#include "word_table.hpp"

namespace copydesk {

void WordTable::reserve(std::size_t words) {
  entries_.reserve(words);
  arena_.reserve(words * 9);
  std::size_t slots = 16;
  while (slots < words * 2) slots *= 2;
  if (slots > slots_.size()) grow(slots);
}

void WordTable::grow(std::size_t slots) {
  unsigned bits = 0;
  while ((std::size_t{1} << bits) < slots) ++bits;
  slots_.assign(std::size_t{1} << bits, 0);
  shift_ = 64 - bits;
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t number = 0; number < entries_.size(); ++number) {
    std::size_t slot = slot_of(entries_[number].hash);
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = slot_value(entries_[number].hash, number);
  }
}

std::uint32_t WordTable::find(std::string_view word, std::uint64_t word_hash) const {
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t high = word_hash & 0xFFFFFFFF00000000ULL;
  for (std::size_t slot = slot_of(word_hash);; slot = (slot + 1) & mask) {
    const std::uint64_t value = slots_[slot];
    if (value == 0) return kNone;
    if ((value & 0xFFFFFFFF00000000ULL) != high) continue;
    const auto number = static_cast<std::uint32_t>(value & 0xFFFFFFFFu) - 1;
    const Entry& entry = entries_[number];
    if (entry.hash == word_hash && entry.length == word.size() &&
        std::string_view(arena_).substr(entry.offset, entry.length) == word) {
      return number;
    }
  }
}

std::uint32_t WordTable::insert(std::string_view word, std::uint64_t word_hash) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow(slots_.empty() ? 16 : slots_.size() * 2);
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = slot_of(word_hash);
  const std::uint64_t high = word_hash & 0xFFFFFFFF00000000ULL;
  for (;; slot = (slot + 1) & mask) {
    const std::uint64_t value = slots_[slot];
    if (value == 0) break;
    if ((value & 0xFFFFFFFF00000000ULL) != high) continue;
    const auto held = static_cast<std::uint32_t>(value & 0xFFFFFFFFu) - 1;
    const Entry& entry = entries_[held];
    if (entry.hash == word_hash && entry.length == word.size() &&
        std::string_view(arena_).substr(entry.offset, entry.length) == word) {
      return held;
    }
  }
  const auto number = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({word_hash, static_cast<std::uint32_t>(arena_.size()),
                      static_cast<std::uint32_t>(word.size())});
  arena_.append(word);
  slots_[slot] = slot_value(word_hash, number);
  return number;
}

}  // namespace copydesk
