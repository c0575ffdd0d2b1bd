#include "casing_rescan.hpp"

#include <algorithm>

#include "casing.hpp"
#include "casing_document_names.hpp"
#include "language_evidence.hpp"

namespace copydesk {

std::vector<std::uint32_t> tokens_fixes_affect(std::string_view text,
                                               const std::vector<Token>& slice,
                                               const std::vector<std::size_t>& fixes) {
  constexpr std::size_t kPhraseReach = 8;
  std::vector<std::uint32_t> affected;
  auto add_range = [&](std::size_t from, std::size_t to) {  // [from, to], clamped
    for (std::size_t i = from; i <= to && i < slice.size(); ++i)
      affected.push_back(static_cast<std::uint32_t>(i));
  };
  auto index_at = [&](std::size_t offset) { return first_token_from(slice, offset); };
  for (const std::size_t offset : fixes) {
    const std::size_t fix = index_at(offset);
    if (fix >= slice.size() || slice[fix].offset != offset) continue;
    add_range(fix > kPhraseReach ? fix - kPhraseReach : 0, fix + kPhraseReach);
    const auto [begin, end] = paragraph_around(text, offset);
    add_range(index_at(begin), index_at(end));
    std::uint64_t words[3] = {slice[fix].hash, 0, 0};
    if (fix > 0) words[1] = slice[fix - 1].hash;
    if (fix + 1 < slice.size()) words[2] = slice[fix + 1].hash;
    const std::size_t from = index_at(offset > kEvidenceWindow ? offset - kEvidenceWindow : 0);
    const std::size_t to = index_at(offset + kEvidenceWindow);
    for (std::size_t i = from; i < to && i < slice.size(); ++i) {
      const std::uint64_t hash = slice[i].hash;
      if (slice[i].casing == Casing::kLower &&
          (hash == words[0] || hash == words[1] || hash == words[2])) {
        add_range(i > kPhraseReach ? i - kPhraseReach : 0, i + 2);
      }
    }
  }
  std::sort(affected.begin(), affected.end());
  affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
  return affected;
}

}  // namespace copydesk
