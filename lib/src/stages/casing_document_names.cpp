#include "casing_document_names.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "casing.hpp"
#include "casing_context.hpp"
#include "sentence_position.hpp"
#include "speech_verbs.hpp"
#include "utf8.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

constexpr std::size_t kMinimumLetters = 3;
constexpr std::size_t kCapitalizedPairs = 2;

// Whether the document's lower-case copies of a word (`lower`, the one at hand among them) are
// few beside its `capitals` mid-sentence: none but this one, or one more for every three
// capitals ("argonaut" twice in lower case beside ten "Argonaut" is a name lost twice).
bool few_lower_case_copies(std::size_t lower, std::size_t capitals) {
  return lower <= 1 + capitals / 3;
}

// Evidence of up to this many capitals is searched in text order, without an index by hash.
constexpr std::size_t kUnindexedEvidence = 256;

bool is_ascii(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool starts_upper(std::string_view word) {
  const auto c = static_cast<unsigned char>(word.front());
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return classify_casing(word) == Casing::kTitle || classify_casing(word) == Casing::kUpper ||
         (classify_casing(word) == Casing::kMixed && capitalize_first(word) == word);
}

bool same_word(std::string_view a, std::string_view b) {
  if (is_ascii(a) && is_ascii(b)) return equals_ignoring_ascii_case(a, b);
  return fold_case(a) == fold_case(b);
}

// By Casing: Title case, mixed case or all capitals, the tokens the evidence looks at (all
// capitals only as the start of a phrase: "BBC sport").
constexpr auto kCapitalized = [] {
  std::array<unsigned char, 8> capitalized{};
  capitalized[static_cast<std::size_t>(Casing::kTitle)] = 1;
  capitalized[static_cast<std::size_t>(Casing::kMixed)] = 1;
  capitalized[static_cast<std::size_t>(Casing::kUpper)] = 1;
  return capitalized;
}();

// Whether a line that does not end like prose is a headline written in sentence case: it
// starts with a capital, holds words and light punctuation only (no code, no table), and at
// least one everyday word of four letters or more in lower case ("Keanu Reeves given Hollywood
// star"). Its other capitals are the names' own, as on a prose line; a headline in Title Case
// ("Tax Cuts Boost Economy") has no such word, and its capitals prove nothing.
bool sentence_case_headline(std::string_view line) {
  constexpr std::size_t kLongestHeadline = 160;  // bytes
  if (line.size() > kLongestHeadline) return false;
  std::size_t pos = 0;
  while (pos < line.size() && (line[pos] == '#' || line[pos] == ' ')) ++pos;
  if (pos == line.size() || !(line[pos] >= 'A' && line[pos] <= 'Z')) return false;
  bool lower_word = false;
  std::size_t word_begin = std::string_view::npos;
  for (std::size_t i = pos; i <= line.size(); ++i) {
    const unsigned char c = i < line.size() ? static_cast<unsigned char>(line[i]) : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (letter || c == '\'') {
      if (word_begin == std::string_view::npos) word_begin = i;
      continue;
    }
    if (word_begin != std::string_view::npos) {
      const std::string_view word = line.substr(word_begin, i - word_begin);
      if (word.size() >= 4 && word[0] >= 'a' && word[0] <= 'z' && !is_function_word(word)) {
        lower_word = true;
      }
      word_begin = std::string_view::npos;
    }
    const bool light = c == ' ' || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == ',' ||
                       c == '"' || c == '&' || c == '?' || c == '!' || c == '.';
    if (!light) return false;
  }
  return lower_word;
}

// A capitalized token that can serve as evidence of a name: Title case or a mixed case that
// starts with a capital ("McDonald"), not all capitals ("LISBON" in a dateline).
bool capitalized_name_form(std::string_view text, const Token& token) {
  if (token.casing == Casing::kTitle) return true;
  return token.casing == Casing::kMixed && starts_upper(token.text(text));
}

// Whether "::" joins the token to a neighbour, as in a qualified name of Perl, C++ or Rust.
bool joined_by_scope_operator(std::string_view text, const Token& token) {
  const std::size_t end = token.end();
  return (end + 1 < text.size() && text[end] == ':' && text[end + 1] == ':') ||
         (token.offset >= 2 && text[token.offset - 1] == ':' && text[token.offset - 2] == ':');
}

// Whether a capitalized word stands right before token `index`, one character apart
// ("Chinedu okafor", "Franco-german").
bool capital_before(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return index > 0 && capitalized_name_form(text, tokens[index - 1]) &&
         tokens[index].offset - tokens[index - 1].end() == 1;
}

// Whether a capitalized word follows token `index` after one space: "Eurovision Song Contest"
// has one after "Song", "Death Row records" none after "records". For a capitalized token, its
// capital may then be the longer name's ("Motorsport" of "the Motorsport Endeavour Club"), not
// the word's own; a surname ends its name ("Chinedu Okafor").
bool capital_after(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return index + 1 < tokens.size() && capitalized_name_form(text, tokens[index + 1]) &&
         text.substr(tokens[index].end(), tokens[index + 1].offset - tokens[index].end()) == " ";
}

// Whether `token` is a function word in lower case: "of" of "Call of duty", by hash.
bool lower_function_word(const Token& token) {
  return token.casing == Casing::kLower && is_function_hash(token.hash);
}

// Whether a longer name goes on after token `index`: a capitalized word right after it, or
// after a function word ("Houses" of "the Houses of Parliament").
bool name_goes_on(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  if (capital_after(text, tokens, index)) return true;
  return index + 2 < tokens.size() && tokens[index + 1].casing == Casing::kLower &&
         is_function_word(tokens[index + 1].text(text)) && one_space_between(text, tokens, index) &&
         capital_after(text, tokens, index + 1);
}

// Whether token `index` stands after "the" as a name of its own, with no longer name going on:
// "the Scarlets,", "created the Macintosh" (not "the Houses of Parliament").
bool alone_after_the(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return index > 0 && one_space_between(text, tokens, index - 1) &&
         equals_ignoring_ascii_case(tokens[index - 1].text(text), "the") &&
         !name_goes_on(text, tokens, index);
}

// Whether a word that token `index` may describe follows it: a lower-case word that is no
// function word, a verb in the past tense or an adverb ("the Party line", not "the Academy
// handed out", "the Academy officially adopted", "the Pumas shocked").
bool noun_after(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  if (index + 1 >= tokens.size() || !one_space_between(text, tokens, index) ||
      tokens[index + 1].casing != Casing::kLower || lower_function_word(tokens[index + 1])) {
    return false;
  }
  const std::string_view next = tokens[index + 1].text(text);
  // Prepositions that look like verbs: "the Savoy including the River Restaurant".
  static const WordHashSet kPrepositions = WordHashSet::of(std::initializer_list<std::string_view>{
      "including", "following", "despite", "regarding", "concerning", "excluding"});
  if (kPrepositions.contains(tokens[index + 1].hash)) return false;
  return !past_verb_or_adverb(next);
}

// Whether the capital at token `index` stands alone: no capital right before it, no longer name
// going on after it ("Halo" of "fans of Halo queued"; not "Day" of "Boxing Day", nor "Houses" of
// "the Houses of Parliament").
bool stands_alone(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return !capital_before(text, tokens, index) && !name_goes_on(text, tokens, index);
}

// How many of the capitals at `occurrences` stand alone (stands_alone).
std::size_t count_standing_alone(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<std::uint32_t>& occurrences) {
  return static_cast<std::size_t>(
      std::count_if(occurrences.begin(), occurrences.end(),
                    [&](std::uint32_t i) { return stands_alone(text, tokens, i); }));
}

// Whether a capitalized word stands right before or after token `index`, one character apart.
bool next_to_capital(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return capital_before(text, tokens, index) ||
         (index + 1 < tokens.size() && capitalized_name_form(text, tokens[index + 1]) &&
          tokens[index + 1].offset - tokens[index].end() == 1);
}

// Whether `word` is two common words of four letters or more written as one ("motorsport",
// "newsnight"). Precondition: `word` is in lower case.
bool is_compound_of_common_words(std::string_view word, const CommonWords& common) {
  constexpr std::size_t kPart = 4;
  for (std::size_t split = kPart; split + kPart <= word.size(); ++split) {
    if (common.is_common(word.substr(0, split)) && common.is_common(word.substr(split)))
      return true;
  }
  return false;
}

// A pair whose first word opens a sentence, after a stop or a colon, and which the article
// writes with both capitals twice elsewhere: "most out of them. Finest hour is" beside two
// "Finest Hour", "Medal of Honor: Pacific assault" beside four "Pacific Assault". The first
// capital is the sentence's, so only the pair vouches for the second; the pairs must end as this
// one does and stand alone ("Human rights groups" is no "Human Rights Watch", nor the end of
// "the Convention on Human Rights"), and the word is in lower case nowhere else but here. Not after
// a function word ("The office was closed" beside "The Office"), which the rule for titles decides.
std::optional<std::string> pair_opening_a_sentence(std::string_view text,
                                                   const std::vector<Token>& tokens,
                                                   std::size_t index, std::uint64_t hash,
                                                   const DocumentEvidence& evidence) {
  const Token& first = tokens[index - 1];
  if (first.casing != Casing::kTitle || is_function_hash(first.hash)) return std::nullopt;
  const Lead lead = lead_of(text, first.offset);
  const bool after_colon =
      first.offset >= 2 && text[first.offset - 1] == ' ' && text[first.offset - 2] == ':';
  if (lead.kind == Lead::Kind::kOther && !after_colon) return std::nullopt;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  const std::string_view first_word = first.text(text);
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  // Whether the pair whose second word is token `i` ends a longer name: "Convention on Human".
  auto inside_a_name = [&](std::uint32_t i) {
    return i >= 3 && tokens[i - 2].casing == Casing::kLower &&
           is_function_hash(tokens[i - 2].hash) && capitalized_name_form(text, tokens[i - 3]) &&
           one_space_between(text, tokens, i - 3) && one_space_between(text, tokens, i - 2);
  };
  std::size_t pairs = 0;
  for (const std::uint32_t i : occurrences) {
    if (i == 0 || i == index || inside_a_name(i)) continue;
    const Token& before = tokens[i - 1];
    pairs += before.text(text) == first_word && before.end() + 1 == tokens[i].offset &&
             text[before.end()] == ' ' &&
             capital_after(text, tokens, i) == capital_after(text, tokens, index);
  }
  if (pairs < kCapitalizedPairs) return std::nullopt;
  const std::string phrase = std::string(first_word) + " ";
  if (count_word_near(text, word, token.offset, phrase) > 0) return std::nullopt;
  return evidence.form_to_write(occurrences);
}

}  // namespace

bool before_speech_verb(std::string_view text, const std::vector<Token>& tokens,
                        std::size_t index) {
  // By hash, in one set with the auxiliaries ("But real could be drawn", "arbor was not"):
  // most words are asked, and few are verbs.
  static const WordHashSet kHashes = [] {
    WordHashSet verbs = WordHashSet::of(speech_verbs());
    for (const std::string_view auxiliary : {"is", "was", "has", "had", "will", "would", "could",
                                             "should", "can", "must", "did", "does"}) {
      verbs.add(word_hash(auxiliary));
    }
    return verbs;
  }();
  if (index + 1 >= tokens.size()) return false;
  const Token& next = tokens[index + 1];
  return next.casing == Casing::kLower && kHashes.contains(next.hash) &&
         one_space_between(text, tokens, index);
}

std::size_t count_word_near(std::string_view text, std::string_view word, std::size_t pos,
                            std::string_view not_after, std::string_view not_before) {
  const std::size_t begin = pos > kEvidenceWindow ? pos - kEvidenceWindow : 0;
  const std::string_view near = text.substr(begin, 2 * kEvidenceWindow);
  std::size_t count = 0;
  for (std::size_t at = near.find(word); at != std::string_view::npos;
       at = near.find(word, at + 1)) {
    const std::size_t start = begin + at, end = start + word.size();
    const bool starts = start == 0 || !word_char_before(text, start);
    const bool ends = !word_char_after(text, end);
    if (!starts || !ends) continue;
    // The same phrase again, as in "Kilroy-silk" twice, is the same error, not the word.
    if (!not_after.empty() && start >= not_after.size() &&
        equals_ignoring_ascii_case(text.substr(start - not_after.size(), not_after.size()),
                                   not_after)) {
      continue;
    }
    if (!not_before.empty() &&
        equals_ignoring_ascii_case(text.substr(end, not_before.size()), not_before)) {
      continue;
    }
    ++count;
  }
  return count;
}

bool written_only_in_lower_case(std::string_view text, std::string_view word, std::size_t pos,
                                std::size_t copies) {
  return count_word_near(text, word, pos) >= copies &&
         count_word_near(text, capitalize_first(word), pos) == 0;
}

struct DocumentEvidence::Spare {
  std::vector<Occurrence> evidence;
  std::vector<WordFilter> filters;
  std::vector<std::uint32_t> titles, before_lower_case, after_lower_case, lower_case_words;
};

DocumentEvidence::Spare& DocumentEvidence::spare() {
  thread_local Spare lists;
  return lists;
}

void DocumentEvidence::swap_lists(Spare& lists) {
  evidence_.swap(lists.evidence);
  filters_.swap(lists.filters);
  titles_.swap(lists.titles);
  capitals_before_lower_case_.swap(lists.before_lower_case);
  capitals_after_lower_case_.swap(lists.after_lower_case);
  lower_case_words_.swap(lists.lower_case_words);
}

DocumentEvidence::~DocumentEvidence() {
  // A long text's lists would stay with the thread at their size; they cost little to make
  // beside its scan.
  if (text_.size() <= kLongestRecycledText) swap_lists(spare());
}

DocumentEvidence::DocumentEvidence(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens) {
  swap_lists(spare());
  evidence_.clear();
  titles_.clear();
  capitals_before_lower_case_.clear();
  capitals_after_lower_case_.clear();
  lower_case_words_.clear();
  std::size_t line_end = 0;
  bool prose = false;
  evidence_.reserve(tokens.size() / 4);  // about as many capitals as news has: one allocation
  const WordFilter::View titles = title_filter().view();
  auto consider = [&](std::size_t i) {
    const Token& token = tokens[i];
    const std::uint64_t hash = token.hash;
    const bool title_case = token.casing == Casing::kTitle;
    // A title before a lower-case word ("Dr", "President"). The filter, which says no to most
    // words, is asked before the word after is read.
    if (titles.may_contain(hash) & title_case) {
      if (i + 1 < tokens.size() && tokens[i + 1].casing == Casing::kLower && is_title_hash(hash))
        titles_.push_back(static_cast<std::uint32_t>(i));
    }
    if (token.length < kMinimumLetters) return;
    // Title case, the common case, without a call.
    if (!title_case && !capitalized_name_form(text, token)) return;
    const bool mid = mid_sentence(text, tokens, i);
    if (mid && token.offset >= line_end) {
      // Whether the line ends like prose depends only on what follows the word on its line
      // (the word itself stops ends_like_prose's look back), so the end of the line is enough.
      const LineRange line = line_after(text, token.offset);
      line_end = line.end + 1;
      prose = ends_like_prose(text.substr(line.begin, line.end - line.begin));
      if (!prose) {
        const LineRange whole = line_around(text, token.offset);
        prose = sentence_case_headline(text.substr(whole.begin, whole.end - whole.begin));
      }
    }
    const bool strict = mid && prose;
    // A word in the middle of a sentence has a word or comma before it: lead_of says kOther.
    if (!mid && lead_of(text, token.offset).kind != Lead::Kind::kOther) return;
    // A part of a qualified name in code ("Dpkg::Changelog", "Foo::new") is no name of prose.
    if (joined_by_scope_operator(text, token)) return;
    evidence_.push_back({hash, static_cast<std::uint32_t>(i), strict});
  };
  // The capitalized tokens, picked out a stretch at a time by writing every index and keeping
  // those of capitals: a branch on each token's casing would go either way as no predictor can
  // follow.
  constexpr std::size_t kStretch = 512;
  std::uint32_t capitalized[kStretch];
  // The lower-case words the casing rules may change, picked out the same way in the same
  // pass: the sieve then visits them alone, not every token a second time.
  std::uint32_t lower_case[kStretch];
  lower_case_words_.reserve(tokens.size() / 2);
  // A branch-free write needs a slot ahead: room for a stretch's capitals is made before each
  // stretch (not for every token at once, which would fill four bytes a token with zeros),
  // and the lists are trimmed at the end.
  std::vector<std::uint32_t>& before_lower_case = capitals_before_lower_case_;
  std::vector<std::uint32_t>& after_lower_case = capitals_after_lower_case_;
  before_lower_case.reserve(tokens.size() / 8);
  after_lower_case.reserve(tokens.size() / 8);
  std::size_t before_count = 0, after_count = 0;
  for (std::size_t begin = 0; begin < tokens.size(); begin += kStretch) {
    const std::size_t end = std::min(tokens.size(), begin + kStretch);
    std::size_t count = 0, lower_count = 0;
    auto sort_token = [&](std::size_t i) {
      const Token& token = tokens[i];
      capitalized[count] = static_cast<std::uint32_t>(i);
      count += kCapitalized[static_cast<std::size_t>(token.casing)];
      lower_case[lower_count] = static_cast<std::uint32_t>(i);
      lower_count += (token.casing == Casing::kLower) & (token.length != 2);
    };
    // Eight tokens (three cache lines) at a time, then the rest.
    std::size_t i = begin;
    for (; i + 8 <= end; i += 8) {
      // The first pass over a document's tokens: fetch ahead, the scan comes back to them.
      // 48 tokens (18 cache lines) ahead were faster than 16 in 19 of 22 alternating rounds
      // of BM_CasingAndSentenceMatchersPerArticle, whose articles come from memory.
      __builtin_prefetch(&tokens[std::min(i + 48, tokens.size() - 1)]);
      for (std::size_t k = 0; k < 8; ++k) sort_token(i + k);
    }
    for (; i < end; ++i) sort_token(i);
    lower_case_words_.insert(lower_case_words_.end(), lower_case, lower_case + lower_count);
    for (std::size_t k = 0; k < count; ++k) consider(capitalized[k]);
    before_lower_case.resize(before_count + count);
    after_lower_case.resize(after_count + count);
    // Title-case words and acronyms before a lower-case one ("Kate winslet", "BBC sport"), and
    // Title- or mixed-case words after one ("nick McCarthy"), kept the same way.
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t i = capitalized[k];
      const bool upper = tokens[i].casing == Casing::kUpper;
      before_lower_case[before_count] = static_cast<std::uint32_t>(i);
      before_count += (tokens[i].casing != Casing::kMixed) & (i + 1 < tokens.size()) &
                      (tokens[std::min(i + 1, tokens.size() - 1)].casing == Casing::kLower);
      after_lower_case[after_count] = static_cast<std::uint32_t>(i);
      after_count += !upper & (i > 0) & (tokens[i == 0 ? 0 : i - 1].casing == Casing::kLower);
    }
  }
  before_lower_case.resize(before_count);
  after_lower_case.resize(after_count);
  const std::size_t blocks = text.size() / kEvidenceWindow + 1;
  if (blocks == 1) {  // an article: one filter, no counting
    if (filters_.empty()) {
      filters_.push_back(WordFilter::for_words(evidence_.size()));
    } else {
      filters_.resize(1);
      filters_.front().reset_for_words(evidence_.size());
    }
    for (const Occurrence& occurrence : evidence_) filters_.front().add(occurrence.hash);
    return;
  }
  filters_.clear();
  filters_.reserve(blocks);
  // The window [near - W, near + W) meets at most the block of `near` and its two neighbours:
  // each block's filter holds those three blocks' capitals, so that a lookup is one probe.
  std::vector<std::size_t> per_block(blocks, 0);
  for (const Occurrence& occurrence : evidence_)
    ++per_block[tokens[occurrence.token].offset / kEvidenceWindow];
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t count =
        per_block[b] + (b > 0 ? per_block[b - 1] : 0) + (b + 1 < blocks ? per_block[b + 1] : 0);
    filters_.push_back(WordFilter::for_words(count));
  }
  for (const Occurrence& occurrence : evidence_) {
    const std::size_t block = tokens[occurrence.token].offset / kEvidenceWindow;
    for (std::size_t b = block == 0 ? 0 : block - 1; b <= block + 1 && b < blocks; ++b)
      filters_[b].add(occurrence.hash);
  }
}

bool DocumentEvidence::may_know_in_stretches(std::uint64_t hash, std::size_t near) const {
  return filters_[std::min(near / kEvidenceWindow, filters_.size() - 1)].may_contain(hash);
}

void DocumentEvidence::build_index() const {
  index_ = evidence_;
  if (index_.size() < 1024) {
    std::sort(index_.begin(), index_.end());
  } else {
    // A long text: a radix sort by hash, eight bits a pass. Each pass is stable and the
    // evidence is in text order, so ties stay in token order, as operator< sorts them.
    std::vector<Occurrence> buffer(index_.size());
    for (unsigned shift = 0; shift < 64; shift += 8) {
      std::size_t counts[257] = {};
      for (const Occurrence& o : index_) ++counts[((o.hash >> shift) & 0xff) + 1];
      for (std::size_t b = 1; b < 257; ++b) counts[b] += counts[b - 1];
      for (const Occurrence& o : index_) buffer[counts[(o.hash >> shift) & 0xff]++] = o;
      index_.swap(buffer);
    }
  }
  indexed_ = true;
}

std::pair<std::uint32_t, std::uint32_t> DocumentEvidence::window(std::size_t near) const {
  const std::size_t begin = near > kEvidenceWindow ? near - kEvidenceWindow : 0;
  const std::size_t end = near + kEvidenceWindow;
  // The whole text, as for any article: no search.
  if (begin == 0 && end >= text_.size()) return {0, static_cast<std::uint32_t>(tokens_.size())};
  return {static_cast<std::uint32_t>(first_token_from(tokens_, begin)),
          static_cast<std::uint32_t>(first_token_from(tokens_, end))};
}

template <typename Each>
void DocumentEvidence::for_each_near(std::uint64_t hash, std::size_t near, Each each) const {
  if (!may_know(hash, near)) return;
  const auto [first, last] = window(near);
  if (evidence_.size() <= kUnindexedEvidence) {
    // An article's few capitals: reading them all, in text order, is cheaper than sorting.
    for (const Occurrence& occurrence : evidence_) {
      if (occurrence.hash == hash && occurrence.token >= first && occurrence.token < last &&
          !each(occurrence)) {
        return;
      }
    }
    return;
  }
  if (!indexed_) build_index();
  auto it = std::lower_bound(index_.begin(), index_.end(), Occurrence{hash, first, false});
  for (; it != index_.end() && it->hash == hash && it->token < last; ++it) {
    if (!each(*it)) return;
  }
}

std::vector<std::uint32_t> DocumentEvidence::capitalized(std::string_view lower, std::uint64_t hash,
                                                         std::size_t near, bool strict) const {
  std::vector<std::uint32_t> found;
  for_each_near(hash, near, [&](const Occurrence& occurrence) {
    if ((occurrence.strict || !strict) && same_word(tokens_[occurrence.token].text(text_), lower)) {
      found.push_back(occurrence.token);
    }
    return true;
  });
  return found;
}

std::optional<std::string_view> DocumentEvidence::form(
    const std::vector<std::uint32_t>& occurrences) const {
  if (occurrences.empty()) return std::nullopt;
  const std::string_view first = tokens_[occurrences.front()].text(text_);
  for (const std::uint32_t i : occurrences) {
    if (tokens_[i].text(text_) != first) return std::nullopt;
  }
  return first;
}

std::size_t DocumentEvidence::count_capitalized(std::string_view lower, std::uint64_t hash,
                                                std::size_t near, bool strict) const {
  std::size_t count = 0;
  for_each_near(hash, near, [&](const Occurrence& occurrence) {
    if ((occurrence.strict || !strict) && same_word(tokens_[occurrence.token].text(text_), lower))
      ++count;
    return true;
  });
  return count;
}

bool DocumentEvidence::capitalized_at_least(std::uint64_t hash, std::size_t near,
                                            std::size_t times) const {
  std::size_t count = 0;
  if (filters_.size() == 1) {
    // A text of one stretch: every capital is near, and the hashes alone answer.
    if (!filters_.front().may_contain(hash)) return false;
    for (const Occurrence& occurrence : evidence_) count += occurrence.hash == hash;
    return count >= times;
  }
  for_each_near(hash, near, [&](const Occurrence&) { return ++count < times; });
  return count >= times;
}

std::size_t DocumentEvidence::count_capitalized_alone(std::string_view lower, std::uint64_t hash,
                                                      std::size_t near) const {
  std::size_t count = 0;
  for_each_near(hash, near, [&](const Occurrence& occurrence) {
    if (occurrence.strict && same_word(tokens_[occurrence.token].text(text_), lower) &&
        !name_goes_on(text_, tokens_, occurrence.token)) {
      ++count;
    }
    return true;
  });
  return count;
}

bool DocumentEvidence::contains_phrase(const std::vector<std::string>& words,
                                       const std::vector<std::string>& separators,
                                       std::size_t except) const {
  bool found = false;
  for_each_near(word_hash(words.back()), except, [&](const Occurrence& occurrence) {
    // Walk back from the last word, comparing words and separators exactly.
    const std::size_t index = occurrence.token;
    if (index + 1 < words.size()) return true;
    bool matches = true;
    for (std::size_t j = words.size(); j-- > 0 && matches;) {
      const Token& token = tokens_[index - (words.size() - 1 - j)];
      matches = token.text(text_) == words[j];
      if (matches && j > 0) {
        const Token& before = tokens_[index - (words.size() - 1 - j) - 1];
        matches = text_.substr(before.end(), token.offset - before.end()) == separators[j - 1];
      }
    }
    found = matches && tokens_[index + 1 - words.size()].offset != except;
    return !found;
  });
  return found;
}

namespace {

// The document's form of the word at `token`, when the document capitalizes it at least twice
// mid-sentence (`occurrences`) and seldom writes it in lower case (few_lower_case_copies).
std::optional<std::string> form_capitalized_twice(std::string_view text, const Token& token,
                                                  const std::vector<std::uint32_t>& occurrences,
                                                  const DocumentEvidence& evidence) {
  if (occurrences.size() < kCapitalizedPairs ||
      !few_lower_case_copies(count_word_near(text, token.text(text), token.offset),
                             occurrences.size())) {
    return std::nullopt;
  }
  return evidence.form_to_write(occurrences);
}

// An everyday word before a capital, where the article capitalizes the word mid-sentence three
// times or more, once at least standing alone, and writes it in lower case only here: "owned by
// reliance Industries" beside "the Reliance empire", "Mukesh and Reliance in" and "Reliance
// Energy".
std::optional<std::string> everyday_word_before_a_capital(std::string_view text,
                                                          const std::vector<Token>& tokens,
                                                          std::size_t index, std::uint64_t hash,
                                                          const DocumentEvidence& evidence) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  constexpr std::size_t kCapitals = 3;
  if (!capital_after(text, tokens, index) || capital_before(text, tokens, index) ||
      is_title_hash(hash) || is_role_word(word) ||
      !evidence.capitalized_at_least(hash, token.offset, kCapitals)) {
    return std::nullopt;
  }
  const std::vector<std::uint32_t> capitals = evidence.capitalized(word, hash, token.offset);
  if (capitals.size() < kCapitals || count_standing_alone(text, tokens, capitals) == 0 ||
      count_word_near(text, word, token.offset) > 1) {
    return std::nullopt;
  }
  return evidence.form_to_write(capitals);
}

// An everyday word that the article has made a name of: capitalized mid-sentence, standing
// alone, kCapitalsOfAnEverydayName times or more, and in lower case only here. "nothing in halo
// that" beside fifteen "Halo" (the game), "In its statement valve also said" beside eight
// "Valve". Standing alone: no capital right before it and no longer name going on after it,
// which the article's "Boxing Day", "T-Mobile" or "World Cup" do not vouch for ("trading day",
// "mobile phone", "the world").
std::optional<std::string> everyday_word_made_a_name(std::string_view text,
                                                     const std::vector<Token>& tokens,
                                                     std::size_t index, std::uint64_t hash,
                                                     const DocumentEvidence& evidence) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (is_title_hash(hash) || is_role_word(word) ||
      !evidence.capitalized_at_least(hash, token.offset, kCapitalsOfAnEverydayName)) {
    return std::nullopt;
  }
  const std::vector<std::uint32_t> occurrences =
      evidence.capitalized(word, hash, token.offset, /*strict=*/false);
  if (count_standing_alone(text, tokens, occurrences) < kCapitalsOfAnEverydayName ||
      count_word_near(text, word, token.offset) > 1) {
    return std::nullopt;
  }
  return evidence.form_to_write(occurrences);
}

// An everyday word after "the" that the article makes the short name of an institution or a
// work: "the commission's letter" beside "the Commission" standing alone twice, "The act comes
// into force" beside "the Act" twice, and the word in lower case seldom
// (few_lower_case_copies).
std::optional<std::string> short_name_after_the(std::string_view text,
                                                const std::vector<Token>& tokens, std::size_t index,
                                                std::uint64_t hash,
                                                const DocumentEvidence& evidence) {
  const Token& token = tokens[index];
  if (!after_the(tokens, index) || !one_space_between(text, tokens, index - 1) ||
      !evidence.capitalized_at_least(hash, token.offset, 2)) {
    return std::nullopt;
  }
  const std::string_view word = token.text(text);
  if (is_role_word(word)) return std::nullopt;
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  // Alone: no longer name goes on, and no noun after it that it would describe.
  const auto alone = std::count_if(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
    return alone_after_the(text, tokens, i) && !noun_after(text, tokens, i);
  });
  if (alone < 2 ||
      !few_lower_case_copies(count_word_near(text, word, token.offset), occurrences.size())) {
    return std::nullopt;
  }
  return evidence.form_to_write(occurrences);
}

// A word before the same lower-case word as where the article capitalizes it: "But the cesar
// organisers" beside "president of Cesar organisers". Its other lower-case copies must be
// copies of the phrase, or few (few_lower_case_copies).
std::optional<std::string> same_word_after(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t index, std::uint64_t hash,
                                           const DocumentEvidence& evidence) {
  if (index + 1 >= tokens.size() || !one_space_between(text, tokens, index) ||
      tokens[index + 1].casing != Casing::kLower || lower_function_word(tokens[index + 1])) {
    return std::nullopt;
  }
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  const std::vector<std::uint32_t> capitals = evidence.capitalized(word, hash, token.offset);
  if (!phrase_stands_elsewhere(text, tokens, index, index, index + 1, capitals))
    return std::nullopt;
  std::string after = " ";
  after += tokens[index + 1].text(text);
  if (!few_lower_case_copies(1 + count_word_near(text, word, token.offset, {}, after),
                             capitals.size())) {
    return std::nullopt;
  }
  return evidence.form_to_write(capitals);
}

// A word beside a number, where the article writes the same pair with the word capitalized:
// "50 cent, who burst" beside "Rapper 50 Cent", "a finalist for billboard 200 album" beside
// "Billboard 200 album", "Billboard's hot 100 chart" beside "its new Hot 100 chart". The word
// must be in lower case only here.
std::optional<std::string> pair_with_a_number(std::string_view text,
                                              const std::vector<Token>& tokens, std::size_t index,
                                              std::uint64_t hash,
                                              const DocumentEvidence& evidence) {
  auto number = [&](std::size_t i) {
    const std::string_view digits = tokens[i].text(text);
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const bool number_before =
      index > 0 && one_space_between(text, tokens, index - 1) && number(index - 1);
  const bool number_after =
      index + 1 < tokens.size() && one_space_between(text, tokens, index) && number(index + 1);
  if (!number_before && !number_after) return std::nullopt;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  const std::vector<std::uint32_t> capitals = evidence.capitalized(word, hash, token.offset);
  const bool pair_elsewhere =
      (number_before && phrase_stands_elsewhere(text, tokens, index, index - 1, index, capitals)) ||
      (number_after && phrase_stands_elsewhere(text, tokens, index, index, index + 1, capitals));
  if (!pair_elsewhere || count_word_near(text, word, token.offset) > 1) return std::nullopt;
  return evidence.form_to_write(capitals);
}

// A word after one that introduces a name, where the article capitalizes the word standing
// alone and writes it in lower case only here: "rock band muse were named" beside "Muse said",
// "a guitarist called flicker." beside "replaced Flicker", "rockers free, who" beside "Free
// and Bad Company". Not before a noun it would describe ("a band called free software").
std::optional<std::string> name_after_a_naming_word(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t index, std::uint64_t hash,
                                                    const DocumentEvidence& evidence) {
  if (!after_a_naming_word(tokens, index) || tokens[index - 1].casing != Casing::kLower ||
      !one_space_between(text, tokens, index - 1)) {
    return std::nullopt;
  }
  if (index + 1 < tokens.size() && one_space_between(text, tokens, index) &&
      tokens[index + 1].casing == Casing::kLower && !lower_function_word(tokens[index + 1])) {
    return std::nullopt;
  }
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  if (count_standing_alone(text, tokens, occurrences) == 0 ||
      count_word_near(text, word, token.offset) > 1) {
    return std::nullopt;
  }
  return evidence.form_to_write(occurrences);
}

// A person's name that is also a word ("law", "miller", "bent"), which the article writes
// capitalized at least twice, once at least as a person's (after a first name or a title, or
// before a verb of speech: "Mr Law said", "Darren Bent"), and in lower case only here, where
// nothing describes it: no determiner, adjective or "of" before it ("a brown envelope", "the
// rule of law"), no noun after it ("miller moths"). "box and miller outjumped", "With just
// fuller as", "after bridge pulled out".
std::optional<std::string> person_the_article_names(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t index, std::uint64_t hash,
                                                    const DocumentEvidence& evidence,
                                                    const CensusNames& census) {
  if (!census.first_name(hash) && !census.surname(hash)) return std::nullopt;
  if (!undescribed_name_position(text, tokens, index)) return std::nullopt;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  if (occurrences.size() < kCapitalizedPairs) return std::nullopt;
  const bool as_a_person =
      std::any_of(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
        if (i > 0 &&
            (one_space_between(text, tokens, i - 1) ||
             text.substr(tokens[i - 1].end(), tokens[i].offset - tokens[i - 1].end()) == ". ")) {
          const Token& before = tokens[i - 1];
          if (before.casing == Casing::kTitle &&
              (census.first_name(before.hash) || is_title_word(before.text(text)))) {
            return true;
          }
        }
        // A first name before a surname: "Ken Livingstone" for "with ken so".
        if (census.first_name(hash) && capital_after(text, tokens, i)) return true;
        return before_speech_verb(text, tokens, i);
      });
  if (!as_a_person || count_word_near(text, word, token.offset) > 1) return std::nullopt;
  return evidence.form_to_write(occurrences);
}

// A speaker whom the article names in full once, a census first name before the capital, and
// writes in lower case nowhere else: `," cates said` beside "producer Gil Cates told",
// `," banks told` beside "physio Mike Banks". The first name makes the capital a person's
// surname, not the end of a longer name ("the Metropolitan Police" vouches for no "police
// said").
std::optional<std::string> surname_of_a_speaker(std::string_view text,
                                                const std::vector<Token>& tokens, std::size_t index,
                                                const std::vector<std::uint32_t>& occurrences,
                                                const DocumentEvidence& evidence,
                                                const CensusNames* census) {
  if (census == nullptr || occurrences.empty()) return std::nullopt;
  const bool named_in_full =
      std::any_of(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
        return i > 0 && tokens[i - 1].casing == Casing::kTitle &&
               one_space_between(text, tokens, i - 1) && census->first_name(tokens[i - 1].hash);
      });
  if (!named_in_full || count_word_near(text, tokens[index].text(text), tokens[index].offset) > 1)
    return std::nullopt;
  return evidence.form_to_write(occurrences);
}

// A word the dictionaries list in lower case but everyday English seldom uses ("duff",
// "valve", "marsh"), with no capital beside it: the article's form, when it capitalizes the
// word twice mid-sentence and writes it in lower case nowhere else, and the word stands as a
// noun phrase of its own: no determiner or adjective before it ("his burton", "best emcees"),
// no noun after it ("online gaming"), not a prefix ("anti-doping"). "the" is allowed where the
// article writes "the" and the name alone twice ("the macintosh was" beside "the Macintosh").
// A word capitalized four times and in lower case only here needs none of this.
// `gap_before` and `gap_after` are the text between the word and its neighbours.
std::optional<std::string> uncommon_word_alone(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t index,
                                               std::uint64_t hash, const DocumentEvidence& evidence,
                                               const CommonWords& common,
                                               const CommonWords* frequent, const Token* previous,
                                               std::string_view gap_before, const Token* next,
                                               std::string_view gap_after) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (frequent == nullptr) return std::nullopt;
  if (frequent->probably_common(hash)) {
    if (auto form = short_name_after_the(text, tokens, index, hash, evidence)) return form;
    return everyday_word_made_a_name(text, tokens, index, hash, evidence);
  }
  if (next != nullptr && gap_after == "-") return std::nullopt;
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  // A name the article has established, whatever stands around it ("the first macintosh
  // computer", "launched nirvana on").
  if (established_name(occurrences.size(),
                       [&] { return count_word_near(text, word, token.offset); })) {
    return evidence.form_to_write(occurrences);
  }
  const bool after_the = previous != nullptr && gap_before == " " && previous->text(text) == "the";
  if (previous != nullptr && gap_before == " " && !after_the &&
      (!is_function_word(previous->text(text)) || introduces_common_noun(previous->text(text)))) {
    return std::nullopt;
  }
  const bool noun_follows = next != nullptr && gap_after == " " && noun_after(text, tokens, index);
  // After "the", the article must write "the" and the name alone, twice: "the macintosh was"
  // beside "created the Macintosh" (not "the duchy" beside "the Duchy of Cornwall").
  if (after_the) {
    const std::size_t after_the_alone =
        std::count_if(occurrences.begin(), occurrences.end(),
                      [&](std::uint32_t i) { return alone_after_the(text, tokens, i); });
    if (noun_follows || after_the_alone < kCapitalizedPairs) return std::nullopt;
  }
  if (noun_follows && (occurrences.size() < 3 || !common.is_name(word))) return std::nullopt;
  return form_capitalized_twice(text, token, occurrences, evidence);
}

// Whether a determiner stands before token `index`, or before a lower-case word before it:
// "the party's leadership", "the oil ministry's choice", "the new act had" (not "wasted city's
// best chance").
bool after_determiner(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  auto determiner = [&](std::size_t at) {
    return one_space_between(text, tokens, at) && introduces_common_noun(tokens[at].text(text));
  };
  return index > 0 && (determiner(index - 1) ||
                       (index > 1 && tokens[index - 1].casing == Casing::kLower &&
                        one_space_between(text, tokens, index - 1) && determiner(index - 2)));
}

// A possessive of a word the article capitalizes twice mid-sentence and seldom writes in lower
// case: "improving villa's fortunes" beside two "Villa", "wasted city's best chance". A
// possessive is a name's more often than a description's, so a verb's form before it does not
// veto it as it does for uncommon_word_alone. Not after a determiner ("the party's
// leadership"), a title or a role ("the Pakistani president's visit"), nor the end of a
// compound ("the 32-year-old's").
std::optional<std::string> possessive_of_name(std::string_view text,
                                              const std::vector<Token>& tokens, std::size_t index,
                                              std::uint64_t hash, const DocumentEvidence& evidence,
                                              std::string_view gap_before) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (joint_after(text, tokens, index) != Joint::kPossessive || gap_before == "-" ||
      is_title_hash(hash) || is_role_word(word)) {
    return std::nullopt;
  }
  if (after_determiner(text, tokens, index)) return std::nullopt;
  // A lower-case word before it describes it unless it is a verb's form: "improving villa's
  // fortunes", "wasted city's best chance" (not "independent radio's chart").
  if (index > 0 && gap_before == " " && tokens[index - 1].casing == Casing::kLower) {
    const std::string_view before = tokens[index - 1].text(text);
    if (!is_function_word(before) && !before.ends_with("ed") && !before.ends_with("ing"))
      return std::nullopt;
  }
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  return form_capitalized_twice(text, token, occurrences, evidence);
}

// A plural after "the" that the article writes as a name after "the" elsewhere: a team, a
// party or an award by its short name ("allows the scarlets to look" beside "the Scarlets",
// "said the liberals could", "a nomination at the brits."). A capital must stand alone after
// "the" ("the Scarlets," not "the Houses of Parliament"), and the word must be in lower case
// nowhere else; no noun may follow it ("the oscars telecast").
std::optional<std::string> plural_name_after_the(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 std::size_t index, std::uint64_t hash,
                                                 const DocumentEvidence& evidence) {
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (index == 0 || word.size() < 4 || word.back() != 's' || !is_ascii(word) ||
      !one_space_between(text, tokens, index - 1) ||
      !equals_ignoring_ascii_case(tokens[index - 1].text(text), "the")) {
    return std::nullopt;  // "the" or "The": "Simon Danielli (The borders)"
  }
  // A role after it is someone of the team or the band ("the doors frontman"); other copies of
  // the pair are the same error ("Lost doors frontman movie").
  const bool noun_follows = noun_after(text, tokens, index);
  const bool role_after = noun_follows && is_role_word(tokens[index + 1].text(text));
  if (noun_follows && !role_after) return std::nullopt;
  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  const bool after_the_alone =
      std::any_of(occurrences.begin(), occurrences.end(),
                  [&](std::uint32_t i) { return alone_after_the(text, tokens, i); });
  if (!after_the_alone) return std::nullopt;  // before the count, which reads 32 KB of a long text
  const std::size_t lower =
      role_after ? 1 + count_word_near(text, word, token.offset, {},
                                       " " + std::string(tokens[index + 1].text(text)))
                 : count_word_near(text, word, token.offset);
  if (lower > 1) return std::nullopt;
  return evidence.form_to_write(occurrences);
}

// A census first name in lower case before a capitalized word, where the article writes the
// two capitalized elsewhere, in the headline or the body, or opening a sentence: "Actor tom
// Hanks" beside "star Tom Hanks", "director - martin Scorsese", "to which frank Capra" beside
// "Frank Capra won". (A capitalized first name before a lower-case word says
// less: "German economy", "Florida state", "Mac mini" are no one's names.)
std::optional<std::string> first_name_of_a_full_name(std::string_view text,
                                                     const std::vector<Token>& tokens,
                                                     std::size_t index, std::uint64_t hash,
                                                     const DocumentEvidence& evidence,
                                                     const CensusNames& census) {
  if (index + 1 >= tokens.size() || !one_space_between(text, tokens, index) ||
      !capitalized_name_form(text, tokens[index + 1]) || !census.first_name(hash)) {
    return std::nullopt;
  }
  const std::string_view surname = tokens[index + 1].text(text);
  for (const std::uint32_t i : evidence.capitalized(tokens[index].text(text), hash,
                                                    tokens[index].offset, /*strict=*/false)) {
    if (i + 1 < tokens.size() && one_space_between(text, tokens, i) &&
        tokens[i + 1].text(text) == surname) {
      return std::string(tokens[i].text(text));
    }
  }
  // The whole name opening a sentence: its first capital is the sentence's as much as the
  // name's, so the evidence leaves it out; the pair is enough ("Frank Capra bounded up").
  const std::string first = capitalize_first(tokens[index].text(text));
  if (count_word_near(text, first + " " + std::string(surname), tokens[index].offset) > 0) {
    return first;
  }
  return std::nullopt;
}

// A first name that is also a word, though not an everyday one ("carmen", "perry", "burton"):
// a person's when the article capitalizes it and writes it in lower case nowhere else ("the
// tragic opera carmen shot", "played by perry)"). Not after a determiner ("the carmen
// costumes").
std::optional<std::string> uncommon_first_name(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t index,
                                               std::uint64_t hash, const DocumentEvidence& evidence,
                                               const CensusNames& census,
                                               const CommonWords& everyday) {
  if (!census.first_name(hash) || everyday.probably_common(hash)) return std::nullopt;
  const std::string_view word = tokens[index].text(text);
  const auto written = evidence.form(evidence.capitalized(word, hash, tokens[index].offset));
  if (!written || after_determiner(text, tokens, index) ||
      count_word_near(text, word, tokens[index].offset) > 1) {
    return std::nullopt;
  }
  return std::string(*written);
}

// The first word of a title after a capitalized article ("The", "A", "An"), where the article
// writes the two capitalized after the capitalized article mid-sentence: "Russian drama The
// return" beside "won for The Return", "The aviator has been tipped" beside "for The Aviator".
// Mid-sentence, a capitalized article starts a title, so lower-case copies of the word elsewhere
// do not count; at a sentence's start it may be the sentence's, so they must be copies of the
// phrase ("The office was closed" beside "The Office" and "an office" stays).
std::optional<std::string> first_word_of_a_title(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 std::size_t index, std::uint64_t hash,
                                                 const DocumentEvidence& evidence) {
  if (index == 0 || !one_space_between(text, tokens, index - 1)) return std::nullopt;
  const std::string_view article = tokens[index - 1].text(text);
  if (article != "The" && article != "A" && article != "An") return std::nullopt;
  const std::string_view word = tokens[index].text(text);
  for (const std::uint32_t i : evidence.capitalized(word, hash, tokens[index].offset,
                                                    /*strict=*/false)) {
    if (i == 0 || !one_space_between(text, tokens, i - 1) || tokens[i - 1].text(text) != article ||
        !mid_sentence(text, tokens, i - 1)) {
      continue;
    }
    const bool title_here = mid_sentence(text, tokens, index - 1);
    if (title_here ||
        count_word_near(text, word, tokens[index].offset, std::string(article) + " ", "") == 0) {
      return std::string(tokens[i].text(text));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A word listed between capitalized names, which the article capitalizes elsewhere and writes
// in lower case nowhere else: "from Paramount, universal and Warner Bros.", "Lampard, Makelele,
// cole (Johnson 81), Drogba". A comma parts it from the name before; a comma, "and" or an
// opening bracket from the name after.
std::optional<std::string> listed_between_names(std::string_view text,
                                                const std::vector<Token>& tokens, std::size_t index,
                                                std::uint64_t hash,
                                                const DocumentEvidence& evidence) {
  if (index == 0 || index + 1 >= tokens.size()) return std::nullopt;
  const Token& token = tokens[index];
  const Token& before = tokens[index - 1];
  if (text.substr(before.end(), token.offset - before.end()) != ", " ||
      !capitalized_name_form(text, before)) {
    return std::nullopt;
  }
  std::size_t after = index + 1;
  const std::string_view gap = text.substr(token.end(), tokens[after].offset - token.end());
  if (gap == " " && tokens[after].text(text) == "and" && after + 1 < tokens.size() &&
      one_space_between(text, tokens, after)) {
    ++after;
  } else if (gap != ", " && gap != " (") {
    return std::nullopt;
  }
  if (!capitalized_name_form(text, tokens[after])) return std::nullopt;
  const std::string_view word = token.text(text);
  if (count_word_near(text, word, token.offset) > 1) return std::nullopt;
  return evidence.form_to_write(evidence.capitalized(word, hash, token.offset));
}

// Whether the title at token `index` (in lower case, before a capitalized name) stands before
// a name that the article writes after the same title capitalized, mid-sentence: "president
// George W Bush" beside "President Bush", "said professor Kerstin Dautenhahn" beside "Professor
// Dautenhahn". The title must open its phrase: after no word that makes it part of a longer
// title or a description ("attorney general Elliot Spitzer", "Russian president Vladimir
// Putin"), only after a function word, a verb in the past or of speech, or nothing.
bool title_before_name_written_with_capital(std::string_view text, const std::vector<Token>& tokens,
                                            std::size_t index,
                                            const std::vector<std::uint32_t>& occurrences) {
  constexpr std::size_t kMostNameWords = 3;
  if (index > 0 && one_space_between(text, tokens, index - 1)) {
    const Token& before = tokens[index - 1];
    const std::string_view word = before.text(text);
    const bool opens =
        before.casing == Casing::kLower
            ? is_function_word(word) || word.ends_with("ed") || word == "said" || word == "says"
            : is_function_word(to_lower(word)) && !mid_sentence(text, tokens, index - 1);
    if (!opens) return false;
  }
  // The capitalized words of the name after the title.
  std::size_t last = index;
  while (last + 1 < tokens.size() && last - index < kMostNameWords &&
         one_space_between(text, tokens, last) && capitalized_name_form(text, tokens[last + 1])) {
    ++last;
  }
  return std::any_of(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
    if (i + 1 >= tokens.size() || !one_space_between(text, tokens, i)) return false;
    const std::string_view after = tokens[i + 1].text(text);
    for (std::size_t n = index + 1; n <= last; ++n) {
      if (tokens[n].text(text) == after) return true;
    }
    return false;
  });
}

}  // namespace

bool may_speak(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  if (!before_speech_verb(text, tokens, index)) return false;
  if (index == 0 || !one_space_between(text, tokens, index - 1)) return true;
  const std::string_view previous = tokens[index - 1].text(text);
  return is_function_word(previous) && !before_a_verb(previous) &&
         !after_determiner(text, tokens, index);
}

bool undescribed_name_position(std::string_view text, const std::vector<Token>& tokens,
                               std::size_t index) {
  if (index > 0 && one_space_between(text, tokens, index - 1)) {
    const Token& previous = tokens[index - 1];
    if (previous.casing != Casing::kLower || !is_function_hash(previous.hash)) return false;
    const std::string_view before = previous.text(text);
    if (introduces_common_noun(before) || before_a_verb(before) || before == "of") return false;
  }
  if (index + 1 < tokens.size() && one_space_between(text, tokens, index)) {
    const Token& next = tokens[index + 1];
    if (next.casing != Casing::kLower) return false;
    const std::string_view after = next.text(text);
    if (!is_function_hash(next.hash) &&
        !(after.size() > 4 && (after.ends_with("ed") || after.ends_with("s")))) {
      return false;
    }
  }
  return true;
}

bool phrase_stands_elsewhere(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t index, std::size_t first, std::size_t last,
                             const std::vector<std::uint32_t>& capitals) {
  return std::any_of(capitals.begin(), capitals.end(), [&](std::uint32_t at) {
    if (at == index || at < index - first || at + (last - index) >= tokens.size()) return false;
    const std::size_t shift = at - (index - first);
    for (std::size_t i = first; i <= last; ++i) {
      const Token& other = tokens[shift + (i - first)];
      if (i != index && other.text(text) != tokens[i].text(text)) return false;
      if (i > first) {
        const Token& other_before = tokens[shift + (i - first) - 1];
        if (text.substr(other_before.end(), other.offset - other_before.end()) !=
            text.substr(tokens[i - 1].end(), tokens[i].offset - tokens[i - 1].end())) {
          return false;
        }
      }
    }
    return true;
  });
}

bool after_a_naming_word(const std::vector<Token>& tokens, std::size_t index) {
  static const WordHashSet kNamingWords = WordHashSet::of(std::initializer_list<std::string_view>{
      "band", "rockers", "called", "nicknamed", "dubbed", "duo", "trio", "quartet", "quintet"});
  return index > 0 && kNamingWords.contains(tokens[index - 1].hash);
}

bool capital_over_a_function_word(const std::vector<Token>& tokens, std::size_t index) {
  auto capital = [](const Token& token) {
    return token.casing == Casing::kTitle || token.casing == Casing::kMixed;
  };
  // The capitals first: they are rarer than function words, and cheaper to ask.
  const bool capital_behind =
      (index >= 2 && capital(tokens[index - 2])) || (index >= 3 && capital(tokens[index - 3]));
  const bool capital_ahead = (index + 2 < tokens.size() && capital(tokens[index + 2])) ||
                             (index + 3 < tokens.size() && capital(tokens[index + 3]));
  if (!capital_behind && !capital_ahead) return false;
  return (capital_behind && index >= 2 && lower_function_word(tokens[index - 1]) &&
          (capital(tokens[index - 2]) ||
           (index >= 3 && lower_function_word(tokens[index - 2]) && capital(tokens[index - 3])))) ||
         (capital_ahead && index + 2 < tokens.size() && lower_function_word(tokens[index + 1]) &&
          (capital(tokens[index + 2]) ||
           (index + 3 < tokens.size() && lower_function_word(tokens[index + 2]) &&
            capital(tokens[index + 3]))));
}

std::optional<std::string> phrase_across_function_words(std::string_view text,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t index, std::uint64_t hash,
                                                        const DocumentEvidence& evidence) {
  constexpr std::size_t kMostFunctionWords = 2;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  if (!capital_over_a_function_word(tokens, index)) return std::nullopt;
  if (word.size() < kMinimumLetters || !is_ascii(word) || is_function_hash(hash) ||
      is_name_particle(word) || looks_like_identifier(text, token)) {
    return std::nullopt;
  }
  auto spaced = [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      if (!one_space_between(text, tokens, i)) return false;
    }
    return true;
  };
  // The word's capitals mid-sentence on prose lines (a heading's "Contributing to GLib" is no
  // evidence for "start contributing to GLib"), read once: the phrase elsewhere is found
  // through them.
  std::optional<std::vector<std::uint32_t>> capitals;
  auto phrase_elsewhere = [&](std::size_t first, std::size_t last) {
    if (!capitals) capitals = evidence.capitalized(word, hash, token.offset);
    return phrase_stands_elsewhere(text, tokens, index, first, last, *capitals);
  };
  // Backwards: "Call of duty", "Shaun of the dead".
  for (std::size_t n = 1; n <= kMostFunctionWords && index > n; ++n) {
    if (!lower_function_word(tokens[index - n])) break;
    const std::size_t first = index - n - 1;
    if (!capitalized_name_form(text, tokens[first]) || !spaced(first, index) ||
        (is_function_hash(tokens[first].hash) && !mid_sentence(text, tokens, first))) {
      continue;
    }
    if (!phrase_elsewhere(first, index)) continue;
    const std::string before(
        text.substr(tokens[first].offset, token.offset - tokens[first].offset));
    if (count_word_near(text, word, token.offset, before) == 0) return capitalize_first(word);
  }
  // Forwards: "hide and Seek".
  for (std::size_t n = 1; n <= kMostFunctionWords && index + n + 1 < tokens.size(); ++n) {
    if (!lower_function_word(tokens[index + n])) break;
    const std::size_t last = index + n + 1;
    if (!capitalized_name_form(text, tokens[last]) || !spaced(index, last)) continue;
    if (!phrase_elsewhere(index, last)) continue;
    const std::string after(text.substr(token.end(), tokens[last].end() - token.end()));
    if (count_word_near(text, word, token.offset, {}, after) == 0) return capitalize_first(word);
  }
  return std::nullopt;
}

namespace {

// Whether token `index` is one part of two lower-case words joined by a hyphen, the other not a
// word that makes a compound with a name ("-led", "-style", "anti-"), and the document nowhere
// writes the pair with capitals: "debian-policy" and "xz-utils" are package names, though the
// document writes "Debian" and "Utils"; "kilroy-silk" beside "Kilroy-Silk" is a name.
bool lower_case_compound(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                         const DocumentEvidence& evidence) {
  auto joined = [&](std::size_t a) {  // tokens a and a + 1, by a hyphen, both in lower case
    return a + 1 < tokens.size() && tokens[a].casing == Casing::kLower &&
           tokens[a + 1].casing == Casing::kLower && joint_after(text, tokens, a) == Joint::kHyphen;
  };
  std::size_t first = 0;
  if (joined(index)) {
    first = index;
    if (is_place_compound_suffix(tokens[index + 1].text(text))) return false;
  } else if (index > 0 && joined(index - 1)) {
    first = index - 1;
    if (is_place_compound_prefix(tokens[first].text(text))) return false;
  } else {
    return false;
  }
  const std::string a = capitalize_first(tokens[first].text(text));
  const std::string b = capitalize_first(tokens[first + 1].text(text));
  return !evidence.contains_phrase({a, b}, {"-"}, tokens[first].offset) &&
         !evidence.contains_phrase({std::string(tokens[first].text(text)), b}, {"-"},
                                   tokens[first].offset) &&
         !evidence.contains_phrase({a, std::string(tokens[first + 1].text(text))}, {"-"},
                                   tokens[first].offset);
}

}  // namespace

std::optional<std::string> document_form(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t index, std::uint64_t hash,
                                         const DocumentEvidence& evidence,
                                         const DocumentNameLists& lists) {
  const CommonWords& common = lists.common;
  const CommonWords* frequent = lists.frequent;
  const ProperNounLexicon* lexicon = lists.lexicon;
  const StringSet* title_names = lists.title_names;
  const Token& token = tokens[index];
  const std::string_view word = token.text(text);
  // Three letters at least: "wi-fi" and "sci-fi" are not names, whatever "Wi-Fi" says.
  const bool ascii = is_ascii(word);
  if ((ascii ? word.size() : utf8::count_code_points(word)) < kMinimumLetters ||
      is_function_word(word) || is_name_particle(word)) {
    return std::nullopt;
  }
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;  // "2k5"
  }
  if (looks_like_identifier(text, token)) return std::nullopt;
  if (lower_case_compound(text, tokens, index, evidence)) return std::nullopt;
  if (common.empty()) return std::nullopt;  // without a dictionary, every word may be common
  // After a word that introduces a name, a word no list has as written takes the capital the
  // text gives it anywhere, even opening a sentence: "Moya, nicknamed charly," beside ':
  // "Charly played a great game"'.
  if (ascii && after_a_naming_word(tokens, index) && !common.probably_common(hash) &&
      count_word_near(text, word, token.offset) <= 1) {
    const std::string capitalized = capitalize_first(word);
    if (count_word_near(text, capitalized, token.offset) > 0) return capitalized;
  }
  // The hash probe answers for a word listed as written; the lookup, for an inflection.
  if (!common.probably_common(hash) &&
      !(ascii ? common.is_common(word) : common.is_common(fold_case(word)))) {
    const std::vector<std::uint32_t> anywhere =
        evidence.capitalized(word, hash, token.offset, /*strict=*/false);
    // "aspects of motorsport" beside "the Motorsport Endeavour Club": a compound of two common
    // words that the dictionaries lack, capitalized only as the first word of a longer name.
    if (!anywhere.empty() && !next_to_capital(text, tokens, index) &&
        std::all_of(anywhere.begin(), anywhere.end(),
                    [&](std::uint32_t i) { return capital_after(text, tokens, i); }) &&
        ascii && !common.is_name(word) && is_compound_of_common_words(word, common)) {
      return std::nullopt;
    }
    // A word the document writes in lower case three times or more, and more than twice as
    // often as capitalized, keeps its lower case: "debconf" twelve times beside two "Debconf"
    // is how the document spells it, while "xiluodu" twice beside one "Xiluodu" is a name
    // lost twice.
    if (!anywhere.empty()) {
      const std::size_t lower = count_word_near(text, word, token.offset);
      if (lower >= 3 && lower > 2 * anywhere.size()) return std::nullopt;
    }
    if (const auto written = evidence.form(anywhere)) return std::string(*written);
    if (anywhere.empty() && title_names != nullptr && title_names->count(fold_case(word)) != 0) {
      return capitalize_first(word);  // "Dr. okafor" elsewhere
    }
    return std::nullopt;
  }

  // People's names that are also words, by the census lists.
  if (lists.census != nullptr) {
    if (frequent != nullptr) {
      if (auto form =
              uncommon_first_name(text, tokens, index, hash, evidence, *lists.census, *frequent)) {
        return form;
      }
    }
    if (auto form = first_name_of_a_full_name(text, tokens, index, hash, evidence, *lists.census)) {
      return form;
    }
  }
  if (auto form = first_word_of_a_title(text, tokens, index, hash, evidence)) return form;
  // A common word: only the same phrase, capitalized elsewhere, is evidence. The cheap checks
  // on the neighbours come first.
  const Token* previous = index > 0 ? &tokens[index - 1] : nullptr;
  const Token* next = index + 1 < tokens.size() ? &tokens[index + 1] : nullptr;
  const std::string_view gap_before =
      previous ? text.substr(previous->end(), token.offset - previous->end()) : "";
  const std::string_view gap_after =
      next ? text.substr(token.end(), next->offset - token.end()) : "";
  // A word that the dictionaries know as a name, and everyday English does not use.
  auto first_name_only = [&](std::string_view name) {
    return frequent != nullptr && is_ascii(name) &&
           is_uncommon_name(to_lower(name), common, *frequent);
  };
  // A word no dictionary lists, whose capital is its own wherever it stands ("Balco").
  auto no_word_of_the_dictionaries = [&](const Token& other) {
    const std::string_view other_word = other.text(text);
    return other.casing == Casing::kTitle && is_ascii(other_word) &&
           !common.probably_common(other.hash) && !common.is_common(other_word) &&
           !common.is_common(to_lower(other_word));
  };
  const bool after_title = previous && (gap_before == " " || gap_before == ". ") &&
                           is_title_word(previous->text(text));  // "Mr brown"
  // A capitalized word before it: mid-sentence, or a first name that opens the sentence
  // ("Charlie bell, the chief executive"; not "Sales figures", whose capital is the sentence's).
  // A nationality before it ("Russian president", "the Australian open") is evidence only
  // through the same pair capitalized twice elsewhere ("the Australian Open").
  const bool capital_word_before =
      previous && (gap_before == " " || gap_before == "-") &&
      capitalized_name_form(text, *previous) &&
      (mid_sentence(text, tokens, index - 1) || first_name_only(previous->text(text)) ||
       no_word_of_the_dictionaries(*previous));
  const bool nationality_before =
      capital_word_before && lexicon != nullptr && lexicon->is_nationality(previous->text(text));
  const bool name_before = capital_word_before && !nationality_before;
  // An acronym before it ("BBC news", "GW pharma") is evidence only through the same pair
  // capitalized twice elsewhere ("BBC News"): house styles write "the UK government".
  const bool acronym_before = previous && gap_before == " " && previous->casing == Casing::kUpper &&
                              mid_sentence(text, tokens, index - 1);
  const bool name_after =
      next && (gap_after == " " || gap_after == "-") && capitalized_name_form(text, *next);
  // The one who speaks, or the subject of an auxiliary: "But cairn said", ", ford declined",
  // "said arbor was" (not "the bank said").
  const bool speaker =
      !after_title && !name_before && !name_after && may_speak(text, tokens, index);
  if (!after_title && !capital_word_before && !acronym_before && !name_after && !speaker &&
      previous != nullptr && gap_before == " " && capitalized_name_form(text, *previous)) {
    if (auto form = pair_opening_a_sentence(text, tokens, index, hash, evidence)) return form;
  }
  if (!after_title && !capital_word_before && !acronym_before && !name_after && !speaker) {
    if (auto form = possessive_of_name(text, tokens, index, hash, evidence, gap_before)) {
      return form;
    }
    if (auto form = plural_name_after_the(text, tokens, index, hash, evidence)) return form;
    if (auto form = phrase_across_function_words(text, tokens, index, hash, evidence)) {
      return form;
    }
    if (auto form = listed_between_names(text, tokens, index, hash, evidence)) return form;
    if (auto form = name_after_a_naming_word(text, tokens, index, hash, evidence)) return form;
    if (auto form = pair_with_a_number(text, tokens, index, hash, evidence)) return form;
    if (auto form = same_word_after(text, tokens, index, hash, evidence)) return form;
    if (lists.census != nullptr) {
      if (auto form = person_the_article_names(text, tokens, index, hash, evidence, *lists.census))
        return form;
    }
    return uncommon_word_alone(text, tokens, index, hash, evidence, common, frequent, previous,
                               gap_before, next, gap_after);
  }
  // "south Wales", "western Europe": a direction in lower case before a name is a style
  // choice ("Kanye west" is not one, nor "Banco central Hispano", inside a name).
  // A direction before another is a region's name, though ("north East" beside "the North
  // East").
  if (!after_title && is_direction_word(word) && !name_before &&
      !(name_after && is_direction_word(to_lower(next->text(text))))) {
    return std::nullopt;
  }

  const std::vector<std::uint32_t> occurrences = evidence.capitalized(word, hash, token.offset);
  const auto written = evidence.form(occurrences);
  if (!written) return std::nullopt;
  if (after_title) return std::string(*written);
  if (name_after && !capital_word_before && !acronym_before) {
    if (auto form = everyday_word_before_a_capital(text, tokens, index, hash, evidence)) {
      return form;
    }
  }
  // An uncommon word the article has established as a name, beside any neighbour: "(Belgrave
  // harriers)". An everyday one beside a capital may describe it ("British energy firm").
  if (frequent != nullptr && !frequent->probably_common(hash) && !is_title_hash(hash) &&
      !is_role_word(word) && established_name(occurrences.size(), [&] {
        return count_word_near(text, word, token.offset);
      })) {
    return std::string(*written);
  }
  // A speaker the article capitalizes at least twice, and seldom writes in lower case.
  if (speaker) {
    if (auto form = form_capitalized_twice(text, token, occurrences, evidence)) return form;
    return surname_of_a_speaker(text, tokens, index, occurrences, evidence, lists.census);
  }

  // The same capitalized neighbour at least twice, and the word in lower case nowhere else but
  // in copies of the phrase (below). A pair that ends the same way on its other side ("Wembley
  // Stadium," for "Wembley stadium,"; not "Eurovision Song Contest" for "Eurovision song during")
  // is the same phrase.
  std::size_t pairs = 0;
  std::size_t same_phrases = 0;
  // The same two words elsewhere with the capitals the other way round: "the beach Boys" beside
  // "the Beach boys", each a half of the name the other lost. Words apart only: a double name
  // keeps the document's spelling ("Blu-ray" ten times beside one "blu-Ray").
  std::size_t crossed_pairs = 0;
  for (const std::uint32_t i : occurrences) {
    if ((capital_word_before || (acronym_before && !name_after)) && i > 0) {
      const Token& before = tokens[i - 1];
      if (text.substr(before.end(), tokens[i].offset - before.end()) != gap_before) continue;
      if (before.text(text) == previous->text(text)) {
        ++pairs;
        same_phrases += capital_after(text, tokens, i) == capital_after(text, tokens, index);
      } else if (gap_before == " " && before.casing == Casing::kLower &&
                 equals_ignoring_ascii_case(before.text(text), previous->text(text))) {
        ++crossed_pairs;
      }
    } else if (name_after && i + 1 < tokens.size()) {
      const Token& after = tokens[i + 1];
      if (text.substr(tokens[i].end(), after.offset - tokens[i].end()) != gap_after) continue;
      if (after.text(text) == next->text(text)) {
        ++pairs;
        same_phrases += capital_before(text, tokens, i) == capital_before(text, tokens, index);
      } else if (gap_after == " " && after.casing == Casing::kLower &&
                 equals_ignoring_ascii_case(after.text(text), next->text(text))) {
        ++crossed_pairs;
      }
    }
  }
  // Each kind of evidence below also wants the word in lower case nowhere else near it; that
  // count reads the text around the word, so it comes last.
  // Copies of the word in the same phrase ("the Three gorges Dam" beside "the Three gorges
  // Underground", "Kilroy-silk" again) are the same error, not the word. Apart from a double
  // name, they must not outnumber the capitalized phrase: "the Labour party" three times beside
  // one "the Labour Party" is how the article spells it. A copy in another phrase counts
  // ("Florida state" beside "the state").
  const std::string before_phrase =
      (capital_word_before || acronym_before) && previous->length > 1  // not "A-levels"
          ? std::string(previous->text(text)) + std::string(gap_before)
          : std::string();
  const std::string after_phrase =
      name_after ? std::string(gap_after) + std::string(next->text(text)) : std::string();
  // The word itself counts, unless it stands in such a phrase.
  const std::size_t itself = before_phrase.empty() && after_phrase.empty() ? 1 : 0;
  const bool double_name = gap_before == "-" || gap_after == "-";
  auto alone_in_lower_case = [&] {
    if (count_word_near(text, word, token.offset, before_phrase, after_phrase) > itself) {
      return false;
    }
    return itself == 1 || double_name || count_word_near(text, word, token.offset) <= pairs + 1;
  };
  if (pairs >= kCapitalizedPairs) {
    return alone_in_lower_case() ? std::optional<std::string>(*written) : std::nullopt;
  }
  if (nationality_before || (acronym_before && !name_after)) return std::nullopt;
  // A title or a role, or a word before a full name, describes someone, and house styles keep
  // it in lower case whatever the article writes elsewhere: "Russian president Vladimir Putin",
  // "the Tory leader", "Shadow home secretary David Davis". Unless the article writes that very
  // phrase capitalized: "include million Dollar Baby" beside "Million Dollar Baby".
  const bool before_full_name =
      name_after && gap_after == " " && index + 2 < tokens.size() &&
      capitalized_name_form(text, tokens[index + 2]) &&
      text.substr(next->end(), tokens[index + 2].offset - next->end()) == " ";
  if (is_title_hash(hash)) {
    return name_after && title_before_name_written_with_capital(text, tokens, index, occurrences)
               ? std::optional<std::string>(*written)
               : std::nullopt;
  }
  if (is_role_word(word)) return std::nullopt;
  if (before_full_name && same_phrases == 0 && crossed_pairs == 0) return std::nullopt;
  // A surname in this article: it writes the word capitalized after a title ("Mr Brown"), so
  // after a first name it is the same person ("Gordon brown").
  const bool surname_here =
      name_before && std::any_of(occurrences.begin(), occurrences.end(), [&](std::uint32_t i) {
        if (i == 0) return false;
        const Token& before = tokens[i - 1];
        const std::string_view gap = text.substr(before.end(), tokens[i].offset - before.end());
        return (gap == " " || gap == ". ") && is_title_word(before.text(text));
      });
  // The same phrase capitalized once elsewhere: the article's own spelling of a name ("Wembley
  // stadium" beside "Wembley Stadium", "Death Row records" beside "Death Row Records").
  // Inside a name: capitalized words on both sides ("Banco central Hispano", "the Independent
  // spirit Awards").
  // A surname or first name that is also a rare word ("Tom hanks", "simon Webster", "Lindsay
  // davenport"): the dictionary lists it as a name too, and everyday English seldom uses it.
  // Everyday words ("the Wembley stadium") and words no dictionary calls a name ("Macworld
  // expo") still need the phrase above.
  auto rare_name = [&] {
    return frequent != nullptr &&
           is_uncommon_name(ascii ? to_lower(word) : fold_case(word), common, *frequent);
  };
  // A first name before it, and the article writes the word capitalized at the end of a name
  // elsewhere: a surname ("Lindsay davenport" beside "said Davenport"). Not after a place or a
  // brand, which the dictionaries list as names too ("Piccadilly lines", "Hollywood fame"), nor
  // inside a longer name ("San Francisco police").
  auto after_first_name = [&] {
    return name_before && lists.census != nullptr && lists.census->first_name(previous->hash) &&
           first_name_only(previous->text(text)) &&
           !(index >= 2 && capital_before(text, tokens, index - 1)) &&
           std::any_of(occurrences.begin(), occurrences.end(),
                       [&](std::uint32_t i) { return !capital_after(text, tokens, i); });
  };
  if ((same_phrases >= 1 || crossed_pairs >= 1 || (name_before && name_after) || surname_here ||
       after_first_name() || rare_name()) &&
      alone_in_lower_case()) {
    return std::string(*written);
  }
  return std::nullopt;
}

}  // namespace copydesk
