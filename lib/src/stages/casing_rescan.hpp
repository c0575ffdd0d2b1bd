// What a casing fix can change elsewhere. A name fixed in one place is evidence for the same
// name in another ("tarrow" made "Tarrow" gives "Tarrow Stadium" a second time, which makes
// "Tarrow stadium," a name), so the casing matcher scans again around its fixes; in a long
// text it decides again only on the tokens listed here, with the evidence of the whole stretch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tokens.hpp"

namespace copydesk {

// The indices of the tokens of `slice` (tokens of `text`) whose decision a fix at one of the
// byte offsets `fixes` can change, in order: those near a fix (a first name makes the word after
// it a surname; a lexicon phrase reaches eight words back), those of its paragraph (whose
// language test counts lower-case words), and, within the evidence's reach, the lower-case
// copies of the fixed word or of its neighbours with the words before them ("okafor" takes
// the capital "Okafor" now has; "potter" the pair "Harry Potter" that the fix of "harry" made).
std::vector<std::uint32_t> tokens_fixes_affect(std::string_view text,
                                               const std::vector<Token>& slice,
                                               const std::vector<std::size_t>& fixes);

}  // namespace copydesk
