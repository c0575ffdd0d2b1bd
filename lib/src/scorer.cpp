#include "scorer.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "document.hpp"
#include "tokens.hpp"

namespace copydesk {

double Score::precision() const {
  const std::size_t made = true_positives + false_positives;
  return made == 0 ? 1.0 : static_cast<double>(true_positives) / static_cast<double>(made);
}

double Score::recall() const {
  const std::size_t wanted = true_positives + misses;
  return wanted == 0 ? 1.0 : static_cast<double>(true_positives) / static_cast<double>(wanted);
}

double Score::f_half() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 1.25 * p * r / (0.25 * p + r);
}

Score& Score::operator+=(const Score& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  misses += other.misses;
  return *this;
}

Score EvalReport::overall() const {
  Score total;
  for (int k = 0; k < kEditClassCount; ++k) {
    if (static_cast<EditClass>(k) != EditClass::kOther)
      total += by_class[static_cast<std::size_t>(k)];
  }
  return total;
}

EvalReport& EvalReport::operator+=(const EvalReport& other) {
  for (std::size_t k = 0; k < by_class.size(); ++k) by_class[k] += other.by_class[k];
  for (const auto& [rule, score] : other.by_rule) by_rule[rule] += score;
  other_edits += other.other_edits;
  files += other.files;
  words += other.words;
  false_positives.insert(false_positives.end(), other.false_positives.begin(),
                         other.false_positives.end());
  misses.insert(misses.end(), other.misses.begin(), other.misses.end());
  source_edits.insert(source_edits.end(), other.source_edits.begin(), other.source_edits.end());
  return *this;
}

namespace {

// The rules whose changes overlap (or, for an insertion, touch) [begin, end).
std::string rules_behind(const CleanResult& result, std::size_t begin, std::size_t end) {
  std::set<std::string> rules;
  for (const Change& change : result.changes) {
    const std::size_t c_begin = change.offset, c_end = change.offset + change.length;
    const bool touches = (c_begin < end && begin < c_end) ||
                         (c_begin == c_end && c_begin >= begin && c_begin <= end) ||
                         (begin == end && begin >= c_begin && begin <= c_end);
    if (touches) rules.insert(change.rule);
  }
  // The aligner may draw an edit's edges apart from the engine's narrowed change ("... \"" as
  // one run of marks): then a change that meets the edit at either edge made it.
  if (rules.empty()) {
    for (const Change& change : result.changes) {
      const std::size_t c_begin = change.offset, c_end = change.offset + change.length;
      if (c_begin == end || c_end == begin) rules.insert(change.rule);
    }
  }
  std::string out;
  for (const std::string& rule : rules) out += (out.empty() ? "" : ",") + rule;
  return out.empty() ? "(unknown)" : out;
}

// Where offset range [begin, end) of the scraped text lies in the edited one, given the
// editor's edits (in order): shifted by the edits before it; nothing when it meets one.
std::optional<std::pair<std::size_t, std::size_t>> in_edited(const std::vector<TextEdit>& gold,
                                                             std::size_t begin, std::size_t end) {
  std::ptrdiff_t shift = 0;
  for (const TextEdit& edit : gold) {
    if (edit.begin >= end && !(edit.begin == edit.end && edit.begin == begin)) break;
    if (edit.end <= begin && !(edit.begin == edit.end && edit.begin == begin)) {
      shift += static_cast<std::ptrdiff_t>(edit.after.size()) -
               static_cast<std::ptrdiff_t>(edit.end - edit.begin);
      continue;
    }
    return std::nullopt;  // the editor changed these words too
  }
  return std::make_pair(static_cast<std::size_t>(static_cast<std::ptrdiff_t>(begin) + shift),
                        static_cast<std::size_t>(static_cast<std::ptrdiff_t>(end) + shift));
}

EvalReport score(std::string_view file, std::string_view scraped, const CleanResult& result,
                 std::string_view edited, const CleanResult* baseline) {
  EvalReport report;
  report.files = 1;
  for (const Token& token : tokenize(scraped)) report.words += token.casing != Casing::kNone;
  TextPositions positions(scraped);
  auto describe = [&](const TextEdit& edit, EditClass kind, std::string rules) {
    const TextPosition at = positions.at(edit.begin);
    std::size_t from = edit.begin > 20 ? edit.begin - 20 : 0,
                to = std::min(scraped.size(), edit.end + 20);
    while (from > 0 && (static_cast<unsigned char>(scraped[from]) & 0xC0) == 0x80) --from;
    while (to < scraped.size() && (static_cast<unsigned char>(scraped[to]) & 0xC0) == 0x80) ++to;
    std::string context(scraped.substr(from, to - from));
    for (char& c : context) c = (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
    return ScoredEdit{std::string(file), at.line,    at.column,          kind,
                      edit.before,       edit.after, std::move(context), std::move(rules)};
  };

  using Key = std::tuple<std::size_t, std::size_t, std::string>;
  std::set<Key> gold_keys;
  const std::vector<TextEdit> gold = align(scraped, edited);
  for (const TextEdit& edit : gold) gold_keys.insert({edit.begin, edit.end, edit.after});
  std::set<Key> baseline_keys;
  if (baseline != nullptr) {
    for (const TextEdit& edit : align(edited, baseline->text))
      baseline_keys.insert({edit.begin, edit.end, edit.after});
  }
  std::set<Key> found;
  for (const TextEdit& edit : align(scraped, result.text)) {
    const EditClass kind = classify_edit(scraped, edit);
    Score& score = report.by_class[static_cast<std::size_t>(kind)];
    const std::string rules = rules_behind(result, edit.begin, edit.end);
    const Key key{edit.begin, edit.end, edit.after};
    const bool right = gold_keys.count(key) > 0;
    if (!right && !baseline_keys.empty()) {
      const auto at = in_edited(gold, edit.begin, edit.end);
      if (at && baseline_keys.count({at->first, at->second, edit.after}) > 0) {
        report.source_edits.push_back(describe(edit, kind, rules));
        continue;
      }
    }
    (right ? score.true_positives : score.false_positives) += 1;
    std::size_t start = 0;
    while (start <= rules.size()) {
      const std::size_t comma = rules.find(',', start);
      const std::string rule = rules.substr(start, comma - start);
      (right ? report.by_rule[rule].true_positives : report.by_rule[rule].false_positives) += 1;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    if (right)
      found.insert(key);
    else
      report.false_positives.push_back(describe(edit, kind, rules));
  }
  for (const TextEdit& edit : gold) {
    if (found.count({edit.begin, edit.end, edit.after})) continue;
    const EditClass kind = classify_edit(scraped, edit);
    if (kind == EditClass::kOther) {
      ++report.other_edits;
      continue;
    }
    report.by_class[static_cast<std::size_t>(kind)].misses += 1;
    report.misses.push_back(describe(edit, kind, ""));
  }
  return report;
}

}  // namespace

EvalReport score_document(std::string_view file, std::string_view scraped,
                          const CleanResult& result, std::string_view edited) {
  return score(file, scraped, result, edited, nullptr);
}

EvalReport score_document(std::string_view file, std::string_view scraped,
                          const CleanResult& result, std::string_view edited,
                          const CleanResult& baseline) {
  return score(file, scraped, result, edited, &baseline);
}

}  // namespace copydesk
