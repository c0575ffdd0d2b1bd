// What the last label of a host or file name may be. Country-code domains come from ICU's
// list of ISO 3166 regions, so they stay current with the platform's ICU.
#pragma once

#include <string_view>

namespace copydesk {

// "com", "org", "uk", "de" (lower case only: "narrowly.The" is a missing space, not a host).
bool is_top_level_domain(std::string_view label);
// Top-level domains that are also English words ("it", "in", "me", "to"): a host ending in
// one needs three labels ("news.bbc.co.uk") before it is protected.
bool is_ambiguous_top_level_domain(std::string_view label);
// "pdf", "docx", "sh": lower case only.
bool is_file_extension(std::string_view label);

}  // namespace copydesk
