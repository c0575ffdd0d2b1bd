#include "casing_rescan.hpp"

#include <algorithm>

#include "casing.hpp"
#include "casing_document_names.hpp"
#include "language_evidence.hpp"
#include "word_filter.hpp"

namespace copydesk {

std::vector<std::uint32_t> tokens_fixes_affect(std::string_view text,
                                               const std::vector<Token>& slice,
                                               const std::vector<std::size_t>& fixes) {
  constexpr std::size_t kPhraseReach = 8;
  // The ranges are counted into a difference array and read once at the end, so that the cost
  // stays linear however many fixes share a paragraph or a word: a text with thousands of fixes
  // would otherwise list and sort the same tokens thousands of times.
  std::vector<std::int32_t> starts(slice.size() + 1, 0);
  auto add_range = [&](std::size_t from, std::size_t to) {  // [from, to], clamped
    if (from >= slice.size()) return;
    to = std::min(to, slice.size() - 1);
    if (from > to) return;
    ++starts[from];
    --starts[to + 1];
  };
  auto index_at = [&](std::size_t offset) { return first_token_from(slice, offset); };
  // The lower-case copies of each fixed word or of its neighbours, looked for in one pass: each
  // with the offset of the fix, since a copy counts only within the evidence's reach of it.
  struct Wanted {
    std::uint64_t hash;
    std::size_t offset;
  };
  std::vector<Wanted> wanted;
  std::size_t paragraph_end = 0;  // fixes come in order: a paragraph is added once
  bool in_paragraph = false;
  for (const std::size_t offset : fixes) {
    const std::size_t fix = index_at(offset);
    if (fix >= slice.size() || slice[fix].offset != offset) continue;
    add_range(fix > kPhraseReach ? fix - kPhraseReach : 0, fix + kPhraseReach);
    if (!in_paragraph || offset >= paragraph_end) {
      const auto [begin, end] = paragraph_around(text, offset);
      add_range(index_at(begin), index_at(end));
      paragraph_end = end;
      in_paragraph = true;
    }
    wanted.push_back({slice[fix].hash, offset});
    if (fix > 0) wanted.push_back({slice[fix - 1].hash, offset});
    if (fix + 1 < slice.size()) wanted.push_back({slice[fix + 1].hash, offset});
  }
  std::sort(wanted.begin(), wanted.end(), [](const Wanted& a, const Wanted& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.offset < b.offset;
  });
  // Most words are none of the few wanted: one probe spares them the searches.
  WordFilter any_wanted = WordFilter::for_words(wanted.size());
  for (const Wanted& w : wanted) any_wanted.add(w.hash);
  for (std::size_t i = 0; i < slice.size(); ++i) {
    const std::uint64_t hash = slice[i].hash;
    if (slice[i].casing != Casing::kLower || !any_wanted.may_contain(hash)) continue;
    auto first = std::lower_bound(wanted.begin(), wanted.end(), hash,
                                  [](const Wanted& w, std::uint64_t h) { return w.hash < h; });
    // A fix of the same word within the evidence's reach: the nearest one before or after.
    const std::size_t at = slice[i].offset;
    const std::size_t low = at > kEvidenceWindow ? at - kEvidenceWindow : 0;
    auto near = std::lower_bound(first, wanted.end(), low, [&](const Wanted& w, std::size_t o) {
      return w.hash == hash && w.offset < o;
    });
    if (near != wanted.end() && near->hash == hash && near->offset <= at + kEvidenceWindow)
      add_range(i > kPhraseReach ? i - kPhraseReach : 0, i + 2);
  }
  std::vector<std::uint32_t> affected;
  std::int32_t depth = 0;
  for (std::size_t i = 0; i < slice.size(); ++i) {
    depth += starts[i];
    if (depth > 0) affected.push_back(static_cast<std::uint32_t>(i));
  }
  return affected;
}

}  // namespace copydesk
