#include "word_list.hpp"

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <tuple>

#include "casing.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

// Calls `on_line(line_number, line)` for each line, without its "\r\n" or "\n".
template <typename F>
void for_each_line(std::string_view content, F on_line) {
  std::size_t number = 0;
  while (!content.empty()) {
    ++number;
    const std::size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    content = newline == std::string_view::npos ? std::string_view() : content.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    on_line(number, line);
  }
}

bool is_ascii_lower_word(std::string_view word) {
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// fold_case without an allocation for the common case of a lower-case ASCII word.
template <typename F>
decltype(auto) with_folded(std::string_view word, F use) {
  if (is_ascii_lower_word(word)) return use(word);
  const std::string folded = fold_case(word);
  return use(std::string_view(folded));
}

// An apostrophe (' or ’) at `pos`, and its length in bytes; 0 when there is none.
std::size_t apostrophe_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == '\'') return 1;
  if (text.substr(pos, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

bool ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// End of the word that starts at `pos` (ASCII fast path).
std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (ascii_word_byte(text[pos])) {
      ++pos;
    } else if (static_cast<unsigned char>(text[pos]) >= 0x80 && word_char_after(text, pos)) {
      pos += utf8::decode(text, pos).length;
    } else {
      break;
    }
  }
  return pos;
}

}  // namespace

bool only_hyphenation(std::string_view typo, std::string_view fix) {
  if (typo.find('-') == std::string_view::npos && fix.find('-') == std::string_view::npos)
    return false;
  std::string a, b;
  for (char c : typo)
    if (c != '-') a += c;
  for (char c : fix)
    if (c != '-') b += c;
  return fold_case(a) == fold_case(b);
}

bool joined_by_apostrophe_before(std::string_view text, std::size_t pos) {
  if (pos >= 1 && text[pos - 1] == '\'') return word_char_before(text, pos - 1);
  if (pos >= 3 && text.substr(pos - 3, 3) == "\xE2\x80\x99") return word_char_before(text, pos - 3);
  return false;
}

bool joined_by_apostrophe_after(std::string_view text, std::size_t pos) {
  const std::size_t apostrophe = apostrophe_at(text, pos);
  if (apostrophe == 0 || !word_char_after(text, pos + apostrophe)) return false;
  const std::size_t next = pos + apostrophe;
  const bool possessive =
      (text[next] == 's' || text[next] == 'S') && !word_char_after(text, next + 1);
  return !possessive;
}

void parse_typo_list(std::string_view content,
                     const std::function<void(const TypoEntry&)>& on_entry,
                     const std::function<void(std::size_t, std::string)>& on_error) {
  for_each_line(content, [&](std::size_t number, std::string_view line) {
    const std::string_view trimmed = trim(line);
    if (trimmed.empty() || trimmed.front() == '#') return;
    const std::size_t arrow = trimmed.find("->");
    if (arrow == std::string_view::npos) {
      on_error(number, "expected 'typo->fix'");
      return;
    }
    TypoEntry entry;
    entry.line = number;
    entry.typo = trim(trimmed.substr(0, arrow));
    std::string_view data = trim(trimmed.substr(arrow + 2));
    // codespell's rule: text after the last comma is a reason; a trailing comma means none.
    const std::size_t last_comma = data.rfind(',');
    if (last_comma != std::string_view::npos) {
      entry.reason = trim(data.substr(last_comma + 1));
      data = trim(data.substr(0, last_comma));
      entry.candidates = 1;
      for (char c : data) entry.candidates += c == ',';
      entry.fix = trim(data.substr(0, data.find(',')));
      entry.all_fixes = data;
      // "a->b," is one candidate that codespell will not apply: treat it as ambiguous too.
      if (entry.candidates == 1 && entry.reason.empty()) entry.reason = "not applied automatically";
    } else {
      entry.fix = data;
      entry.all_fixes = data;
    }
    if (entry.typo.empty() || entry.fix.empty()) {
      on_error(number, "expected 'typo->fix'");
      return;
    }
    on_entry(entry);
  });
}

void WordSet::add(std::string_view word) {
  word = trim(word);
  if (word.empty()) return;
  with_folded(word, [&](std::string_view folded) {
    words_.insert(folded);
    return 0;
  });
}

void WordSet::add_hunspell_dic(std::string_view content) {
  words_.reserve(words_.size() + content.size() / 9);
  bool first = true;
  for_each_line(content, [&](std::size_t, std::string_view line) {
    if (first) {  // the entry count
      first = false;
      if (!line.empty() && line.find_first_not_of("0123456789 \t") == std::string_view::npos)
        return;
    }
    const std::size_t end = line.find_first_of("/\t ");
    add(line.substr(0, end));
  });
}

void WordSet::add_lines(std::string_view content) {
  for_each_line(content, [&](std::size_t, std::string_view line) {
    line = trim(line);
    if (line.empty() || line.front() == '#') return;
    const std::size_t arrow = line.find("->");
    add(arrow == std::string_view::npos ? line : line.substr(arrow + 2));
  });
}

std::optional<Locale> parse_locale(std::string_view name) {
  if (name == "en-US") return Locale::kEnUs;
  if (name == "en-GB") return Locale::kEnGb;
  return std::nullopt;
}

void SpellingVariants::add_lines(std::string_view content) {
  for_each_line(content, [&](std::size_t, std::string_view line) {
    line = trim(line);
    if (line.empty() || line.front() == '#') return;
    const std::size_t arrow = line.find("->");
    if (arrow == std::string_view::npos) return;
    const std::string british = fold_case(trim(line.substr(0, arrow)));
    std::string_view american_text = trim(line.substr(arrow + 2));
    american_text = trim(american_text.substr(0, american_text.find(',')));
    const std::string american = fold_case(american_text);
    if (british.empty() || american.empty() || british == american) return;
    british_of_.emplace(american, british);
    american_of_.emplace(british, american);
    add_spelling(american, Locale::kEnUs);
    add_spelling(british, Locale::kEnGb);
  });
}

namespace {

// Spellings of the pairs that both varieties write, so that neither tells which one a document
// uses: American English writes "dialogue", "catalogue" and "judgement" too, and British
// English "practice" (the noun), "license" (the verb) and "meter" (a device); many American
// publications write "theatre" for the art.
bool both_varieties_write(std::string_view folded_word) {
  static constexpr std::string_view kShared[] = {
      "acknowledgement", "acknowledgements", "analogue", "catalogue",
      "catalogues",      "dialogue",         "grey",     "judgement",
      "judgements",      "license",          "licenses", "meter",
      "meters",          "practice",         "theatre",  "theatres"};
  for (std::string_view shared : kShared) {
    if (folded_word == shared) return true;
  }
  return false;
}

}  // namespace

void SpellingVariants::add_spelling(std::string_view folded_word, Locale variety) {
  const std::uint32_t number = spellings_.insert(folded_word);
  if (number == variety_of_.size()) {
    variety_of_.push_back(both_varieties_write(folded_word) ? Locale::kAny : variety);
  } else if (variety_of_[number] != variety) {
    variety_of_[number] = Locale::kAny;  // British in one pair, American in another
  }
}

Locale SpellingVariants::one_variety_of(std::string_view folded_word,
                                        std::uint64_t word_hash) const {
  const std::uint32_t number = spellings_.find(folded_word, word_hash);
  return number == WordTable::kNone ? Locale::kAny : variety_of_[number];
}

bool SpellingVariants::is_variant(std::string_view folded_word) const {
  return spellings_.contains(folded_word);
}

std::string SpellingVariants::in_locale(std::string_view word, Locale locale) const {
  if (locale == Locale::kAny) return std::string(word);
  const StringMap<std::string>& map = locale == Locale::kEnGb ? british_of_ : american_of_;
  const auto found = with_folded(word, [&](std::string_view folded) {
    // Most words are of no pair; a spelling that both varieties write ("practice",
    // "dialogue") is right as it is.
    const std::uint32_t number = spellings_.find(folded);
    if (number == WordTable::kNone || variety_of_[number] == Locale::kAny) return map.end();
    return map.find(folded);
  });
  if (found == map.end()) return std::string(word);
  std::string out;
  if (!match_casing(word, found->second, out)) return std::string(word);
  return out;
}

bool TypoFilter::keeps_typo(std::string_view typo) const {
  auto is_real = [&](std::string_view folded) {
    for (const auto& words : real_words) {
      if (words->contains(folded)) return true;
    }
    return variants && variants->is_variant(folded);
  };
  return with_folded(typo, [&](std::string_view folded) {
    if (is_real(folded)) return false;
    // "co-ordinate", "pre-empt", "per cent": words that are all right alone make a spelling
    // choice, not a typo.
    std::size_t parts = 0;
    for (std::size_t i = 0; i < folded.size();) {
      const std::size_t end = word_end(folded, i);
      if (end == i) {
        i += utf8::decode(folded, i).length;
        continue;
      }
      if (!is_real(folded.substr(i, end - i))) return true;
      ++parts;
      i = end;
    }
    return parts < 2;
  });
}

std::string TypoFilter::fix_in_locale(std::string_view fix) const {
  if (!variants || locale == Locale::kAny) return std::string(fix);
  return variants->in_locale(fix, locale);
}

std::vector<std::size_t> find_loops(const std::vector<WordPair>& pairs) {
  // One-word keys in a set; phrase keys ("per cent") by their first word, with the rest.
  WordTable words;
  StringMap<std::vector<std::string>> phrases;
  words.reserve(pairs.size());
  for (const WordPair& pair : pairs) {
    with_folded(pair.from, [&](std::string_view folded) {
      const std::size_t end = word_end(folded, 0);
      if (end == folded.size()) {
        words.insert(folded);
      } else {
        phrases[std::string(folded.substr(0, end))].emplace_back(folded.substr(end));
      }
      return 0;
    });
  }
  std::vector<std::size_t> loops;
  for (std::size_t index = 0; index < pairs.size(); ++index) {
    const bool loops_back = with_folded(pairs[index].to, [&](std::string_view fix) {
      for (std::size_t i = 0; i < fix.size();) {
        const std::size_t end = word_end(fix, i);
        if (end == i) {
          i += utf8::decode(fix, i).length;
          continue;
        }
        if (!joined_by_apostrophe_before(fix, i)) {
          const std::string_view word = fix.substr(i, end - i);
          if (words.contains(word) && !joined_by_apostrophe_after(fix, end)) return true;
          if (auto found = phrases.find(word); found != phrases.end()) {
            for (const std::string& tail : found->second) {
              const std::size_t after = end + tail.size();
              if (fix.substr(end).starts_with(tail) && !word_char_after(fix, after) &&
                  !joined_by_apostrophe_after(fix, after)) {
                return true;
              }
            }
          }
        }
        i = end;
      }
      return false;
    });
    if (loops_back) loops.push_back(index);
  }
  return loops;
}

std::shared_ptr<const std::string> read_system_file(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::tuple<std::string, off_t, time_t, long>, std::shared_ptr<const std::string>>
      cache;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return nullptr;
  const auto key = std::make_tuple(path, info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec);
  std::lock_guard<std::mutex> lock(mutex);
  if (auto found = cache.find(key); found != cache.end()) return found->second;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return nullptr;
  auto text = std::make_shared<const std::string>(buffer.str());
  cache[key] = text;
  return text;
}

std::shared_ptr<const WordSet> read_system_word_set(const std::string& path) {
  static std::mutex mutex;
  static std::map<const std::string*, std::shared_ptr<const WordSet>> cache;  // by file text
  const auto text = read_system_file(path);
  if (!text) return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto found = cache.find(text.get()); found != cache.end()) return found->second;
  auto words = std::make_shared<WordSet>();
  if (path.size() >= 4 && path.substr(path.size() - 4) == ".dic") {
    words->add_hunspell_dic(*text);
  } else {
    words->add_lines(*text);
  }
  cache[text.get()] = words;
  return words;
}

}  // namespace copydesk
