#include "sentence_icu.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <string>

#include "casing.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kContextBefore = 400;
constexpr std::size_t kContextAfter = 80;

// One iterator per thread: ICU break iterators are not thread-safe, and making one with
// abbreviation suppressions costs more than reusing it.
icu::BreakIterator* thread_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return iterator.get();
}

std::size_t back_to_boundary(std::string_view text, std::size_t pos) {
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

}  // namespace

bool icu_sentence_boundary(std::string_view text, std::size_t from, std::size_t word) {
  icu::BreakIterator* iterator = thread_iterator();
  if (iterator == nullptr) return true;  // no ICU data: the other checks decide
  from = back_to_boundary(text, std::max(from, word > kContextBefore ? word - kContextBefore : 0));
  std::size_t word_end = word;
  while (word_char_after(text, word_end)) word_end += utf8::decode(text, word_end).length;
  std::size_t end = back_to_boundary(text, std::min(text.size(), word_end + kContextAfter));
  if (end < word_end) end = word_end;

  std::string window(text.substr(from, word - from));
  const std::size_t offset = window.size();
  window += capitalize_first(text.substr(word, word_end - word));
  window += text.substr(word_end, end - word_end);

  UErrorCode status = U_ZERO_ERROR;
  UText* utext =
      utext_openUTF8(nullptr, window.data(), static_cast<int64_t>(window.size()), &status);
  if (U_FAILURE(status)) return true;
  iterator->setText(utext, status);
  const bool boundary =
      U_SUCCESS(status) ? iterator->isBoundary(static_cast<int32_t>(offset)) : true;
  // Detach the iterator from the window before it goes away.
  UText* empty = utext_openUTF8(nullptr, "", 0, &status);
  iterator->setText(empty, status);
  utext_close(empty);
  utext_close(utext);
  return boundary;
}

}  // namespace copydesk
