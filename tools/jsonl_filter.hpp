// JSON Lines as a streaming filter: clean one string field of every record and leave the rest
// of each line alone. A record whose field copydesk does not change is written back byte for
// byte; in a changed record only the field's string value is rewritten. A line that
// is not a JSON object with that string field is reported and kept as it was.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "copydesk/copydesk.hpp"

namespace copydesk::cli {

// Called for each record cleaned (1-based record number, the field's text, the result).
using RecordCleaned = std::function<void(std::size_t, const std::string&, const CleanResult&)>;
// Called for each line that could not be cleaned, with the reason.
using RecordProblem = std::function<void(std::size_t, const std::string&)>;

std::string clean_jsonl(std::string_view input, const std::string& field, const Pipeline& pipeline,
                        const RecordCleaned& on_record, const RecordProblem& on_problem);

}  // namespace copydesk::cli
