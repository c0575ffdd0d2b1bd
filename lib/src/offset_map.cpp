#include "offset_map.hpp"

#include <algorithm>

#include "edit.hpp"

namespace copydesk {

OffsetMap::OffsetMap(std::size_t length) : length_(length) {
  pieces_.push_back({0, length, 0, length, true});
}

std::size_t OffsetMap::start_to_original(std::size_t pos) const {
  // The piece with current <= pos < current + length; pos == length_ maps past the last.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](std::size_t p, const Piece& piece) { return p < piece.current; });
  if (it == pieces_.begin()) return 0;
  const Piece& piece = *(it - 1);
  if (pos >= piece.current + piece.current_length) return piece.original + piece.original_length;
  return piece.identity ? piece.original + (pos - piece.current) : piece.original;
}

std::size_t OffsetMap::end_to_original(std::size_t pos) const {
  // The piece with current < pos <= current + length.
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), pos,
                             [](const Piece& piece, std::size_t p) { return piece.current < p; });
  if (it == pieces_.begin()) return pieces_.front().original;
  const Piece& piece = *(it - 1);
  if (piece.identity) return piece.original + std::min(pos - piece.current, piece.current_length);
  return piece.original + piece.original_length;
}

std::pair<std::size_t, std::size_t> OffsetMap::to_original(std::size_t begin,
                                                           std::size_t end) const {
  const std::size_t first = start_to_original(begin);
  if (end == begin) return {first, first};
  return {first, std::max(first, end_to_original(end))};
}

void OffsetMap::compose(const EditSet& edits) {
  if (edits.empty()) return;
  // Dirty ranges: each edit, widened to cover any written piece it cuts into, merged when
  // they meet. A written piece is never split: its original range is one unit. Edits and
  // pieces are both sorted, so one forward walk over each suffices.
  struct Dirty {
    std::size_t begin, end;
    long delta;
  };
  std::vector<Dirty> dirty;
  std::size_t first_piece = 0;
  for (const Edit& edit : edits.edits()) {
    std::size_t begin = edit.offset, end = edit.end();
    while (first_piece < pieces_.size() &&
           pieces_[first_piece].current + pieces_[first_piece].current_length <= begin) {
      ++first_piece;
    }
    for (std::size_t k = first_piece; k < pieces_.size() && pieces_[k].current <= end; ++k) {
      const Piece& piece = pieces_[k];
      if (piece.identity) continue;
      const std::size_t p_end = piece.current + piece.current_length;
      const bool cuts = edit.is_insertion() ? (begin > piece.current && begin < p_end)
                                            : (begin < p_end && end > piece.current);
      if (cuts) begin = std::min(begin, piece.current), end = std::max(end, p_end);
    }
    const long delta = static_cast<long>(edit.replacement.size()) - static_cast<long>(edit.length);
    if (!dirty.empty() && begin < dirty.back().end) {
      dirty.back().end = std::max(dirty.back().end, end);
      dirty.back().delta += delta;
    } else {
      dirty.push_back({begin, end, delta});
    }
  }

  std::vector<Piece> next;
  next.reserve(pieces_.size() + 2 * dirty.size() + 1);
  long shift = 0;
  std::size_t cursor = 0;  // current-text position up to which pieces are copied
  std::size_t piece_index = 0;
  auto copy_until = [&](std::size_t limit) {
    while (piece_index < pieces_.size() &&
           pieces_[piece_index].current + pieces_[piece_index].current_length <= cursor) {
      ++piece_index;
    }
    for (std::size_t k = piece_index; k < pieces_.size() && pieces_[k].current < limit; ++k) {
      const Piece& piece = pieces_[k];
      const std::size_t p_end = piece.current + piece.current_length;
      const std::size_t from = std::max(cursor, piece.current), to = std::min(limit, p_end);
      if (from >= to) continue;
      Piece copy = piece;
      if (piece.identity) {
        copy.original = piece.original + (from - piece.current);
        copy.original_length = to - from;
      }
      copy.current = static_cast<std::size_t>(static_cast<long>(from) + shift);
      copy.current_length = to - from;
      next.push_back(copy);
    }
    cursor = std::max(cursor, limit);
  };
  for (const Dirty& d : dirty) {
    copy_until(d.begin);
    const auto [original_begin, original_end] = to_original(d.begin, d.end);
    const std::size_t written =
        static_cast<std::size_t>(static_cast<long>(d.end - d.begin) + d.delta);
    next.push_back({static_cast<std::size_t>(static_cast<long>(d.begin) + shift), written,
                    original_begin, original_end - original_begin, false});
    shift += d.delta;
    cursor = d.end;
  }
  copy_until(length_);
  length_ = static_cast<std::size_t>(static_cast<long>(length_) + shift);
  next.erase(std::remove_if(
                 next.begin(), next.end(),
                 [](const Piece& p) { return p.current_length == 0 && p.original_length == 0; }),
             next.end());
  if (next.empty()) next.push_back({0, 0, 0, 0, true});
  pieces_ = std::move(next);
}

}  // namespace copydesk
