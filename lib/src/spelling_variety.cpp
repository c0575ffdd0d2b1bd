#include "spelling_variety.hpp"

#include <algorithm>

#include "casing.hpp"
#include "word_list.hpp"
#include "word_table.hpp"

namespace copydesk {

const DocumentVariety::Count& DocumentVariety::block(std::size_t index,
                                                     const SpellingVariants& variants) {
  Count& count = blocks_[index];
  if (count.counted) return count;
  count.counted = true;
  const auto first = tokens_.begin() + first_token_from(tokens_, index * kVarietyBlock);
  const auto last = tokens_.begin() + first_token_from(tokens_, (index + 1) * kVarietyBlock);
  std::string folded;
  for (auto token = first; token != last; ++token) {
    if (token->casing != Casing::kLower) continue;
    std::uint64_t hash = 0;
    Locale variety = Locale::kAny;
    if (WordTable::hash_folded_ascii(text_, token->offset, token->end(), hash)) {
      variety = variants.one_variety_of(token->text(text_), hash);
    } else {
      folded = fold_case(token->text(text_));
      variety = variants.one_variety_of(folded, WordTable::hash(folded));
    }
    count.british += variety == Locale::kEnGb;
    count.american += variety == Locale::kEnUs;
  }
  return count;
}

Locale DocumentVariety::around(std::size_t near, const SpellingVariants& variants) {
  if (counted_with_ != &variants) {
    counted_with_ = &variants;
    blocks_.assign(text_.size() / kVarietyBlock + 1, Count{});
  }
  const std::size_t first = (near > kVarietyWindow ? near - kVarietyWindow : 0) / kVarietyBlock;
  const std::size_t last = std::min(blocks_.size() - 1, (near + kVarietyWindow) / kVarietyBlock);
  std::size_t british = 0, american = 0;
  for (std::size_t index = first; index <= last; ++index) {
    const Count& count = block(index, variants);
    british += count.british;
    american += count.american;
  }
  return british > american ? Locale::kEnGb : american > british ? Locale::kEnUs : Locale::kAny;
}

}  // namespace copydesk
