// Edits are the one currency between rules and the engine.
//
// A rule never writes text: it proposes `Edit`s in UTF-8 byte offsets of the text it was
// shown. An `EditSet` keeps them sorted and refuses any edit that overlaps another or whose
// order against another would be ambiguous (two insertions at one offset), so that the result
// never depends on the order in which rules ran. The model is clang's tooling::Replacement.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

struct Edit {
  std::size_t offset = 0;  // first byte replaced
  std::size_t length = 0;  // bytes replaced; 0 for an insertion
  std::string replacement;
  std::string rule;  // id of the rule that proposed it

  std::size_t end() const { return offset + length; }
  bool is_insertion() const { return length == 0; }
  // "spacing.after-comma@12+0 -> ' '": for error messages.
  std::string describe() const;
};

// Why an edit was refused by an EditSet: it names both edits.
struct EditConflict {
  Edit refused;
  Edit existing;
  std::string message() const;
};

// Sorted, non-overlapping edits on one text.
class EditSet {
 public:
  // Adds `edit` unless it overlaps an edit already held or is an insertion at the same offset
  // as another insertion (their order would be luck). Touching edits are fine: [0,2) and [2,3).
  // An insertion at the boundary of a replacement is fine too. Returns the conflict otherwise.
  std::optional<EditConflict> add(Edit edit);

  const std::vector<Edit>& edits() const { return edits_; }
  bool empty() const { return edits_.empty(); }
  std::size_t size() const { return edits_.size(); }

 private:
  std::vector<Edit> edits_;  // sorted by (offset, length)
};

// Applies a set to `text`; edits must be within the text. Example: applying
// {offset 3, length 0, " "} to "foo,bar" is wrong (that is after "foo"); {4, 0, " "} gives
// "foo, bar".
std::string apply_edits(std::string_view text, const EditSet& edits);

}  // namespace copydesk
