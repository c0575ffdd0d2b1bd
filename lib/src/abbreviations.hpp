// The abbreviations a document may contain ("U.S.", "e.g.", "Dr.", "et al."), read from the
// packs' lists. Matching is by hash lookup on the first word, so the cost of a lookup does not
// grow with the size of the list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "string_map.hpp"

namespace copydesk {

class AbbreviationList {
 public:
  // Adds one entry as written ("Ph.D."). An entry that starts with a lower-case letter also
  // matches with that letter capitalized, as at a sentence start ("e.g." and "E.g.").
  void add(std::string_view entry);
  // Reads one entry per line; '#' starts a comment. Returns the number added.
  std::size_t add_lines(std::string_view lines);

  // Length in bytes of the longest entry that starts at `pos` of `text`, or 0. The caller
  // checks the left boundary; an entry that does not end in '.' must not be followed by a
  // word character.
  std::size_t match(std::string_view text, std::size_t pos) const;

  std::size_t size() const { return count_; }

  // True when some entry of several words ends with the word `word` ("al" of "et al."): only
  // then need a scanner look a word or two back from a full stop.
  bool ends_multi_word_entry(std::string_view word) const {
    return word.size() <= longest_last_word_ && last_words_.contains(word);
  }

 private:
  // Keyed by the entry's first word as it appears in text (each capitalization variant is its
  // own key); values sorted longest first.
  StringMap<std::vector<std::string>> by_first_word_;
  StringSet last_words_;  // last words of entries that have several
  std::size_t longest_last_word_ = 0;
  std::size_t longest_first_word_ = 0;  // a longer word cannot start an entry
  std::size_t count_ = 0;
};

}  // namespace copydesk
