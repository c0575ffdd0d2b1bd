#include "casing_context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>

#include "string_map.hpp"
#include "utf8.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

// A fixed class of words, by word_hash: one probe whatever the word's case ("The" is "the").
WordHashSet word_class(std::initializer_list<std::string_view> words) {
  return WordHashSet::of(words);
}
bool in_class(const WordHashSet& set, std::string_view word) {
  return set.contains(word_hash(word));
}

}  // namespace

bool introduces_common_noun(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"a",    "an",      "the",   "this", "that",  "these", "those",  "my",      "your",
                  "his",  "her",     "its",   "our",  "their", "every", "each",   "any",     "some",
                  "no",   "another", "such",  "what", "which", "whose", "either", "neither", "one",
                  "fine", "bone",    "roast", "wild", "whole", "own",   "much",   "more"});
  return in_class(kWords, word);
}

bool is_place_preposition(std::string_view word) {
  static const WordHashSet kWords = word_class(
      {"in",       "to",          "from",    "into",    "across",       "throughout", "via",
       "against",  "between",     "visit",   "visited", "visiting",     "including",  "and",
       "or",       "nor",         "outside", "inside",  "within",       "towards",    "toward",
       "around",   "beyond",      "leave",   "left",    "entered",      "invade",     "invaded",
       "occupied", "represented", "beat",    "beating", "versus",       "v",          "vs",
       "than",     "like",        "unlike",  "both",    "neighbouring", "neighboring"});
  return in_class(kWords, word);
}

bool is_month_preposition(std::string_view word) {
  static const WordHashSet kWords = word_class(
      {"in",         "since",   "until", "till",   "by",    "early",   "late", "mid", "last",
       "next",       "during",  "from",  "before", "after", "through", "of",   "end", "beginning",
       "throughout", "between", "and",   "or",     "to",    "each",    "every"});
  return in_class(kWords, word);
}

// Function words: one list, looked up by text or by token hash.
constexpr std::array kFunctionWords{
    "a",     "an",     "the",   "and",    "or",    "but",   "nor",   "of",     "to",      "in",
    "on",    "at",     "by",    "for",    "with",  "from",  "into",  "onto",   "upon",    "as",
    "than",  "that",   "this",  "these",  "those", "there", "their", "they",   "them",    "he",
    "she",   "it",     "its",   "his",    "her",   "him",   "we",    "us",     "our",     "you",
    "your",  "i",      "me",    "my",     "is",    "are",   "was",   "were",   "be",      "been",
    "being", "am",     "has",   "have",   "had",   "do",    "does",  "did",    "will",    "would",
    "shall", "should", "can",   "could",  "may",   "might", "must",  "not",    "no",      "so",
    "if",    "then",   "when",  "where",  "which", "who",   "whom",  "whose",  "what",    "why",
    "how",   "all",    "any",   "some",   "each",  "every", "both",  "either", "neither", "one",
    "new",   "old",    "said",  "says",   "also",  "just",  "only",  "very",   "more",    "most",
    "over",  "under",  "after", "before", "about", "up",    "down",  "out",    "off"};

bool is_function_word(std::string_view word) {
  return is_function_hash(word_hash(word));
}

bool is_function_hash(std::uint64_t hash) {
  static const WordHashSet kHashes = WordHashSet::of(kFunctionWords);
  return kHashes.contains(hash);
}

bool before_a_verb(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"be",    "been", "being", "is",    "are",    "was", "were",  "am",   "can",
                  "could", "will", "would", "shall", "should", "may", "might", "must", "do",
                  "does",  "did",  "has",   "have",  "had",    "to",  "not",   "never"});
  return in_class(kWords, word);
}

bool is_order_word(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"first", "second", "third", "fourth", "fifth", "sixth", "last", "next", "former",
                  "previous", "latest", "final"});
  return in_class(kWords, word);
}

bool is_name_particle(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"van", "von", "de",  "du", "da",  "dal", "del", "della", "di",
                  "der", "den", "le",  "la", "ter", "ten", "bin", "ibn",   "al",
                  "el",  "dos", "das", "do", "y",   "af",  "zu",  "des",   "st"});
  return in_class(kWords, word);
}

// Titles before a name ("Dr. okafor"): one list, looked up by text or by token hash.
constexpr std::array kTitleWords{
    "Mr",        "Mrs",          "Ms",         "Mx",        "Dr",         "Prof",
    "Professor", "Sir",          "Dame",       "Lord",      "Lady",       "President",
    "Senator",   "Sen",          "Governor",   "Gov",       "Rev",        "Reverend",
    "Judge",     "General",      "Gen",        "Capt",      "Captain",    "Col",
    "Colonel",   "Lt",           "Sgt",        "Sergeant",  "Chancellor", "Archbishop",
    "Bishop",    "Cardinal",     "Pope",       "King",      "Queen",      "Prince",
    "Princess",  "Sheikh",       "Rabbi",      "Imam",      "Father",     "Minister",
    "Mayor",     "Commissioner", "Ambassador", "Inspector", "Detective",  "Constable",
    "Supt",      "Det",          "Insp",       "Cllr",      "Councillor", "Baroness",
    "Baron",     "Count",        "Countess",   "Duke",      "Duchess",    "Emperor",
    "Empress",   "Chairman",     "Chairwoman", "Premier"};

bool is_title_word(std::string_view word) {
  static const StringSet kWords(kTitleWords.begin(), kTitleWords.end());
  return kWords.find(word) != kWords.end();
}

const WordFilter& title_filter() {
  static const WordFilter kFilter = [] {
    WordFilter filter(10);
    for (std::string_view word : kTitleWords) filter.add(word_hash(word));
    return filter;
  }();
  return kFilter;
}

bool is_title_hash(std::uint64_t hash) {
  static const WordHashSet kHashes = WordHashSet::of(kTitleWords);
  return title_filter().may_contain(hash) && kHashes.contains(hash);
}

constexpr std::array kRoleWords{
    "leader",     "secretary", "spokesman",  "spokeswoman", "spokesperson",  "chief",
    "boss",       "head",      "director",   "manager",     "coach",         "executive",
    "official",   "member",    "deputy",     "editor",      "correspondent", "analyst",
    "chairwoman", "chairman",  "adviser",    "advisor",     "founder",       "owner",
    "player",     "striker",   "star",       "singer",      "minister",      "president",
    "actor",      "actress",   "presenter",  "guitarist",   "bassist",       "drummer",
    "pianist",    "producer",  "designer",   "engineer",    "author",        "writer",
    "novelist",   "comedian",  "frontman",   "bandmate",    "bandmates",     "winger",
    "midfielder", "defender",  "goalkeeper", "captain",     "chancellor",    "economist"};

bool is_role_word(std::string_view word) {
  static const WordHashSet kWords = WordHashSet::of(kRoleWords);
  return in_class(kWords, word);
}

std::vector<std::string_view> role_words() {
  return {kRoleWords.begin(), kRoleWords.end()};
}

bool is_place_compound_suffix(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"based", "born", "made", "owned", "led", "listed", "bound", "headquartered",
                  "registered", "backed", "funded", "bred", "built", "brokered", "style"});
  return in_class(kWords, word);
}

bool is_place_compound_prefix(std::string_view word) {
  static const WordHashSet kWords =
      word_class({"anti", "pro", "non", "post", "pre", "pan", "sino", "euro", "afro", "indo",
                  "franco", "anglo", "russo", "austro", "greco", "italo", "trans", "ex"});
  return in_class(kWords, word);
}

Joint joint_after(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  const std::size_t pos = tokens[index].end();
  if (pos >= text.size()) return Joint::kPunctuation;
  const char c = text[pos];
  if (c == ' ') {
    return index + 1 < tokens.size() && tokens[index + 1].offset == pos + 1 ? Joint::kSpace
                                                                            : Joint::kPunctuation;
  }
  if (c == '-') {
    return index + 1 < tokens.size() && tokens[index + 1].offset == pos + 1 ? Joint::kHyphen
                                                                            : Joint::kPunctuation;
  }
  if (c == ',') return Joint::kComma;
  // An apostrophe and a lone "s": "brazil’s", "brazil's".
  std::size_t after = pos;
  if (c == '\'') {
    after = pos + 1;
  } else if (text.substr(pos, 3) == "\u2019") {
    after = pos + 3;
  }
  if (after != pos && after < text.size() && (text[after] == 's' || text[after] == 'S') &&
      !word_char_after(text, after + 1)) {
    return Joint::kPossessive;
  }
  return Joint::kPunctuation;
}

bool looks_like_identifier(std::string_view text, const Token& token) {
  if (token.offset > 0) {
    const char before = text[token.offset - 1];
    if (before == '@' || before == '#' || before == '_' || before == '/' || before == '\\' ||
        before == '.' || before == '=' || before == '<' || before == '&') {
      return true;
    }
    // "numpad:mac", "std::japan": a colon between words with no space.
    if (before == ':' && token.offset >= 2 && word_char_before(text, token.offset - 1)) return true;
  }
  const std::size_t end = token.end();
  if (end < text.size()) {
    const char after = text[end];
    if (after == '@' || after == '_' || after == '/' || after == '\\' || after == '=' ||
        after == '(' || after == '>') {
      return true;
    }
    if (after == '.' && word_char_after(text, end + 1)) return true;  // "japan.example"
    if (after == ':' && word_char_after(text, end + 1)) return true;  // "numpad:mac"
  }
  return in_hyphenated_identifier(text, token);
}

bool in_hyphenated_identifier(std::string_view text, const Token& token) {
  auto chain_byte = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || std::isalnum(b) || c == '-' || c == '*' || c == '_';
  };
  std::size_t begin = token.offset;
  while (begin > 0 && chain_byte(text[begin - 1])) --begin;
  std::size_t end = token.end();
  while (end < text.size() && chain_byte(text[end])) ++end;
  const std::string_view chain = text.substr(begin, end - begin);
  if (chain.find('-') == std::string_view::npos) return false;
  // Parts of three or more in lower case ("gtk-key-theme-name"), a wildcard ("m32r-*-linux*"),
  // or a part that mixes letters and digits ("groff-x11"): a name in code, not in prose, where
  // "japan-based" and "Kilroy-silk" stand.
  std::size_t parts = 1;
  bool upper = false, wildcard = false, mixed_part = false;
  bool letters = false, digits = false;
  for (const char c : chain) {
    if (c == '-') {
      ++parts;
      mixed_part |= letters && digits;
      letters = digits = false;
      continue;
    }
    upper |= c >= 'A' && c <= 'Z';
    wildcard |= c == '*' || c == '_';
    letters |= std::isalpha(static_cast<unsigned char>(c)) != 0;
    digits |= c >= '0' && c <= '9';
  }
  mixed_part |= letters && digits;
  return wildcard || mixed_part || (parts >= 3 && !upper);
}

bool is_day_number(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view rest = word.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
  const int day = std::stoi(std::string(word.substr(0, digits)));
  return day >= 1 && day <= 31;
}

bool is_year_number(std::string_view word) {
  if (word.size() != 4) return false;
  if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return word[0] == '1' || word[0] == '2';
}

bool is_ascii_lower_word(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_name_capital(std::string_view text, const Token& token) {
  return token.casing == Casing::kTitle ||
         (token.casing == Casing::kMixed && text[token.offset] >= 'A' && text[token.offset] <= 'Z');
}

bool one_space_between(std::string_view text, const std::vector<Token>& tokens, std::size_t left) {
  return left + 1 < tokens.size() && tokens[left + 1].offset == tokens[left].end() + 1 &&
         text[tokens[left].end()] == ' ';
}

}  // namespace copydesk
