#include "unicode_line.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace copydesk::unicode {

void RepairLine::clear() {
  units_.clear();
  pieces_.clear();
}

void RepairLine::append(std::u32string_view cps, std::size_t begin, std::size_t end,
                        Repair repair) {
  const auto id = static_cast<std::uint32_t>(pieces_.size());
  pieces_.push_back({begin, end, repair});
  for (char32_t cp : cps) units_.push_back({cp, id});
}

void RepairLine::replace(std::size_t first, std::size_t last, std::u32string_view with,
                         Repair repair) {
  const std::uint32_t first_piece = units_[first].piece;
  const std::uint32_t last_piece = units_[last - 1].piece;
  std::size_t from = first;
  while (from > 0 && units_[from - 1].piece == first_piece) --from;
  std::size_t to = last;
  while (to < units_.size() && units_[to].piece == last_piece) ++to;

  Piece& merged = pieces_[first_piece];
  merged.repair = std::min(merged.repair, repair);
  for (std::uint32_t p = first_piece + 1; p <= last_piece; ++p) {
    merged.repair = std::min(merged.repair, pieces_[p].repair);
    merged.end = std::max(merged.end, pieces_[p].end);
    pieces_[p].begin = kDead;
  }

  scratch_.assign(units_.begin() + static_cast<std::ptrdiff_t>(from),
                  units_.begin() + static_cast<std::ptrdiff_t>(first));
  for (char32_t cp : with) scratch_.push_back({cp, first_piece});
  scratch_.insert(scratch_.end(), units_.begin() + static_cast<std::ptrdiff_t>(last),
                  units_.begin() + static_cast<std::ptrdiff_t>(to));
  for (Unit& unit : scratch_) unit.piece = first_piece;
  units_.erase(units_.begin() + static_cast<std::ptrdiff_t>(from),
               units_.begin() + static_cast<std::ptrdiff_t>(to));
  units_.insert(units_.begin() + static_cast<std::ptrdiff_t>(from), scratch_.begin(),
                scratch_.end());
}

void RepairLine::append_utf8(std::string& out, char32_t cp) {
  if (is_raw_byte(cp)) {
    out += static_cast<char>(cp - kRawByte);
  } else {
    utf8::append(out, cp);
  }
}

}  // namespace copydesk::unicode
