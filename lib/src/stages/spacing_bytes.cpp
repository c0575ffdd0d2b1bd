#include "stages/spacing_bytes.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::spacing {

namespace {

bool is_plain(unsigned char c) {
  return c == ' ' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// One byte at a time: for the end of the text, and where SSE2 is missing.
ByteMasks classify_slowly(std::string_view text, std::size_t base) {
  ByteMasks masks;
  const std::size_t end = text.size() - base < 64 ? text.size() : base + 64;
  for (std::size_t i = base; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::uint64_t bit = std::uint64_t{1} << (i - base);
    if (!is_plain(c)) masks.unusual |= bit;
    if (c == ' ' && i + 1 < text.size() && text[i + 1] == ' ') masks.double_space |= bit;
  }
  return masks;
}

}  // namespace

ByteMasks classify_64(std::string_view text, std::size_t base) {
#if defined(__SSE2__)
  if (text.size() - base < 65) return classify_slowly(text, base);
  const char* const data = text.data() + base;
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i a = _mm_set1_epi8('a');
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i letters = _mm_set1_epi8(25);
  const __m128i digits = _mm_set1_epi8(9);
  std::uint64_t plain = 0;
  std::uint64_t spaces = 0;
  for (int block = 0; block < 4; ++block) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * block));
    // Unsigned range tests: min(x - low, span) == x - low exactly when low <= x <= low + span.
    const __m128i letter_offset = _mm_sub_epi8(_mm_or_si128(bytes, case_bit), a);
    const __m128i is_letter = _mm_cmpeq_epi8(_mm_min_epu8(letter_offset, letters), letter_offset);
    const __m128i digit_offset = _mm_sub_epi8(bytes, zero);
    const __m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(digit_offset, digits), digit_offset);
    const __m128i is_space = _mm_cmpeq_epi8(bytes, space);
    const auto shift = static_cast<unsigned>(16 * block);
    plain |= static_cast<std::uint64_t>(static_cast<unsigned>(
                 _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(is_letter, is_digit), is_space))))
             << shift;
    spaces |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(is_space)))
              << shift;
  }
  const std::uint64_t next_is_space =
      (spaces >> 1) | (data[64] == ' ' ? std::uint64_t{1} << 63 : 0);
  return {~plain, spaces & next_is_space};
#else
  return classify_slowly(text, base);
#endif
}

}  // namespace copydesk::spacing
