// The byte classification that keeps the spacing stage fast: most of a news text is letters,
// digits and single spaces, which no spacing rule looks at. The scan asks, 64 bytes at a time,
// which bytes deserve a look, and visits only those: one bit per byte, found with SSE2 (part of
// every x86-64) or, elsewhere, with a plain loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copydesk::spacing {

// Bit k stands for byte `base + k`; bytes past the end of the text have no bit.
struct ByteMasks {
  std::uint64_t unusual = 0;       // bytes that are no ASCII letter, digit or space
  std::uint64_t double_space = 0;  // spaces followed by another space (the next byte may lie
                                   // past these 64)
};

// Precondition: base <= text.size(). Example: for "a  quick,look" and base 0, unusual has bit 8
// (the comma) and double_space has bit 1.
ByteMasks classify_64(std::string_view text, std::size_t base);

}  // namespace copydesk::spacing
