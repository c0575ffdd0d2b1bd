// Which spelling variety, British or American, a document writes. The words near a typo that
// only one variety spells their way are counted ("colour", "organise", "favourite" against
// "color", "organize", "favorite"), and the side with more of them wins. A typo rule that
// follows the document's spelling writes its fix in that variety: "facourite" becomes
// "favourite", not "favorite", in an article that says "organise".
//
// Key decisions: only lower-case words count, so that names ("Labour", "Lincoln Center",
// "Ministry of Defence") do not speak for the text around them; only the words within
// kVarietyWindow bytes either side of the typo count, so that a book-length text is judged
// stretch by stretch; and the words are read only when a fix has a counterpart, so that a text
// without such a fix costs nothing more.
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
// The stretches of text whose words are counted together.
inline constexpr std::size_t kVarietyBlock = 4 * 1024;

// The spelling of a text around given bytes, decided on demand. Words are counted once per
// stretch of kVarietyBlock bytes, only for the stretches a decision needs, so that the cost of
// all decisions for a text is at most one pass over it, however many typos it holds.
class DocumentVariety {
 public:
  // `text` and `tokens` must outlive this object.
  DocumentVariety(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  // The variety that most of the one-variety words near byte `near` are written in (those of
  // the kVarietyBlock stretches that hold the bytes within kVarietyWindow of it); kAny when
  // there are none, or as many of each.
  //   "the colour of a facourite" -> kEnGb; "a color, a colour" -> kAny
  Locale around(std::size_t near, const SpellingVariants& variants);

 private:
  struct Count {
    std::uint32_t british = 0, american = 0;
    bool counted = false;
  };
  const Count& block(std::size_t index, const SpellingVariants& variants);

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const SpellingVariants* counted_with_ = nullptr;  // the pairs `blocks_` were counted with
  std::vector<Count> blocks_;
};

}  // namespace copydesk
