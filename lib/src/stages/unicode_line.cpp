#include "unicode_line.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace copydesk::unicode {

void RepairLine::clear() {
  units_.clear();
  pieces_.clear();
  gap_begin_ = gap_end_ = 0;
}

void RepairLine::append(std::u32string_view cps, std::size_t begin, std::size_t end,
                        Repair repair) {
  // Lines are read whole before any repair; a gap left by one is closed first.
  if (gap_size() != 0) {
    move_gap(size());
    units_.resize(gap_begin_);
    gap_end_ = gap_begin_;
  }
  const auto id = static_cast<std::uint32_t>(pieces_.size());
  pieces_.push_back({begin, end, repair});
  for (char32_t cp : cps) units_.push_back({cp, id});
  gap_begin_ = gap_end_ = units_.size();
}

void RepairLine::move_gap(std::size_t i) {
  const auto at = [&](std::size_t k) { return units_.begin() + static_cast<std::ptrdiff_t>(k); };
  if (i < gap_begin_) {
    std::move_backward(at(i), at(gap_begin_), at(gap_end_));
    gap_end_ -= gap_begin_ - i;
    gap_begin_ = i;
  } else if (i > gap_begin_) {
    std::move(at(gap_end_), at(gap_end_ + (i - gap_begin_)), at(gap_begin_));
    gap_end_ += i - gap_begin_;
    gap_begin_ = i;
  }
}

void RepairLine::replace(std::size_t first, std::size_t last, std::u32string_view with,
                         Repair repair) {
  const std::uint32_t first_piece = unit(first).piece;
  const std::uint32_t last_piece = unit(last - 1).piece;
  std::size_t from = first;
  while (from > 0 && unit(from - 1).piece == first_piece) --from;
  std::size_t to = last;
  while (to < size() && unit(to).piece == last_piece) ++to;

  Piece& merged = pieces_[first_piece];
  merged.repair = std::min(merged.repair, repair);
  for (std::uint32_t p = first_piece + 1; p <= last_piece; ++p) {
    merged.repair = std::min(merged.repair, pieces_[p].repair);
    merged.end = std::max(merged.end, pieces_[p].end);
    pieces_[p].begin = kDead;
  }

  // The merged piece's new units: what it kept before and after the replaced ones, around
  // `with`.
  scratch_.clear();
  for (std::size_t i = from; i < first; ++i) scratch_.push_back({unit(i).cp, first_piece});
  for (char32_t cp : with) scratch_.push_back({cp, first_piece});
  for (std::size_t i = last; i < to; ++i) scratch_.push_back({unit(i).cp, first_piece});

  // Take [from, to) into the gap, widen the gap if the new units do not fit, and fill its
  // start with them.
  move_gap(to);
  gap_begin_ = from;
  if (gap_size() < scratch_.size()) {
    const std::size_t more = std::max(scratch_.size() - gap_size(), units_.size() / 2 + 16);
    units_.insert(units_.begin() + static_cast<std::ptrdiff_t>(gap_end_), more, Unit{});
    gap_end_ += more;
  }
  std::copy(scratch_.begin(), scratch_.end(),
            units_.begin() + static_cast<std::ptrdiff_t>(gap_begin_));
  gap_begin_ += scratch_.size();
}

void RepairLine::append_utf8(std::string& out, char32_t cp) {
  if (is_raw_byte(cp)) {
    out += static_cast<char>(cp - kRawByte);
  } else {
    utf8::append(out, cp);
  }
}

}  // namespace copydesk::unicode
