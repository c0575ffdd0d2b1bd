// Names written with a mark and no space, which the "after" rules must not split: "One.Tel",
// "Yahoo!Xtra", and prefixes such as "mailto:" or "Category:" after which anything may follow.
// They come from the rules' `keep` option in rules/en/spacing.toml, so a house can add its
// own. Lookup is one hash probe on the word before the mark, whatever the size of the list.
#pragma once

#include <string>
#include <string_view>

#include "string_map.hpp"

namespace copydesk::spacing {

class GluedNames {
 public:
  // Adds the entries of a space-separated list. Each entry holds one of . , ; : ! ? after its
  // first word: "One.Tel" keeps exactly that; "mailto:" keeps whatever follows. Entries
  // without such a mark are ignored.
  void add_list(std::string_view entries);

  // Whether `left` (the word before the mark, with the mark: "One.") glued to `right` (the
  // word after it: "Tel") is a kept name. Case-sensitive: "one.Tel" is not "One.Tel".
  bool contains(std::string_view left, std::string_view right) const;

  bool empty() const { return names_.empty(); }

 private:
  StringMap<StringSet> names_;  // "One." -> {"Tel"}; "mailto:" -> {""} (anything)
};

}  // namespace copydesk::spacing
