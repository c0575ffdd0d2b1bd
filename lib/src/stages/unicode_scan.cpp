#include "unicode_scan.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::unicode {

namespace {

bool is_unusual(unsigned char c) {
  return c >= 0x7F || c == '&' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
}

}  // namespace

std::size_t find_unusual_byte(std::string_view text, std::size_t from) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i amp = _mm_set1_epi8('&');
  const __m128i del = _mm_set1_epi8(0x7F);
  while (i + 16 <= n) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    // Signed compare: bytes >= 0x80 are negative, so "< 0x20" also catches them.
    const __m128i hits =
        _mm_or_si128(_mm_cmplt_epi8(bytes, space),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, amp), _mm_cmpeq_epi8(bytes, del)));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    while (mask != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      if (is_unusual(data[at])) return at;
      mask &= mask - 1;  // a tab or a line ending
    }
    i += 16;
  }
#else
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t w) { return (w - kOnes) & ~w & kHighs; };
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    const std::uint64_t low =
        (w - 0x20 * kOnes) & ~w & kHighs;  // bytes < 0x20 (and some false hits)
    if ((w & kHighs) != 0 || low != 0 || has_zero(w ^ ('&' * kOnes)) != 0 ||
        has_zero(w ^ (0x7F * kOnes)) != 0) {
      for (std::size_t k = 0; k < 8; ++k) {
        if (is_unusual(data[i + k])) return i + k;
      }
    }
    i += 8;
  }
#endif
  for (; i < n; ++i) {
    if (is_unusual(data[i])) return i;
  }
  return std::string_view::npos;
}

}  // namespace copydesk::unicode
