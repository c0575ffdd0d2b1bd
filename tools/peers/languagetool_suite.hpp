// LanguageTool's English examples (shared/corpora/languagetool-examples) run through copydesk:
// incorrect sentences that should come out as LanguageTool corrects them, one row per rule;
// correct sentences that must come out unchanged; and errors without a reliable correction,
// where we only count how many copydesk changes.
#pragma once

#include <filesystem>

#include "copydesk/copydesk.hpp"
#include "suite_result.hpp"

namespace copydesk::peers {

// Throws CorpusError when a file is there but cannot be read or parsed.
SuiteResult run_languagetool_suite(const std::filesystem::path& directory,
                                   const Pipeline& pipeline);

}  // namespace copydesk::peers
