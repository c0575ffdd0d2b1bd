#include "words_matcher.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <tuple>

#include "casing.hpp"
#include "language_evidence.hpp"
#include "spelling_variety.hpp"
#include "tokens.hpp"
#include "utf8.hpp"
#include "word_list.hpp"

namespace copydesk {

namespace {

std::size_t first_word_length(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size()) {
    const char c = text[end];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      ++end;
    } else if (static_cast<unsigned char>(c) >= 0x80 && word_char_after(text, end)) {
      end += utf8::decode(text, end).length;
    } else {
      break;
    }
  }
  return end;
}

bool is_identifier_joint(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] == '_';
}

// Invisible characters that sit inside a word: a soft hyphen ("agree\u00ADment"), zero-width
// space, non-joiner, joiner and word joiner. A word beside one is a piece of a longer word.
bool is_invisible_joint(char32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060;
}
bool joined_invisibly_before(std::string_view text, std::size_t pos) {
  if (pos == 0 || static_cast<unsigned char>(text[pos - 1]) < 0x80) return false;
  return is_invisible_joint(utf8::decode_before(text, pos).value);
}
bool joined_invisibly_after(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || static_cast<unsigned char>(text[pos]) < 0x80) return false;
  return is_invisible_joint(utf8::decode(text, pos).value);
}

// A cheap first test of a phrase's tail ("a" of "a priori" is in every text): the byte after
// the first word against the tail's first byte.
bool tail_may_start(std::string_view text, std::size_t pos, char want) {
  if (pos >= text.size()) return false;
  const char have = text[pos];
  if (want == ' ') return have == ' ' || have == '\t' || have == '\n';
  if (static_cast<unsigned char>(want) >= 0x80 || static_cast<unsigned char>(have) >= 0x80)
    return true;
  return (have >= 'A' && have <= 'Z' ? static_cast<char>(have | 0x20) : have) == want;
}

}  // namespace

std::string WordsMatcher::check_key(std::string_view phrase) {
  if (phrase.empty()) return "empty word";
  if (!word_char_after(phrase, 0)) return "a word must start with a letter or digit";
  if (!word_char_before(phrase, phrase.size())) return "a word must end with a letter or digit";
  if (phrase.find_first_of("\n\t") != std::string_view::npos)
    return "a word cannot hold a tab or line break";
  return "";
}

void WordsMatcher::add_rule(const RuleDefinition& rule) {
  const auto rule_index = static_cast<std::uint32_t>(rule_ids_.size());
  rule_ids_.push_back(rule.id);
  rule_spellings_.push_back({rule.locale, rule.document_spelling});
  first_words_.reserve(first_words_.size() + rule.words.size());
  candidates_.reserve(candidates_.size() + rule.words.size());
  for (const WordPair& pair : rule.words) {
    const std::string folded = fold_case(pair.from);
    const std::size_t first = first_word_length(folded);
    const std::uint32_t key = first_words_.insert(std::string_view(folded).substr(0, first));
    if (key == heads_.size()) heads_.push_back(WordTable::kNone);
    const std::string_view tail = std::string_view(folded).substr(first);
    // A key an earlier rule has too goes before it: this rule takes it over, and the earlier
    // one stays behind for its own examples, which run each rule alone.
    std::uint32_t* link = &heads_[key];
    while (*link != WordTable::kNone && candidates_[*link].tail.size() > tail.size()) {
      link = &candidates_[*link].next;
    }
    const auto number = static_cast<std::uint32_t>(candidates_.size());
    candidates_.push_back(
        {std::string(tail), pair.to, rule_index, *link, pair.suggest_only, rule.cautious});
    *link = number;
  }
  rebuild_filter();
}

void WordsMatcher::rebuild_filter() {
  // About 16 bits a key, at least 64 words; a power of two, so that the top bits of a
  // multiplied hash pick the word.
  unsigned words_log2 = 6;
  while ((std::size_t{64} << words_log2) < first_words_.size() * 16 && words_log2 < 22)
    ++words_log2;
  filter_.assign(std::size_t{1} << words_log2, 0);
  filter_shift_ = 64 - words_log2;
  for (std::uint32_t key = 0; key < first_words_.size(); ++key) {
    const std::uint64_t hash = first_words_.hash_of(key);
    for (std::uint32_t c = heads_[key]; c != WordTable::kNone; c = candidates_[c].next) {
      const std::string& tail = candidates_[c].tail;
      filter_[filter_word(hash)] |=
          filter_bits(tail.empty() ? hash : with_next(hash, byte_class(tail[0])));
    }
  }
}

namespace {

bool is_hyphen_joint(std::string_view text, std::size_t before, std::size_t after) {
  return (before > 0 && text[before - 1] == '-' && word_char_before(text, before - 1)) ||
         (after < text.size() && text[after] == '-' && word_char_after(text, after + 1));
}

// True when the word at `pos` starts a sentence, a line or the text: only spaces, opening
// quotes and brackets stand between it and a line start or ". ! ? :".
bool starts_sentence(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const auto cp = utf8::decode_before(text, pos);
    switch (cp.value) {
      case ' ':
      case '\t':
      case '"':
      case '\'':
      case '(':
      case '[':
      case '*':
      case '_':
      case U'\u201C':
      case U'\u2018':
      case U'\u00AB':
      case U'\u00A0':
        pos -= cp.length;
        continue;
      case '\n':
      case '.':
      case '!':
      case '?':
      case ':':
      case U'\u2026':
        return true;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

WordsMatcher::Caution WordsMatcher::caution(std::string_view text, std::size_t begin,
                                            std::size_t end, Casing casing) {
  std::size_t letters = 0;
  for (std::size_t i = begin; i < end; ++i)
    letters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  if (casing == Casing::kUpper && letters < 5) return Caution::kSkip;
  // A piece of a hyphenated word: add-ons, right-hander, Winn-Dixie.
  if (is_hyphen_joint(text, begin, end)) return Caution::kSkip;
  if (casing == Casing::kTitle && !starts_sentence(text, begin)) return Caution::kReport;
  return Caution::kFix;
}

std::size_t WordsMatcher::match_tail(std::string_view text, std::size_t pos,
                                     std::string_view tail) {
  std::size_t i = pos;
  for (std::size_t t = 0; t < tail.size();) {
    if (i >= text.size()) return std::string_view::npos;
    const auto want = utf8::decode(tail, t);
    const auto have = utf8::decode(text, i);
    t += want.length;
    i += have.length;
    if (want.value == ' ') {
      if (have.value != ' ' && have.value != '\t' && have.value != '\n')
        return std::string_view::npos;
      continue;
    }
    if (!have.valid) return std::string_view::npos;
    const char32_t folded =
        have.value < 0x80
            ? (have.value >= 'A' && have.value <= 'Z' ? have.value | 0x20 : have.value)
            : static_cast<char32_t>(
                  u_foldCase(static_cast<UChar32>(have.value), U_FOLD_CASE_DEFAULT));
    if (folded != want.value) return std::string_view::npos;
  }
  return i - pos;
}

void WordsMatcher::propose(const Document& document, EditSink& sink) const {
  if (candidates_.empty()) return;
  const std::string_view text = document.text();
  std::string key;
  std::size_t skip_until = 0;
  const std::vector<Token>& tokens = document.tokens();
  // The language of the paragraph last asked about, found only where a word matched.
  std::size_t paragraph_begin = 0, paragraph_end = 0;
  bool paragraph_other = false;
  auto other_language_at = [&](std::size_t pos) {
    if (pos < paragraph_begin || pos >= paragraph_end) {
      std::tie(paragraph_begin, paragraph_end) = paragraph_around(text, pos);
      paragraph_end = std::max(paragraph_end, pos + 1);
      paragraph_other =
          other_language_paragraph(text, paragraph_begin, paragraph_end, /*cautious=*/true);
    }
    return paragraph_other;
  };
  // The document's spelling variety, counted only for a replacement that has a counterpart.
  DocumentVariety variety(text, tokens);
  // The replacement of `candidate` at byte `pos`, in the variety the document writes there;
  // the rule's own when it has no counterpart, or the document says nothing or as much for
  // each. The counterpart is looked up here, for the few words that match, so that the
  // entries of a list take no more memory.
  auto replacement_at = [&](const Candidate& candidate, std::size_t pos) -> std::string {
    const RuleSpelling& spelling = rule_spellings_[candidate.rule];
    if (!spelling.variants) return candidate.replacement;
    const Locale other = spelling.locale == Locale::kEnGb ? Locale::kEnUs : Locale::kEnGb;
    std::string counterpart = spelling.variants->in_locale(candidate.replacement, other);
    if (counterpart == candidate.replacement) return candidate.replacement;
    const Locale written = variety.around(pos, *spelling.variants);
    return written == other ? counterpart : candidate.replacement;
  };
  // The filter of a large list does not fit the first-level cache: each token's filter word is
  // fetched kAhead tokens before it is tested, so that the test costs the same for any list.
  constexpr std::size_t kAhead = 8;
  std::uint64_t hashes[kAhead];
  bool ascii[kAhead];
  unsigned char nexts[kAhead];
  auto prepare = [&](std::size_t j) {
    const Token& t = tokens[j];
    const std::size_t slot = j % kAhead;
    ascii[slot] = WordTable::hash_folded_ascii(text, t.offset, t.end(), hashes[slot]);
    nexts[slot] = t.end() < text.size() ? byte_class(text[t.end()]) : 0;
    if (ascii[slot]) __builtin_prefetch(&filter_[filter_word(hashes[slot])]);
  };
  for (std::size_t j = 0; j < kAhead && j < tokens.size(); ++j) prepare(j);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    std::uint64_t hash = hashes[i % kAhead];
    const bool is_ascii = ascii[i % kAhead];
    const unsigned char next = nexts[i % kAhead];
    if (i + kAhead < tokens.size()) prepare(i + kAhead);
    if (token.offset < skip_until || token.casing == Casing::kNone) continue;
    const std::string_view word = token.text(text);
    if (is_ascii) {
      if (!may_start(hash, next)) continue;
      key.assign(word);
      for (char& c : key) c = static_cast<char>(c | 0x20);  // letters and digits only
    } else {
      key = fold_case(word);
      hash = WordTable::hash(key);
      if (!may_start(hash, next)) continue;
    }
    const std::uint32_t found = first_words_.find(key, hash);
    if (found == WordTable::kNone) continue;
    if (token.offset > 0 && (is_identifier_joint(text, token.offset - 1) ||
                             joined_by_apostrophe_before(text, token.offset) ||
                             joined_invisibly_before(text, token.offset))) {
      continue;
    }
    for (std::uint32_t c = heads_[found]; c != WordTable::kNone; c = candidates_[c].next) {
      const Candidate& candidate = candidates_[c];
      if (!sink.accepts(rule_ids_[candidate.rule])) continue;
      if (!candidate.tail.empty() && !tail_may_start(text, token.end(), candidate.tail[0]))
        continue;
      const std::size_t tail = match_tail(text, token.end(), candidate.tail);
      if (tail == std::string_view::npos) continue;
      const std::size_t end = token.end() + tail;
      if (word_char_after(text, end) || is_identifier_joint(text, end) ||
          joined_by_apostrophe_after(text, end) || joined_invisibly_after(text, end)) {
        continue;
      }
      if (english_only_ && other_language_at(token.offset)) break;
      Caution care = Caution::kFix;
      if (candidate.cautious) care = caution(text, token.offset, end, token.casing);
      if (care == Caution::kSkip) break;
      const std::string_view matched = text.substr(token.offset, end - token.offset);
      const std::string wanted = replacement_at(candidate, token.offset);
      std::string replacement;
      Edit edit{token.offset, end - token.offset, "", rule_ids_[candidate.rule]};
      if (match_casing(matched, wanted, replacement)) {
        if (replacement != matched) {
          edit.replacement = std::move(replacement);
          if (candidate.suggest_only || care == Caution::kReport) {
            sink.suggest(std::move(edit));
          } else {
            sink.propose(std::move(edit));
          }
        }
      } else {
        edit.replacement = wanted;
        sink.suggest(std::move(edit));
      }
      skip_until = end;
      break;
    }
  }
}

}  // namespace copydesk
