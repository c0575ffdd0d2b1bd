// Writing a corrupted corpus in the layout `copydesk eval` reads: OUTDIR/scraped/NAME.txt (the
// corrupted text) beside OUTDIR/edited/NAME.txt (the clean one), and OUTDIR/injected.jsonl,
// one line per injected error ({"file", "class", ["subclass",] "offset", "before", "after"}:
// at byte `offset` of the scraped file, `before` should become `after`). An output folder
// that already holds scraped or edited files is refused: eval would mix old pairs into the new
// scores.
#pragma once

#include <fstream>
#include <optional>
#include <string>

#include "corruptor.hpp"

namespace copydesk::corrupt {

class CorpusWriter {
 public:
  // Creates the folders. Nullopt with `error` set on failure.
  static std::optional<CorpusWriter> open(const std::string& outdir, std::string& error);

  bool write(const std::string& name, const CorruptedText& text, std::string& error);
  bool close(std::string& error);

 private:
  CorpusWriter(std::string outdir, std::ofstream injected);

  std::string outdir_;
  std::ofstream injected_;
};

}  // namespace copydesk::corrupt
