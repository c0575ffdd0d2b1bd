// Reading the clean input, whatever its shape, as named texts: a text file (named after its
// stem), a folder of text files (each named after its path in the folder, '/' -> '-'), or a
// JSON Lines file (one object a line, the text in a chosen field and the name in "id",
// '/' -> '-': "business/001" -> "business-001"). Names are made unique with "-2", "-3"...
// Records come one at a time, so that a large corpus is never held whole.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace copydesk::corrupt {

struct CorpusRecord {
  std::string name;  // the output file's stem: safe as a file name
  std::string text;
};

struct CorpusReadOptions {
  std::string field = "text";  // JSON Lines: the member holding the text
  std::size_t limit = 0;       // the first N records only; 0: all
};

using RecordVisitor = std::function<void(const CorpusRecord&)>;
using WarningSink = std::function<void(const std::string&)>;

// Calls `visit` for each record of `input`, in a fixed order (a folder's files sorted by
// path). Records that cannot be read are skipped with a warning. Returns false with `error`
// set when `input` itself cannot be read.
bool read_corpus(const std::string& input, const CorpusReadOptions& options,
                 const RecordVisitor& visit, const WarningSink& warn, std::string& error);

}  // namespace copydesk::corrupt
