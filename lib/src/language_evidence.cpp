#include "language_evidence.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace copydesk {

namespace {

enum class Side : unsigned char { kEnglish, kOther };

// A word of at most eight bytes, lower-cased (ASCII), packed into one number: the lookup key.
std::uint64_t pack(std::string_view word) {
  std::uint64_t key = 0;
  for (const char c : word) {
    key = key << 8 | static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return key;
}

struct KeyHash {
  std::size_t operator()(std::uint64_t key) const noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20);
  }
};

using WordMap = std::unordered_map<std::uint64_t, Side, KeyHash>;

// Words that belong to one side only. Words both sides write ("a", "in", "is", "was", "will",
// "die", "on", "as", "son", "plus", "de", "en", "que") are left out: they prove nothing.
const WordMap& function_words() {
  static const auto* const words = [] {
    auto* map = new WordMap;
    for (std::string_view w :
         {"the",  "and",  "of",    "to",    "that",  "with",  "for",    "are",  "were",  "this",
          "have", "has",  "had",   "been",  "which", "would", "from",   "they", "their", "said",
          "but",  "not",  "it",    "he",    "she",   "we",    "you",    "his",  "her",   "at",
          "by",   "be",   "or",    "there", "what",  "who",   "about",  "more", "after", "than",
          "when", "also", "its",   "our",   "can",   "could", "should", "into", "over",  "up",
          "out",  "if",   "these", "those", "them",  "just"}) {
      map->emplace(pack(w), Side::kEnglish);
    }
    for (std::string_view w :
         {// French
          "le", "la", "les", "des", "et", "est", "une", "du", "au", "aux", "pas", "qui", "pour",
          "dans", "sur", "avec", "cette", "sont", "il", "elle", "nous", "vous", "je", "ne", "mais",
          "ou", "ces", "\xC3\xA9t\xC3\xA9", "\xC3\xAAtre", "leur", "tr\xC3\xA8s", "comme",
          "\xC3\xA0", "par", "ont", "sera",
          // German
          "der", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "von", "zu",
          "auf", "sich", "auch", "es", "sie", "wir", "ich", "f\xC3\xBCr", "wird", "sind", "wie",
          "aus", "bei", "nach", "oder", "aber", "werden", "hat", "wurde", "einen", "einer", "im",
          "vom", "zum", "zur", "dass",
          // Spanish
          "el", "los", "las", "y", "una", "por", "con", "para", "del", "se", "lo", "como",
          "m\xC3\xA1s", "pero", "sus", "al", "est\xC3\xA1", "muy", "fue", "entre", "tambi\xC3\xA9n",
          "hay",
          // Italian
          "il", "di", "che", "\xC3\xA8", "per", "non", "sono", "della", "gli", "delle", "nel",
          "alla", "anche", "questo", "ma",
          // Portuguese
          "os", "n\xC3\xA3o", "uma", "com", "em", "do", "da", "dos", "das", "\xC3\xA9", "ao",
          "mais", "foi", "pelo", "pela", "seu", "sua",
          // Dutch
          "het", "een", "van", "niet", "dat", "op", "voor", "zijn", "ik", "ook", "wordt", "maar",
          "naar", "bij", "uit", "heeft"}) {
      map->emplace(pack(w), Side::kOther);  // "il", "per"... listed twice stay one entry
    }
    return map;
  }();
  return *words;
}

bool is_word_byte(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c >= 0x80;
}

}  // namespace

LanguageEvidence count_function_words(std::string_view text) {
  const auto& words = function_words();
  LanguageEvidence evidence;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t begin = i;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t length = i - begin;
    if (length == 0) continue;
    ++evidence.words;
    if (text[begin] >= 'a' && text[begin] <= 'z') ++evidence.lower_case_words;
    if (length > 8) continue;  // longer than any function word listed
    const auto found = words.find(pack(text.substr(begin, length)));
    if (found == words.end()) continue;
    (found->second == Side::kEnglish ? evidence.english : evidence.other) += 1;
  }
  return evidence;
}

std::pair<std::size_t, std::size_t> paragraph_around(std::string_view text, std::size_t pos) {
  auto blank_line_at = [&](std::size_t line) {
    std::size_t i = line;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    return i >= text.size() || text[i] == '\n';
  };
  std::size_t begin = pos;
  while (begin > 0) {
    const std::size_t newline = text.rfind('\n', begin - 1);
    if (newline == std::string_view::npos) {
      begin = 0;
      break;
    }
    const std::size_t line = text.rfind('\n', newline == 0 ? 0 : newline - 1);
    const std::size_t line_start = line == std::string_view::npos || newline == 0 ? 0 : line + 1;
    if (newline == 0 || blank_line_at(line_start)) {
      begin = newline + 1;
      break;
    }
    begin = line_start;
  }
  std::size_t end = pos;
  while (true) {
    const std::size_t newline = text.find('\n', end);
    if (newline == std::string_view::npos) return {begin, text.size()};
    if (blank_line_at(newline + 1)) return {begin, newline};
    end = newline + 1;
  }
}

bool other_language_paragraph(std::string_view text, std::size_t begin, std::size_t end,
                              bool cautious) {
  const LanguageEvidence evidence = count_function_words(text.substr(begin, end - begin));
  if (evidence.decisive()) return evidence.other_language();
  // English prose of eight words or more nearly always has a "the", "of" or "and"; a list of
  // names ("G Jenkins, M Davies, A Jones") need not.
  if (cautious && evidence.english == 0 && (evidence.other >= 2 || evidence.lower_case_words >= 8))
    return true;
  constexpr std::size_t kAround = 2048;
  const std::size_t from = begin > kAround ? begin - kAround : 0;
  const std::size_t to = std::min(text.size(), end + kAround);
  const LanguageEvidence around = count_function_words(text.substr(from, to - from));
  if (around.decisive()) return around.other_language();
  return cautious && around.other >= 2 && around.english == 0;
}

bool ParagraphLanguage::other_language_at(std::size_t pos) {
  if (pos < begin_ || pos >= end_) {
    const auto [begin, end] = paragraph_around(text_, pos);
    other_ = other_language_paragraph(text_, begin, end, /*cautious=*/true);
    begin_ = begin;
    end_ = end;
  }
  return other_;
}

}  // namespace copydesk
