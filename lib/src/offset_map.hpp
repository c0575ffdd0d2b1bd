// Maps byte ranges of the current text back to the original input across stage passes, so
// that every change is reported where the user's file has it. Each pass's edits are composed
// into the map (as clang's getShiftedCodePosition does for one set of replacements).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace copydesk {

class EditSet;

class OffsetMap {
 public:
  explicit OffsetMap(std::size_t length);

  // The original byte range that became [begin, end) of the current text. Text written by an
  // earlier pass maps to the whole original range that pass replaced.
  std::pair<std::size_t, std::size_t> to_original(std::size_t begin, std::size_t end) const;

  // Records that `edits` were applied to the current text.
  void compose(const EditSet& edits);

 private:
  struct Piece {
    std::size_t current = 0;
    std::size_t current_length = 0;
    std::size_t original = 0;
    std::size_t original_length = 0;
    bool identity = true;  // byte for byte the original; otherwise written by an edit
  };
  std::size_t start_to_original(std::size_t pos) const;
  std::size_t end_to_original(std::size_t pos) const;

  std::vector<Piece> pieces_;  // cover the current text in order
  std::size_t length_ = 0;     // of the current text
};

}  // namespace copydesk
