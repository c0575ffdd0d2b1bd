// One line of a document as the unicode stage repairs it: a sequence of code points, each tied
// to the bytes of the input it came from (a "piece"). Repairs replace runs of code points;
// the pieces they touch merge, so that a repair built on another one (an HTML entity that
// completes a mojibake sequence, "Î&frac14;" -> "μ") becomes a single edit, and every edit
// covers whole pieces of the input. A piece that changed becomes one Edit, attributed to the
// most specific repair that touched it.
//
// The units live in a gap buffer: the repairs of a pass go along the line in one direction
// (forward for the character policy, backward for mojibake runs), so each replace moves only
// the units between it and the previous one, and a line with many repairs costs time in
// proportion to its length, not to its length times its repairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::unicode {

// What changed a piece, in order of attribution: when repairs merge, the smallest wins.
enum class Repair : std::uint8_t {
  kMojibake,
  kHtmlEntity,
  kInvalidByte,
  kC1Control,
  kControl,
  kInvisible,
  kSoftHyphen,
  kOddSpace,
  kNfc,
  kNone,  // unchanged
};

// A byte of invalid UTF-8 that is kept as it is travels as kRawByte + byte.
constexpr char32_t kRawByte = 0x110000;
inline bool is_raw_byte(char32_t cp) {
  return cp >= kRawByte;
}

struct Unit {
  char32_t cp = 0;
  std::uint32_t piece = 0;
};

struct Piece {
  std::size_t begin = 0;  // bytes of the document
  std::size_t end = 0;
  Repair repair = Repair::kNone;
};

class RepairLine {
 public:
  // Starts an empty line (keeps the buffers).
  void clear();
  // Appends the code points that the document's bytes [begin, end) read as. `repair` is
  // kNone when they are read as written, else the repair that read them differently (an
  // HTML entity, a Windows-1252 byte in invalid UTF-8).
  void append(std::u32string_view cps, std::size_t begin, std::size_t end, Repair repair);
  void append(char32_t cp, std::size_t begin, std::size_t end, Repair repair) {
    append(std::u32string_view(&cp, 1), begin, end, repair);
  }

  std::size_t size() const { return units_.size() - gap_size(); }
  char32_t operator[](std::size_t i) const { return unit(i).cp; }
  // Code point i, or 0 outside the line (for looking at neighbours).
  char32_t at(std::size_t i) const { return i < size() ? unit(i).cp : 0; }
  // Whether unit i still reads as the document wrote it.
  bool untouched(std::size_t i) const { return pieces_[unit(i).piece].repair == Repair::kNone; }

  // Replaces units [first, last) (first < last) with `with`. Pieces touched merge into one.
  // Example: on "cafÃ©", replace(3, 5, U"é", Repair::kMojibake).
  void replace(std::size_t first, std::size_t last, std::u32string_view with, Repair repair);

  // Calls emit(begin, end, replacement, repair) for each piece whose text changed, in order.
  template <typename Emit>
  void for_each_change(std::string_view document, Emit&& emit) const {
    std::string text;
    std::size_t u = 0;
    const std::size_t units = size();
    for (std::size_t p = 0; p < pieces_.size(); ++p) {
      const std::size_t first = u;
      while (u < units && unit(u).piece == p) ++u;
      const Piece& piece = pieces_[p];
      if (piece.repair == Repair::kNone || piece.begin == kDead) continue;
      text.clear();
      for (std::size_t i = first; i < u; ++i) append_utf8(text, unit(i).cp);
      if (document.substr(piece.begin, piece.end - piece.begin) != text) {
        emit(piece.begin, piece.end, text, piece.repair);
      }
    }
  }

  // UTF-8 of `cp` (a raw byte as itself).
  static void append_utf8(std::string& out, char32_t cp);

 private:
  static constexpr std::size_t kDead = static_cast<std::size_t>(-1);
  std::size_t gap_size() const { return gap_end_ - gap_begin_; }
  const Unit& unit(std::size_t i) const { return units_[i < gap_begin_ ? i : i + gap_size()]; }
  // Moves the gap to stand before unit `i` of the line.
  void move_gap(std::size_t i);

  // The line's units with a gap of unused ones at [gap_begin_, gap_end_); piece ids never
  // decrease along the line.
  std::vector<Unit> units_;
  std::size_t gap_begin_ = 0;
  std::size_t gap_end_ = 0;
  std::vector<Piece> pieces_;  // in document order; merged ones are marked dead
  std::vector<Unit> scratch_;
};

}  // namespace copydesk::unicode
