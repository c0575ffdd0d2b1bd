// A rule as a pack defines it: identity, level, examples, and the payload of its kind. Rules
// are data; the matchers built from them (matcher.hpp) do the work, one per kind and stage,
// so that the cost of a pass does not grow with the number of rules.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "copydesk/copydesk.hpp"

namespace copydesk {

class SpellingVariants;  // word_list.hpp

// A spelling variety of English: the spelling a typo rule writes its fixes in.
enum class Locale { kAny, kEnUs, kEnGb };

struct RuleExample {
  std::string before;
  std::string after;  // equal to `before` for a text that must not change
  SourceLocation where;
};

struct WordPair {
  std::string from;  // as written in the pack: "dialog", "per cent"
  std::string to;
  SourceLocation where;
  bool suggest_only = false;  // a list entry a person must decide (several fixes, or a reason)
};

struct RuleDefinition {
  std::string id;
  std::string kind;   // "words" | "regex" | "builtin" | "proper-nouns" | "delete-line"
  std::string stage;  // one of kStageOrder
  std::string description;
  Level level = Level::kFix;
  bool enabled = true;
  std::vector<RuleExample> examples;
  SourceLocation where;

  // kind == "words"
  std::vector<WordPair> words;
  // Typo guards (`cautious = true`): a capitalized word inside a sentence is only reported (a
  // name, most likely); an all-capitals word under five letters (an acronym) and a piece of a
  // hyphenated word ("add-ons", "right-hander", "Winn-Dixie") are left alone.
  bool cautious = false;
  // Typo rules with `variants` and a `locale` (`follow_document_spelling = true`): `locale` is
  // the variety of the fixes, `document_spelling` the pairs that give a fix its counterpart in
  // the other variety and tell which variety a document uses (spelling_variety.hpp). Null
  // when the rule writes its fixes as they are.
  Locale locale = Locale::kAny;
  std::shared_ptr<const SpellingVariants> document_spelling;
  // kind == "regex", and "delete-line" (a pattern that must match a whole line)
  std::string pattern;
  std::string replace;
  // kind == "builtin": settings the C++ rule reads, as written ("curly", "true", "3")
  std::map<std::string, std::string> options;
  // kind == "proper-nouns": canonical forms ("Chinedu Okafor", "Daily World News") from
  // `names`, the text of the `list` file (one a line), and the words among them that change
  // only with evidence, as common words do (`ambiguous`: "bath" of a town, "reading").
  std::vector<std::string> names;
  std::string name_list;
  std::vector<std::string> ambiguous_names;
  // Names of the default lexicon that the house does not want changed at all (`not_names`:
  // "Mac mini" for a desk that writes "Mac Mini" as it likes).
  std::vector<std::string> not_names;
};

// Stages in the order they run (DESIGN.md).
inline const std::vector<std::string>& stage_order() {
  static const std::vector<std::string> order{"unicode", "glyphs",   "spacing", "typos",
                                              "casing",  "sentence", "house"};
  return order;
}

}  // namespace copydesk
