#include "stages/spacing_bytes.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::spacing {

std::size_t find_stop(std::string_view text, std::size_t from, std::size_t limit,
                      const ByteTable& stops) {
  const char* const data = text.data();
  std::size_t i = from;
#if defined(__SSE2__)
  // A byte is looked up in the table only when it is no letter, digit or space.
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i a = _mm_set1_epi8('a');
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i letters = _mm_set1_epi8(25);
  const __m128i digits = _mm_set1_epi8(9);
  for (; i + 16 <= limit; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i letter_offset = _mm_sub_epi8(_mm_or_si128(bytes, case_bit), a);
    const __m128i is_letter = _mm_cmpeq_epi8(_mm_min_epu8(letter_offset, letters), letter_offset);
    const __m128i digit_offset = _mm_sub_epi8(bytes, zero);
    const __m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(digit_offset, digits), digit_offset);
    const __m128i plain =
        _mm_or_si128(_mm_or_si128(is_letter, is_digit), _mm_cmpeq_epi8(bytes, space));
    auto others = static_cast<unsigned>(~_mm_movemask_epi8(plain)) & 0xFFFFu;
    while (others != 0) {
      const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(others));
      if (stops[static_cast<unsigned char>(data[at])]) return at;
      others &= others - 1;
    }
  }
#endif
  while (i < limit && !stops[static_cast<unsigned char>(data[i])]) ++i;
  return i;
}

std::size_t find_double_space(std::string_view text, std::size_t from) {
  const char* const data = text.data();
  const std::size_t n = text.size();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 17 <= n; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)));
    // Bit k and k+1 both set; bit 16 stands for the byte after the block.
    const unsigned with_next = spaces | (data[i + 16] == ' ' ? 0x10000u : 0u);
    const unsigned pairs = spaces & (with_next >> 1);
    if (pairs != 0) return i + static_cast<std::size_t>(std::countr_zero(pairs));
  }
#else
  if constexpr (std::endian::native == std::endian::little) {
    // 0x80 in each byte equal to ' ': the exact "has zero byte" test on the bytes XOR ' '.
    constexpr std::uint64_t kSpaces = 0x2020202020202020ULL;
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    for (; i + 9 <= n; i += 8) {
      std::uint64_t word;
      std::memcpy(&word, data + i, 8);
      const std::uint64_t x = word ^ kSpaces;
      const std::uint64_t spaces = ~(((x & kLow7) + kLow7) | x | kLow7);
      const std::uint64_t pairs =
          spaces & ((spaces >> 8) | (data[i + 8] == ' ' ? 0x8000000000000000ULL : 0));
      if (pairs != 0) return i + static_cast<std::size_t>(std::countr_zero(pairs) >> 3);
    }
  }
#endif
  for (; i + 1 < n; ++i) {
    if (data[i] == ' ' && data[i + 1] == ' ') return i;
  }
  return std::string_view::npos;
}

}  // namespace copydesk::spacing
