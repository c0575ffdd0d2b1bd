// typos.hunspell: optional spell checking with hunspell, at suggest level only. A word that
// hunspell's dictionary does not know is reported with hunspell's first suggestion and never
// changed: a dictionary does not know names, brands or new words, so its guesses need a person.
//
// Key decision: libhunspell is opened at run time (dlopen of Debian's libhunspell-1.7.so.0),
// so copydesk builds and runs without it; when the library or the dictionary is missing the
// rule reports nothing. Options: dictionary = "/usr/share/hunspell/en_US" (the .aff/.dic pair).
#pragma once

#include <memory>

#include "builtin_rules.hpp"
#include "matcher.hpp"

namespace copydesk {

// The built-in stage entry's factory: one matcher for the enabled rule typos.hunspell.
std::unique_ptr<Matcher> make_typos_hunspell_matcher(const BuiltinContext& context);

}  // namespace copydesk
