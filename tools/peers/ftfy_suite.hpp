// ftfy's mojibake test cases (shared/corpora/ftfy-cases) run through copydesk: one row per
// ftfy file. Cases should come out as ftfy fixes them, `negative` cases must come out
// unchanged, and `known-failures` (which ftfy itself gets wrong) are counted for interest.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "copydesk/copydesk.hpp"
#include "suite_result.hpp"

namespace copydesk::peers {

// Throws CorpusError when a file is there but cannot be read or parsed.
SuiteResult run_ftfy_suite(const std::filesystem::path& directory, const Pipeline& pipeline);

// ftfy.fix_text also uncurls quotes, which copydesk does not: both sides of a comparison with
// `fixed` go through this. Maps ‘ ’ ‚ ‛ and ʼ to ' and “ ” „ ‟ to " (ftfy's uncurl_quotes set).
std::string straighten_quotes(std::string_view text);

}  // namespace copydesk::peers
