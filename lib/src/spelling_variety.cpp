#include "spelling_variety.hpp"

#include <algorithm>

#include "casing.hpp"
#include "word_list.hpp"
#include "word_table.hpp"

namespace copydesk {

Locale DocumentVariety::around(std::size_t near, const SpellingVariants& variants) {
  const std::size_t begin = near > kVarietyWindow ? near - kVarietyWindow : 0;
  const std::size_t end = near + kVarietyWindow;
  const auto by_offset = [](const Token& token, std::size_t offset) {
    return token.offset < offset;
  };
  const std::size_t first =
      std::lower_bound(tokens_.begin(), tokens_.end(), begin, by_offset) - tokens_.begin();
  const std::size_t last =
      std::lower_bound(tokens_.begin() + first, tokens_.end(), end, by_offset) - tokens_.begin();
  if (counted_with_ == &variants && first == first_ && last == last_) return last_variety_;

  std::size_t british = 0, american = 0;
  std::string folded;
  for (std::size_t i = first; i < last; ++i) {
    const Token& token = tokens_[i];
    if (token.casing != Casing::kLower) continue;
    std::uint64_t hash = 0;
    Locale variety = Locale::kAny;
    if (WordTable::hash_folded_ascii(text_, token.offset, token.end(), hash)) {
      variety = variants.one_variety_of(token.text(text_), hash);
    } else {
      folded = fold_case(token.text(text_));
      variety = variants.one_variety_of(folded, WordTable::hash(folded));
    }
    british += variety == Locale::kEnGb;
    american += variety == Locale::kEnUs;
  }
  counted_with_ = &variants;
  first_ = first;
  last_ = last;
  last_variety_ = british > american   ? Locale::kEnGb
                  : american > british ? Locale::kEnUs
                                       : Locale::kAny;
  return last_variety_;
}

}  // namespace copydesk
