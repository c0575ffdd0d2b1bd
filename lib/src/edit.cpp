#include "edit.hpp"

#include <algorithm>
#include <cassert>

namespace copydesk {

std::string Edit::describe() const {
  std::string out = rule.empty() ? std::string("(no rule)") : rule;
  out += '@' + std::to_string(offset) + '+' + std::to_string(length) + " -> '" + replacement + "'";
  return out;
}

std::string EditConflict::message() const {
  return "edit " + refused.describe() + " conflicts with " + existing.describe();
}

namespace {

// Two edits conflict when they change a common byte, or when both insert at one offset, or
// when one inserts strictly inside the range the other replaces.
bool conflicts(const Edit& a, const Edit& b) {
  if (a.is_insertion() && b.is_insertion()) return a.offset == b.offset;
  if (a.is_insertion()) return a.offset > b.offset && a.offset < b.end();
  if (b.is_insertion()) return b.offset > a.offset && b.offset < a.end();
  return a.offset < b.end() && b.offset < a.end();
}

bool before(const Edit& a, const Edit& b) {
  if (a.offset != b.offset) return a.offset < b.offset;
  return a.length < b.length;  // an insertion sorts before a replacement at the same offset
}

}  // namespace

std::optional<EditConflict> EditSet::add(Edit edit) {
  auto pos = std::lower_bound(edits_.begin(), edits_.end(), edit, before);
  // Only the neighbours can overlap: the held edits are sorted and disjoint. A zero-length
  // neighbour at the same offset may sit on either side, so look at two on each side.
  auto first = pos - std::min<std::ptrdiff_t>(2, pos - edits_.begin());
  auto last = pos + std::min<std::ptrdiff_t>(2, edits_.end() - pos);
  for (auto it = first; it != last; ++it) {
    if (conflicts(edit, *it)) return EditConflict{std::move(edit), *it};
  }
  edits_.insert(pos, std::move(edit));
  return std::nullopt;
}

std::string apply_edits(std::string_view text, const EditSet& edits) {
  std::string out;
  out.reserve(text.size() + edits.size() * 2);
  std::size_t cursor = 0;
  for (const Edit& e : edits.edits()) {
    assert(e.offset >= cursor && e.end() <= text.size());
    out.append(text.substr(cursor, e.offset - cursor));
    out.append(e.replacement);
    cursor = e.end();
  }
  out.append(text.substr(cursor));
  return out;
}

}  // namespace copydesk
