// The names people are called by: first names ("Lindsay", "Terry", "Dwayne") and surnames
// ("Collins", "White", "Young"). The dictionaries list "Lindsay" and "Piccadilly" alike, as
// names, and "white" as a word; only a list of people's names tells a first name before a
// surname ("Lindsay davenport", "Tim collins") from a place or a brand before a noun
// ("Piccadilly lines", "Hollywood fame").
//
// The lists are not typed by hand. Debian's libtext-names-perl ships the US census's most
// common male and female first names and surnames inside its Perl module
// (`/usr/share/perl5/Text/Names.pm`), as here-documents of lines
// "NAME  frequency  cumulative  rank":
//
//   $COMMON_MALE_FIRSTNAMES = <<ENDNAMES;
//   JAMES          3.318  3.318      1
//   ...
//   ENDNAMES
//
// They are read once per process and shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "word_filter.hpp"

namespace copydesk {

// Where Debian installs the module that holds the lists.
inline constexpr std::string_view kCensusNamesPath = "/usr/share/perl5/Text/Names.pm";

class CensusNames {
 public:
  // Reads the lists from the module at `path`; an unreadable file, or one without the lists,
  // gives empty lists (missing()). The result is cached per path.
  static std::shared_ptr<const CensusNames> load(const std::string& path);

  // Reads the lists from the module's text (for tests and load).
  static std::shared_ptr<const CensusNames> parse(std::string_view module);

  // Whether the word whose word_hash is `hash` is a listed first name:
  // first_name(word_hash("lindsay")) is true, first_name(word_hash("piccadilly")) false.
  bool first_name(std::uint64_t hash) const { return first_names_.contains(hash); }
  // Whether it is a listed surname: surname(word_hash("collins")) is true.
  bool surname(std::uint64_t hash) const { return surnames_.contains(hash); }

  // Calls `each(hash)` with the word_hash of every first name, for a filter of them.
  template <typename Each>
  void for_each_first_name(Each each) const {
    first_names_.for_each(each);
  }

  std::size_t first_names() const { return first_names_.size(); }
  std::size_t surnames() const { return surnames_.size(); }
  bool missing() const { return first_names_.size() == 0 && surnames_.size() == 0; }

 private:
  WordHashSet first_names_;
  WordHashSet surnames_;
};

}  // namespace copydesk
