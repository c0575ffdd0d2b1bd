#include "unicode_mojibake.hpp"

#include <algorithm>

#include "unicode_mojibake_score.hpp"

namespace copydesk::unicode {

namespace {

// Evidence a run needs, per code page: Windows-1252 mojibake is by far the commonest; code
// page 437 is also the line-drawing page of real ASCII art.
int threshold(CodePageId page) {
  switch (page) {
    case kWindows1252:
      return 3;
    case kCp437:
      return 5;
    default:
      return 4;
  }
}

constexpr int kMixedLinePenalty = 2;
constexpr int kMaxLayers = 6;

bool is_c1(char32_t c) {
  return c >= 0x80 && c <= 0x9F;
}

}  // namespace

std::u32string MojibakeRepairer::decoded_text(const Plan& plan, const Run& run) {
  std::u32string out;
  for (std::size_t k = run.first_seq; k < run.last_seq; ++k) out += plan.sequences[k].decoded;
  return out;
}

void MojibakeRepairer::plan(std::u32string_view text, const std::vector<const PageBytes*>& bytes,
                            const std::vector<bool>& untouched, CodePageId page, bool look_ahead,
                            Plan& out) {
  out.page = page;
  out.runs.clear();
  out.covered = 0;
  out.evidence = 0;
  read_sequences(text, bytes, page, out.sequences);
  if (out.sequences.empty()) return;
  const std::vector<Sequence>& seqs = out.sequences;
  auto at = [&](std::size_t i) -> char32_t { return i < text.size() ? text[i] : 0; };

  for (std::size_t k = 0; k < seqs.size(); ++k) {
    if (out.runs.empty() || seqs[k].first != out.runs.back().last || seqs[k - 1].kept_space) {
      out.runs.push_back({seqs[k].first, seqs[k].last, k, k + 1});
    } else {
      out.runs.back().last = seqs[k].last;
      out.runs.back().last_seq = k + 1;
    }
  }

  // A line partly right: non-ASCII text outside every run.
  bool mixed = false;
  {
    std::size_t r = 0;
    for (std::size_t i = 0; i < text.size() && !mixed; ++i) {
      while (r < out.runs.size() && out.runs[r].last <= i) ++r;
      if (r < out.runs.size() && out.runs[r].first <= i) continue;
      const char32_t c = text[i];
      mixed = c >= 0x80 && untouched[i] && !is_c1(c) && c != 0xFFFD && c != 0xA0 && c < 0x110000;
    }
  }

  for (Run& run : out.runs) {
    for (std::size_t k = run.first_seq; k < run.last_seq; ++k) {
      const Sequence& s = seqs[k];
      run.evidence += mojibake_evidence(text, s, page);
      run.question |= s.question;
      const char32_t before =
          k == run.first_seq ? (s.first > 0 ? text[s.first - 1] : 0) : seqs[k - 1].decoded;
      const char32_t after = k + 1 < run.last_seq ? seqs[k + 1].decoded : at(s.last);
      run.plausible &= plausible_decoding(before, s.decoded, after, page);
    }
    run.plausible &=
        plausible_run(text.substr(run.first, run.last - run.first), decoded_text(out, run));
    // A run glued to more non-ASCII text that does not decode is a piece of a longer garble:
    // fixing a piece of a hopeless mess makes it no better.
    for (const char32_t neighbour :
         {run.first > 0 ? text[run.first - 1] : char32_t{0}, at(run.last)}) {
      if (!(neighbour < 0x80 || neighbour >= 0x110000 || is_c1(neighbour) || neighbour == 0xFFFD ||
            is_ordinary_punctuation(neighbour))) {
        run.plausible = false;
      }
    }
  }

  const int needed = threshold(page) + (mixed ? kMixedLinePenalty : 0);
  bool sure = false;
  bool all_plausible = true;
  int total = 0;
  for (Run& run : out.runs) {
    all_plausible &= run.plausible;
    total += run.evidence;
    if (!run.plausible || run.evidence < 1) continue;
    if (run.evidence >= needed || (look_ahead && decodes_to_mojibake(text, out, run))) {
      run.accepted = true;
      sure = true;
    }
  }
  // A line garbled throughout: many weak runs add up.
  if (!mixed && all_plausible && total >= 2 * needed) sure = true;
  for (Run& run : out.runs) {
    if (sure && run.plausible && run.evidence >= 1 && !run.question) run.accepted = true;
    if (!run.accepted) continue;
    out.covered += run.last - run.first;
    out.evidence += run.evidence;
  }
}

bool MojibakeRepairer::decodes_to_mojibake(std::u32string_view text, const Plan& plan,
                                           const Run& run) {
  std::u32string nested;
  if (run.first > 0) nested += text[run.first - 1];
  nested += decoded_text(plan, run);
  if (run.last < text.size()) nested += text[run.last];
  const std::vector<bool> untouched(nested.size(), false);
  std::vector<const PageBytes*> bytes;
  find_page_bytes(nested, bytes);
  const unsigned pages = pages_with_leads(nested, bytes);
  for (int page = 0; page < kCodePageCount; ++page) {
    if ((pages & (1u << page)) == 0) continue;
    this->plan(nested, bytes, untouched, static_cast<CodePageId>(page), false, nested_);
    for (const Run& r : nested_.runs) {
      if (r.accepted && r.evidence >= threshold(static_cast<CodePageId>(page))) return true;
    }
  }
  return false;
}

bool MojibakeRepairer::repair(RepairLine& line) {
  bool changed = false;
  for (int layer = 0; layer < kMaxLayers; ++layer) {
    text_.clear();
    untouched_.clear();
    for (std::size_t i = 0; i < line.size(); ++i) {
      text_ += line[i];
      untouched_.push_back(line.untouched(i));
    }
    best_.covered = 0;
    best_.evidence = 0;
    best_.runs.clear();
    find_page_bytes(text_, bytes_);
    const unsigned pages = pages_with_leads(text_, bytes_);
    for (int page = 0; page < kCodePageCount; ++page) {
      if ((pages & (1u << page)) == 0) continue;
      plan(text_, bytes_, untouched_, static_cast<CodePageId>(page), true, candidate_);
      if (candidate_.covered > best_.covered ||
          (candidate_.covered == best_.covered && candidate_.covered > 0 &&
           candidate_.evidence > best_.evidence)) {
        std::swap(best_, candidate_);
      }
    }
    if (best_.covered == 0) break;
    for (auto run = best_.runs.rbegin(); run != best_.runs.rend(); ++run) {
      if (!run->accepted) continue;
      line.replace(run->first, run->last, decoded_text(best_, *run), Repair::kMojibake);
    }
    changed = true;
  }
  return changed;
}

}  // namespace copydesk::unicode
