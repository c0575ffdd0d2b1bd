// Which spelling variety, British or American, a document writes. The words near a typo that
// only one variety spells their way are counted ("colour", "organise", "favourite" against
// "color", "organize", "favorite"), and the side with more of them wins. A typo rule that
// follows the document's spelling writes its fix in that variety: "facourite" becomes
// "favourite", not "favorite", in an article that says "organise".
//
// Key decisions: only lower-case words count, so that names ("Labour", "Lincoln Center",
// "Ministry of Defence") do not speak for the text around them; only the words within
// kVarietyWindow bytes either side of the typo are read, so that the cost of a decision does
// not grow with the length of the text; and the words are read only when a fix has a
// counterpart, so that a text without such a fix costs nothing more.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "tokens.hpp"

namespace copydesk {

// How far evidence reaches: all of a news article, a stretch of a book-length text.
inline constexpr std::size_t kVarietyWindow = 16 * 1024;

// The spelling of a text around given bytes, decided on demand. The last decision is kept:
// the typos of a short text share one window, and so one count.
class DocumentVariety {
 public:
  // `text` and `tokens` must outlive this object.
  DocumentVariety(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  // The variety that most of the one-variety words within kVarietyWindow bytes of byte `near`
  // are written in; kAny when there are none, or as many of each.
  //   "the colour of a facourite" -> kEnGb; "a color, a colour" -> kAny
  Locale around(std::size_t near, const SpellingVariants& variants);

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  // The last window counted: token indices [first_, last_) with the pairs of `counted_with_`.
  const SpellingVariants* counted_with_ = nullptr;
  std::size_t first_ = 0, last_ = 0;
  Locale last_variety_ = Locale::kAny;
};

}  // namespace copydesk
