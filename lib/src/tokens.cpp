#include "tokens.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

// Longer words are cut here, so that a token's length fits its 32 bits.
constexpr std::size_t kMaxTokenBytes = std::size_t{1} << 31;

bool ascii_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the word character at `pos`, or 0 when there is none.
unsigned word_char_length(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return ascii_word_byte(c) ? 1 : 0;
  const auto cp = utf8::decode(text, pos);
  return cp.valid && is_word_char(cp.value) ? cp.length : 0;
}

}  // namespace

bool word_char_after(std::string_view text, std::size_t pos) {
  return pos < text.size() && word_char_length(text, pos) > 0;
}

bool word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return ascii_word_byte(c);
  const auto cp = utf8::decode_before(text, pos);
  return cp.valid && is_word_char(cp.value);
}

std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t offset) {
  const auto first =
      std::lower_bound(tokens.begin(), tokens.end(), offset,
                       [](const Token& token, std::size_t at) { return token.offset < at; });
  return static_cast<std::size_t>(first - tokens.begin());
}

namespace {

Casing ascii_casing(unsigned letters, unsigned uppers, bool first_upper, bool later_upper) {
  if (letters == 0) return Casing::kNone;
  if (uppers == 0) return Casing::kLower;
  if (uppers == letters) return letters == 1 ? Casing::kTitle : Casing::kUpper;
  return first_upper && !later_upper ? Casing::kTitle : Casing::kMixed;
}

#if defined(__SSE2__)
// The same from bit masks of a word's letters and capitals (capitals are letters).
Casing ascii_casing_of_masks(unsigned letters, unsigned uppers) {
  if (letters == 0) return Casing::kNone;
  if (uppers == 0) return Casing::kLower;
  const unsigned first_letter = letters & (0u - letters);  // the lowest bit set
  if (uppers == letters) return letters == first_letter ? Casing::kTitle : Casing::kUpper;
  return uppers == first_letter ? Casing::kTitle : Casing::kMixed;
}
#endif

// The token that starts at `start` (a word character), read a byte at a time: any word, ASCII
// or not. Returns its end and sets its casing.
std::size_t scan_token(std::string_view text, std::size_t start, Casing& casing) {
  const std::size_t n = text.size();
  const std::size_t limit = n - start > kMaxTokenBytes ? start + kMaxTokenBytes : n;
  // ASCII words are classified on the way; others by classify_casing.
  bool ascii = true;
  unsigned letters = 0, uppers = 0;
  bool first_upper = false, later_upper = false;
  std::size_t i = start;
  while (i < limit) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (!ascii_word_byte(b)) break;
      if (b >= 'A') {  // a letter: digits sort below 'A'
        const bool upper = b <= 'Z';
        if (letters == 0)
          first_upper = upper;
        else
          later_upper |= upper;
        uppers += upper;
        ++letters;
      }
      ++i;
      continue;
    }
    const unsigned length = word_char_length(text, i);
    if (length == 0) break;
    ascii = false;
    i += length;
  }
  casing = ascii ? ascii_casing(letters, uppers, first_upper, later_upper)
                 : classify_casing(text.substr(start, i - start));
  return i;
}

#if defined(__SSE2__)
// Sixteen bytes at a time: which are ASCII letters or digits, letters, capitals, and bytes of
// longer characters, as bit masks (bit k for the byte at `at + k`). Most words are ASCII and
// shorter than sixteen bytes, so one load finds a word's end and casing without a branch on
// each byte, whose outcome (word or not, capital or not) no predictor can follow.
struct ByteMasks {
  unsigned word = 0, letter = 0, upper = 0, high = 0;
};

ByteMasks masks_at(const unsigned char* at) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  // Signed compares: the bytes of longer characters are negative, so no range holds them.
  auto in_range = [&](char low, char high) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  const __m128i upper = in_range('A', 'Z');
  const __m128i letter = _mm_or_si128(upper, in_range('a', 'z'));
  const __m128i word = _mm_or_si128(letter, in_range('0', '9'));
  return {static_cast<unsigned>(_mm_movemask_epi8(word)),
          static_cast<unsigned>(_mm_movemask_epi8(letter)),
          static_cast<unsigned>(_mm_movemask_epi8(upper)),
          static_cast<unsigned>(_mm_movemask_epi8(v))};
}
#endif

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  // Tokens go to a small buffer first and into the vector a batch at a time: a push_back per
  // token is a call the compiler does not inline, a tenth of the tokenizer's time.
  constexpr std::size_t kBatch = 128;
  Token batch[kBatch];
  std::size_t batched = 0;
  auto emit = [&](const Token& token) {
    batch[batched++] = token;
    if (batched == kBatch) {
      tokens.insert(tokens.end(), batch, batch + kBatch);
      batched = 0;
    }
  };
  const std::size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (n - i >= 16) {
      const ByteMasks at = masks_at(bytes + i);
      const unsigned wanted = at.word | at.high;
      if (wanted == 0) {  // sixteen bytes of spaces and marks
        i += 16;
        continue;
      }
      // The first word byte, or byte of a longer character.
      const unsigned skip = static_cast<unsigned>(__builtin_ctz(wanted));
      // An ASCII word that ends inside these sixteen bytes, on an ASCII byte: all of it is here.
      const unsigned word = at.word >> skip;
      const unsigned ends = ~word & ((1u << (16 - skip)) - 1);
      if ((word & 1u) != 0 && ends != 0) {
        const unsigned length = static_cast<unsigned>(__builtin_ctz(ends));
        if (((at.high >> (skip + length)) & 1u) == 0) {
          const unsigned in_word = (1u << length) - 1;
          Token token;
          token.offset = i + skip;
          token.length = length;
          token.hash = token_hash(text, token.offset, length);
          token.casing =
              ascii_casing_of_masks((at.letter >> skip) & in_word, (at.upper >> skip) & in_word);
          emit(token);
          i += skip + length;
          continue;
        }
      }
      if (skip > 0) {
        i += skip;
        continue;  // the masks again, from the word's first byte
      }
    }
#endif
    const auto c = bytes[i];
    if (c < 0x80 && !ascii_word_byte(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80 && word_char_length(text, i) == 0) {
      i += utf8::decode(text, i).length;
      continue;
    }
    Token token;
    token.offset = i;
    i = scan_token(text, i, token.casing);
    token.length = static_cast<std::uint32_t>(i - token.offset);
    token.hash = token_hash(text, token.offset, token.length);
    emit(token);
  }
  tokens.insert(tokens.end(), batch, batch + batched);
  return tokens;
}

}  // namespace copydesk
