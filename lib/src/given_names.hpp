// Given names: the first names people are called by ("Lindsay", "Terry", "Dwayne"), to tell a
// first name before a surname ("Lindsay davenport") from a place or a brand before a noun
// ("Piccadilly lines", "Hollywood fame"), which the dictionaries list alike, as names.
//
// The list is not typed by hand. Debian's libtext-names-perl ships the US census's most common
// male and female first names inside its Perl module (`/usr/share/perl5/Text/Names.pm`), as
// here-documents of lines "NAME  frequency  cumulative  rank":
//
//   $COMMON_MALE_FIRSTNAMES = <<ENDNAMES;
//   JAMES          3.318  3.318      1
//   ...
//   ENDNAMES
//
// Both lists are read once per process and shared.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "word_filter.hpp"

namespace copydesk {

// Where Debian installs the module that holds the lists.
inline constexpr std::string_view kGivenNamesPath = "/usr/share/perl5/Text/Names.pm";

class GivenNames {
 public:
  // Reads the first-name lists from the module at `path`; an unreadable file, or one without
  // the lists, gives an empty list with missing() set. The result is cached per path.
  static std::shared_ptr<const GivenNames> load(const std::string& path);

  // Reads the lists from the module's text (for tests and load).
  static std::shared_ptr<const GivenNames> parse(std::string_view module);

  // Whether the lower-case word whose word_hash is `hash` is a listed first name:
  // contains(word_hash("lindsay")) is true, contains(word_hash("piccadilly")) false.
  bool contains(std::uint64_t hash) const { return hashes_.contains(hash); }

  std::size_t size() const { return hashes_.size(); }
  bool missing() const { return hashes_.size() == 0; }

 private:
  WordHashSet hashes_;
};

}  // namespace copydesk
