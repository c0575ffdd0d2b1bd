// Mojibake repair of the ftfy class: text that was UTF-8, was decoded with a single-byte code
// page (Windows-1252 and Latin-1 above all; also Windows-1251/1250/1257, ISO-8859-2, MacRoman,
// code page 437), once or several times, and was written out again as UTF-8.
//
// How a line is repaired. For each code page, the line is re-encoded and read back as UTF-8
// (unicode_mojibake_reader.hpp); adjacent sequences form a run, and each run is scored
// (unicode_mojibake_score.hpp). A run is repaired when its evidence reaches the code page's
// threshold and what it decodes to is plausible. Once one run of a line is sure, weaker runs
// of the same line in the same code page are repaired too (the way ftfy repairs a whole text
// when it is consistently garbled): "Ã perturber la rÃ©flexion" repairs both. A line that
// also holds non-ASCII text outside any run ("Classificação", "l’") was partly right; its
// threshold is higher. The code page that explains most of the line wins; the repair is then
// repeated on the result, so that text garbled twice or three times comes back
// ("doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t" -> "doesnÃ¢â‚¬â„¢t" -> "doesnâ€™t" -> "doesn’t").
//
// Precision first: uncertain text stays as it is.
#pragma once

#include <string>
#include <vector>

#include "unicode_line.hpp"
#include "unicode_mojibake_reader.hpp"

namespace copydesk::unicode {

class MojibakeRepairer {
 public:
  // Repairs the mojibake of `line` in place (marking the pieces Repair::kMojibake); returns
  // whether anything changed. Example: "itâ€™s a cafÃ©" becomes "it’s a café".
  bool repair(RepairLine& line);

 private:
  struct Run {
    std::size_t first = 0, last = 0;          // characters of the line
    std::size_t first_seq = 0, last_seq = 0;  // in sequences_
    int evidence = 0;
    bool plausible = true;
    bool question = false;  // leans on a '?' standing for a lost byte
    bool accepted = false;
  };
  struct Plan {
    CodePageId page = kWindows1252;
    std::vector<Sequence> sequences;
    std::vector<Run> runs;
    std::size_t covered = 0;  // characters in accepted runs
    int evidence = 0;
  };

  // Finds the runs of `text` in `page` and decides which to repair.
  void plan(std::u32string_view text, const std::vector<const PageBytes*>& bytes,
            const std::vector<bool>& untouched, CodePageId page, bool look_ahead, Plan& out);
  // Whether the text a run decodes to is itself sure mojibake (a layer of a text garbled twice).
  bool decodes_to_mojibake(std::u32string_view text, const Plan& plan, const Run& run);
  static std::u32string decoded_text(const Plan& plan, const Run& run);

  std::u32string text_;
  std::vector<bool> untouched_;
  std::vector<const PageBytes*> bytes_;
  Plan best_, candidate_, nested_;
};

}  // namespace copydesk::unicode
