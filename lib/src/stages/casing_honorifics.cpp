#include "casing_honorifics.hpp"

#include <array>

#include "casing.hpp"
#include "casing_context.hpp"
#include "string_map.hpp"

namespace copydesk {

namespace {

struct Honorific {
  std::string_view word;  // in lower case
  bool also_a_noun;       // "drug lord", "drag queen"
  bool abbreviation;      // may end in a stop: "mr. Blair"
};

// Titles that house styles write in lower case as descriptions ("Russian president Vladimir
// Putin", "Chancellor" for the office) are left out: their lower case is often the writer's.
constexpr std::array kHonorifics{
    Honorific{"sir", false, false},      Honorific{"dame", true, false},
    Honorific{"lord", true, false},      Honorific{"lady", true, false},
    Honorific{"baroness", false, false}, Honorific{"baron", true, false},
    Honorific{"prince", true, false},    Honorific{"princess", true, false},
    Honorific{"king", true, false},      Honorific{"queen", true, false},
    Honorific{"duke", true, false},      Honorific{"duchess", true, false},
    Honorific{"pope", true, false},      Honorific{"archbishop", false, false},
    Honorific{"sheikh", false, false},   Honorific{"mr", false, true},
    Honorific{"mrs", false, true},       Honorific{"ms", false, true},
    Honorific{"dr", false, true},
};

const Honorific* find_honorific(std::string_view word) {
  for (const Honorific& honorific : kHonorifics) {
    if (honorific.word == word) return &honorific;
  }
  return nullptr;
}

// Words after which a noun honorific is a title: not an article or another determiner ("the
// queen", "a lord"), which makes it a noun, but a preposition, a conjunction or a verb of
// speech ("by queen Elizabeth", "and lord Winston", "said prince Charles").
bool title_follows(std::string_view word) {
  static const StringSet kWords{"by",   "and",   "or",    "to",      "from",    "with",     "of",
                                "for",  "as",    "at",    "on",      "in",      "than",     "said",
                                "says", "told",  "when",  "whom",    "where",   "while",    "but",
                                "like", "under", "about", "against", "between", "including"};
  return kWords.find(word) != kWords.end();
}

}  // namespace

std::vector<std::string_view> honorific_words() {
  std::vector<std::string_view> words;
  for (const Honorific& honorific : kHonorifics) words.push_back(honorific.word);
  return words;
}

std::optional<std::string> honorific_before_name(std::string_view text,
                                                 const std::vector<Token>& tokens,
                                                 std::size_t index) {
  const Token& token = tokens[index];
  if (token.casing != Casing::kLower || index + 1 >= tokens.size()) return std::nullopt;
  const Honorific* honorific = find_honorific(token.text(text));
  if (honorific == nullptr) return std::nullopt;

  // The name: capitalized, one space after ("sir Alex"), or a stop and a space after an
  // abbreviation ("mr. Blair"); not a title itself ("law lord Lord Hoffmann").
  const Token& name = tokens[index + 1];
  const std::string_view gap = text.substr(token.end(), name.offset - token.end());
  if (gap != " " && !(honorific->abbreviation && gap == ". ")) return std::nullopt;
  if (!is_name_capital(text, name) || is_title_hash(name.hash)) return std::nullopt;
  if (looks_like_identifier(text, token)) return std::nullopt;

  // What stands before: for a noun honorific, nothing that could describe it.
  if (honorific->also_a_noun && index > 0) {
    const Token& before = tokens[index - 1];
    const std::string_view between = text.substr(before.end(), token.offset - before.end());
    const bool same_line = between.find('\n') == std::string_view::npos;
    if (same_line && between == " ") {
      const std::string_view previous = before.text(text);
      if (before.casing != Casing::kLower ||
          !(title_follows(previous) || is_role_word(previous))) {  // "minister lord Moynihan"
        return std::nullopt;
      }
    } else if (same_line && between != ", " && between != "(") {
      return std::nullopt;  // "drug-lord", "'queen"
    }
  }
  return capitalize_first(token.text(text));
}

}  // namespace copydesk
