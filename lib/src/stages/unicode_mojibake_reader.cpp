#include "unicode_mojibake_reader.hpp"

namespace copydesk::unicode {

namespace {

// A character re-encoded: a byte, or one of these.
constexpr std::uint16_t kLostByte = 0x100;  // U+FFFD
constexpr std::uint16_t kForeign = 0x101;   // not in the code page

bool is_continuation(std::uint16_t b) {
  return b >= 0x80 && b <= 0xBF;
}

class Reader {
 public:
  Reader(std::u32string_view line, const std::vector<const PageBytes*>& bytes, CodePageId page)
      : line_(line), bytes_(bytes), page_(page) {}

  // The sequence starting at `i`, if there is one.
  bool read(std::size_t i, Sequence& s) {
    const std::uint16_t lead = at(i);
    if (lead < 0xC2 || lead > 0xF4) return false;
    s = Sequence{};
    s.first = i;
    if (lead == 0xC3 && line_.size() > i + 1 && line_[i + 1] == ' ') return read_a_grave(i, s);
    if (lead == 0xED && is_continuation(at(i + 1)) && at(i + 1) >= 0xA0) return read_cesu(i, s);
    const unsigned length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    bool any_sign = false;  // a real continuation byte other than 0xA0
    char32_t value = lead & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07);
    for (unsigned k = 1; k < length; ++k) {
      const std::uint16_t b = at(i + k);
      if (k == 2 && lead == 0xE2 && at(i + 1) == 0x80 && page_ == kWindows1252 &&
          !is_continuation(b) && b != kLostByte && b != '?' &&
          (i + 2 >= line_.size() || line_[i + 2] < 0x80)) {
        // "â€" with nothing after it: "”" (E2 80 9D), as 0x9D has no Windows-1252 character.
        s.last = i + 2;
        s.decoded = U'\u201D';
        s.bytes = 3;
        s.dropped = true;
        return true;
      }
      if (is_continuation(b)) {
        if (k == 1 && !second_byte_fits(lead, b)) return false;
        value = (value << 6) | (b & 0x3F);
        ++s.real_continuations;
        if (b != 0xA0) any_sign = true;
      } else if (b == kLostByte) {
        s.lost = true;
      } else if (b == '?') {
        s.question = true;
      } else if (b == ' ') {
        s.spaced = true;
        value = (value << 6) | 0x20;  // 0xA0 & 0x3F
      } else {
        return false;
      }
    }
    // A lead, a no-break space and a substitute is a word before punctuation in French
    // typography ("monté\u00A0?"), not a sequence missing a byte.
    if ((s.lost || s.question || s.spaced) && s.real_continuations > 0 && !any_sign) return false;
    if (s.real_continuations == 0) {
      // Nothing but substitutes: a 2-byte sequence may still be read ("Â " is a no-break
      // space; "Ä�" lost its second byte), but a '?' stands for a byte only after "Â" or "Ã".
      if (length != 2 || (s.question && lead != 0xC2 && lead != 0xC3)) return false;
    }
    s.last = i + length;
    s.bytes = static_cast<std::uint8_t>(length);
    if (s.lost || s.question) {
      s.decoded = U'\uFFFD';
    } else {
      static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
      if (value < kMin[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return false;
      s.decoded = value;
    }
    return true;
  }

 private:
  // Character i re-encoded: its byte, kLostByte or kForeign.
  std::uint16_t at(std::size_t i) const {
    if (i >= line_.size()) return kForeign;
    const char32_t cp = line_[i];
    if (cp < 0x80) return static_cast<std::uint16_t>(cp);
    if (cp == 0xFFFD) return kLostByte;
    const PageBytes* bytes = bytes_[i];
    return bytes == nullptr || (*bytes)[page_] == 0 ? kForeign : (*bytes)[page_];
  }

  static bool second_byte_fits(std::uint16_t lead, std::uint16_t b) {
    if (lead == 0xE0) return b >= 0xA0;
    if (lead == 0xED) return b < 0xA0;
    if (lead == 0xF0) return b >= 0x90;
    if (lead == 0xF4) return b < 0x90;
    return true;
  }

  // "Ã" + space: "à" (C3 A0) whose 0xA0 became a space. The space was that byte when the
  // next word follows after another space ("voilÃ  le"), or, in Portuguese, when it joins
  // "às" and "àquele"; otherwise the no-break space and a space merged, and one is kept.
  bool read_a_grave(std::size_t i, Sequence& s) {
    s.decoded = U'\u00E0';
    s.bytes = 2;
    s.spaced = true;
    auto word_is = [&](std::u32string_view w) { return line_.substr(i + 2, w.size()) == w; };
    const char32_t next = i + 2 < line_.size() ? line_[i + 2] : 0;
    const bool joins = next == ' ' ||
                       ((word_is(U"s ") || (next == 's' && i + 3 == line_.size()))) ||
                       word_is(U"quel") || word_is(U"quil");
    if (joins) {
      s.last = i + 2;
    } else {
      s.last = i + 1;
      s.kept_space = true;
    }
    return true;
  }

  // Two 3-byte surrogates, ED A0..AF xx ED B0..BF xx: one supplementary character.
  bool read_cesu(std::size_t i, Sequence& s) {
    const std::uint16_t b[6] = {at(i), at(i + 1), at(i + 2), at(i + 3), at(i + 4), at(i + 5)};
    if (!(b[1] >= 0xA0 && b[1] <= 0xAF && is_continuation(b[2]) && b[3] == 0xED && b[4] >= 0xB0 &&
          b[4] <= 0xBF && is_continuation(b[5]))) {
      return false;
    }
    const char32_t high = 0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
    const char32_t low = 0xD000 | ((b[4] & 0x3F) << 6) | (b[5] & 0x3F);
    s.decoded = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    s.last = i + 6;
    s.bytes = 6;
    s.real_continuations = 4;
    return true;
  }

  std::u32string_view line_;
  const std::vector<const PageBytes*>& bytes_;
  CodePageId page_;
};

}  // namespace

void find_page_bytes(std::u32string_view line, std::vector<const PageBytes*>& out) {
  const CodePages& pages = CodePages::get();
  out.resize(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char32_t cp = line[i];
    out[i] = cp < 0x80 || cp == 0xFFFD || cp >= 0x110000 ? nullptr : pages.find(cp);
  }
}

unsigned pages_with_leads(std::u32string_view line, const std::vector<const PageBytes*>& bytes) {
  unsigned pages = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    if (bytes[i] == nullptr) continue;
    const char32_t next = line[i + 1];
    const bool substitute = next == 0xFFFD || next == ' ' || next == '?';
    for (int p = 0; p < kCodePageCount; ++p) {
      const std::uint8_t lead = (*bytes[i])[p];
      if (lead < 0xC2 || lead > 0xF4) continue;
      const std::uint8_t b = bytes[i + 1] == nullptr ? 0 : (*bytes[i + 1])[p];
      if (substitute || (b >= 0x80 && b <= 0xBF)) pages |= 1u << p;
    }
  }
  return pages;
}

void read_sequences(std::u32string_view line, const std::vector<const PageBytes*>& bytes,
                    CodePageId page, std::vector<Sequence>& out) {
  out.clear();
  Reader reader(line, bytes, page);
  Sequence s;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] >= 0x80 && reader.read(i, s)) {
      out.push_back(s);
      i = s.last;
    } else {
      ++i;
    }
  }
}

bool could_pair_as_mojibake(const PageBytes* previous, const PageBytes* next) {
  if (previous == nullptr || next == nullptr) return false;
  for (int p = 0; p < kCodePageCount; ++p) {
    const std::uint8_t lead = (*previous)[p], continuation = (*next)[p];
    if (lead >= 0xC2 && lead <= 0xF4 && continuation >= 0x80 && continuation <= 0xBF) return true;
  }
  return false;
}

bool could_end_as_mojibake(char32_t lead, const PageBytes* lead_bytes, char32_t next) {
  if (next == 0xFFFD) {
    if (lead_bytes == nullptr) return false;
    for (std::uint8_t b : *lead_bytes) {
      if (b >= 0xC2 && b <= 0xF4) return true;
    }
    return false;
  }
  if (lead == U'\u00C3') return next == ' ' || next == '?';
  return lead == U'\u00C2' && next == '?';
}

}  // namespace copydesk::unicode
