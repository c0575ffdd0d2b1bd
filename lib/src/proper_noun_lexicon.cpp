#include "proper_noun_lexicon.hpp"

#include <algorithm>

#include "casing.hpp"
#include "list_lines.hpp"
#include "utf8.hpp"

namespace copydesk {

bool is_direction_word(std::string_view word) {
  static const StringSet kDirections{
      "north",       "south",     "east",      "west",         "northern",     "southern",
      "eastern",     "western",   "central",   "north-east",   "north-west",   "south-east",
      "south-west",  "northeast", "northwest", "southeast",    "southwest",    "sub",
      "upper",       "lower",     "inner",     "outer",        "mid",          "middle",
      "far",         "near",      "greater",   "northeastern", "southeastern", "northwestern",
      "southwestern"};
  return kDirections.find(word) != kDirections.end();
}

namespace {

bool is_separator(char32_t cp) {
  return cp == ' ' || cp == '-' || cp == U'\u2019' || cp == '\'';
}

// Splits "Côte d’Ivoire" into words and separators; false if it holds anything else. An
// ampersand between words is a separator with its spaces: "Procter & Gamble", "AT&T"; so is
// the apostrophe of a plural's possessive: "Transport and General Workers' Union".
bool split_name(std::string_view name, LexiconEntry& entry) {
  std::size_t i = 0;
  std::string word;
  while (i < name.size()) {
    for (const std::string_view ampersand : {" & ", "&"}) {
      if (!word.empty() && name.substr(i, ampersand.size()) == ampersand &&
          i + ampersand.size() < name.size()) {
        entry.words.push_back(std::move(word));
        word.clear();
        entry.separators.emplace_back(ampersand);
        i += ampersand.size();
        break;
      }
    }
    const auto cp = utf8::decode(name, i);
    if (!cp.valid) return false;
    if (is_word_char(cp.value)) {
      word.append(name.substr(i, cp.length));
    } else if (is_separator(cp.value) && !word.empty()) {
      entry.words.push_back(std::move(word));
      word.clear();
      entry.separators.emplace_back(name.substr(i, cp.length));
    } else if (cp.value == ' ' && !entry.separators.empty() &&
               entry.separators.size() == entry.words.size() &&
               (entry.separators.back() == "'" || entry.separators.back() == "\u2019")) {
      // A plural's possessive: "Workers' Union" parts its words with "' ".
      entry.separators.back().append(" ");
    } else {
      return false;
    }
    i += cp.length;
  }
  if (word.empty()) return false;
  entry.words.push_back(std::move(word));
  for (const std::string& w : entry.words) entry.folded_words.push_back(fold_case(w));
  return true;
}

// The words of a name folded and joined by spaces, whatever separates them: "Guinea-Bissau",
// "guinea bissau" and "GUINEA-BISSAU" give one key.
std::string folded_key(const std::vector<std::string>& folded_words) {
  std::string key;
  for (const std::string& word : folded_words) {
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

}  // namespace

void ProperNounLexicon::add(std::string_view canonical, NameKind kind, std::string_view rule) {
  canonical = trim_list_entry(canonical);
  if (canonical.empty() || !canonical_seen_.emplace(canonical).second) return;
  auto entry = std::make_unique<LexiconEntry>();
  entry->canonical = std::string(canonical);
  entry->kind = kind;
  entry->rule = std::string(rule);
  if (!split_name(canonical, *entry)) return;
  entries_.push_back(std::move(entry));
}

std::size_t ProperNounLexicon::add_lines(std::string_view lines, NameKind kind,
                                         std::string_view rule) {
  std::size_t added = 0;
  for_each_list_entry(lines, [&](std::string_view entry) {
    add(entry, kind, rule);
    ++added;
  });
  return added;
}

bool ProperNounLexicon::is_nationality(std::string_view word) const {
  const auto* entries = candidates(fold_case(word));
  return entries != nullptr &&
         std::any_of(entries->begin(), entries->end(), [](const LexiconEntry* e) {
           return e->words.size() == 1 &&
                  (e->kind == NameKind::kNationality || e->kind == NameKind::kLanguage);
         });
}

void ProperNounLexicon::add_ambiguous(std::string_view word) {
  word = trim_list_entry(word);
  if (!word.empty()) ambiguous_words_.insert(fold_case(word));
}

void ProperNounLexicon::exclude(std::string_view canonical) {
  canonical = trim_list_entry(canonical);
  if (LexiconEntry entry; split_name(canonical, entry))
    excluded_.emplace(folded_key(entry.folded_words));
}

void ProperNounLexicon::finish(const CommonWords& frequent, const CommonWords& dictionary) {
  by_first_word_.clear();
  auto sized_for = [](std::size_t words) {
    return WordFilter::for_words(std::max<std::size_t>(words, 4096));
  };
  filter_ = sized_for(entries_.size());
  scan_filter_ = sized_for(entries_.size());
  inside_filter_ = sized_for(entries_.size());
  single_filter_ = sized_for(entries_.size());
  phrase_filter_ = sized_for(entries_.size());
  pair_filter_ = sized_for(2 * entries_.size());  // a phrase has one pair per word after its first
  for (const auto& entry : entries_) {
    if (excluded_.count(folded_key(entry->folded_words)) != 0) continue;
    const bool single = entry->words.size() == 1;
    const std::string& first = entry->folded_words.front();
    entry->ambiguous =
        single && (ambiguous_words_.count(first) != 0 ||
                   (entry->kind != NameKind::kNationality && frequent.is_common(first)));
    entry->verb = single && dictionary.is_verb(first);
    entry->all_common = std::all_of(entry->folded_words.begin(), entry->folded_words.end(),
                                    [&](const std::string& w) { return frequent.is_common(w); });
    entry->directional = !single && entry->kind == NameKind::kRegion && is_direction_word(first);
    entry->word_hashes.clear();
    for (const std::string& word : entry->folded_words)
      entry->word_hashes.push_back(word_hash(word));
    const std::uint64_t hash = folded_word_hash(first);
    by_first_word_[hash].push_back(entry.get());
    filter_.add(hash);
    if (single || !frequent.is_common(first)) {
      scan_filter_.add(hash);
    } else if (!entry->all_common) {
      // "new york": the scan stops at "york" and looks back.
      const auto rare =
          std::find_if(entry->folded_words.begin() + 1, entry->folded_words.end(),
                       [&](const std::string& word) { return !frequent.is_common(word); });
      const std::uint64_t inside =
          entry->word_hashes[static_cast<std::size_t>(rare - entry->folded_words.begin())];
      scan_filter_.add(inside);
      inside_filter_.add(inside);
    }
    if (single) {
      single_filter_.add(hash);
    } else {
      phrase_filter_.add(phrase_hash(hash, entry->word_hashes[1]));
      for (std::size_t j = 0; j + 1 < entry->word_hashes.size(); ++j)
        pair_filter_.add(phrase_hash(entry->word_hashes[j], entry->word_hashes[j + 1]));
    }
  }
  for (auto& [word, list] : by_first_word_) {
    std::stable_sort(list.begin(), list.end(), [](const LexiconEntry* a, const LexiconEntry* b) {
      return a->words.size() > b->words.size();
    });
  }
}

std::string nationality_plural(std::string_view nationality) {
  if (nationality.size() < 4) return {};
  if (!nationality.ends_with("an") && !nationality.ends_with("i")) return {};
  return std::string(nationality) + "s";
}

}  // namespace copydesk
