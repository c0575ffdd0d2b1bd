#include "word_chunks.hpp"

#include <algorithm>

namespace copydesk::corrupt {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

WordChunks::WordChunks(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i == text.size()) break;
    const std::size_t begin = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    chunks_.push_back({begin, i});
  }
}

bool WordChunks::touched(ByteRange range, std::size_t& first, std::size_t& last) const {
  // The first chunk that ends at or after range.begin, then every chunk starting at or before
  // range.end.
  const auto from =
      std::lower_bound(chunks_.begin(), chunks_.end(), range.begin,
                       [](const ByteRange& chunk, std::size_t pos) { return chunk.end < pos; });
  if (from == chunks_.end() || from->begin > range.end) return false;
  auto to = from;
  while (std::next(to) != chunks_.end() && std::next(to)->begin <= range.end) ++to;
  first = static_cast<std::size_t>(from - chunks_.begin());
  last = static_cast<std::size_t>(to - chunks_.begin());
  return true;
}

InjectionClaims::InjectionClaims(const WordChunks& chunks)
    : chunks_(chunks), claimed_(chunks.chunks().size(), false) {}

bool InjectionClaims::try_claim(ByteRange range) {
  std::size_t first = 0, last = 0;
  if (!chunks_.touched(range, first, last)) return false;
  const std::size_t lo = first == 0 ? 0 : first - 1;
  const std::size_t hi = std::min(last + 1, claimed_.size() - 1);
  for (std::size_t i = lo; i <= hi; ++i) {
    if (claimed_[i]) return false;
  }
  for (std::size_t i = first; i <= last; ++i) claimed_[i] = true;
  return true;
}

}  // namespace copydesk::corrupt
