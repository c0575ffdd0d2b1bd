#include "proper_nouns_matcher.hpp"

#include "stages/casing_lexicon.hpp"
#include "word_filter.hpp"

namespace copydesk {

ProperNounsMatcher::ProperNounsMatcher(const std::vector<const RuleDefinition*>& rules) {
  for (const RuleDefinition* rule : rules) {
    // A house name may be anyone or anything: no kind-specific guard (dates, place
    // prepositions, brand verbs) applies beyond the ambiguity of everyday words.
    for (const std::string& name : rule->names)
      lexicon_.add(name, NameKind::kOrganization, rule->id);
    lexicon_.add_lines(rule->name_list, NameKind::kOrganization, rule->id);
    for (const std::string& word : rule->ambiguous_names) lexicon_.add_ambiguous(word);
  }
  const auto frequent = CommonWords::load(scowl_list_paths(kScowlEverydaySize));
  const auto dictionary = CommonWords::load(default_dictionary_paths());
  lexicon_.finish(*frequent, *dictionary);
}

void ProperNounsMatcher::propose(const Document& document, EditSink& sink) const {
  const std::string_view text = document.text();
  const std::vector<Token>& tokens = document.tokens();
  LazyEvidence evidence(text, tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const bool lower = token.casing == Casing::kLower;
    // A capitalized word matters only before a lower-case one, where a phrase with capitals
    // before it may turn to lower case: "Daily world News", "the Daily World news".
    const bool turns = token.casing == Casing::kTitle && i + 1 < tokens.size() &&
                       tokens[i + 1].casing == Casing::kLower;
    if (!lower && !turns) continue;
    const std::uint64_t hash = token.hash;
    if (lower && !lexicon_.may_start(hash)) continue;
    const auto match = lower ? find_lexicon_match(text, tokens, i, hash, lexicon_)
                             : find_lexicon_phrase_through(text, tokens, i, i + 1, lexicon_);
    if (!match) continue;
    if (sink.accepts(match->entry->rule)) {
      for (const std::size_t c : lexicon_changes(text, tokens, *match, lexicon_, evidence)) {
        sink.propose(Edit{tokens[c].offset, tokens[c].length, match->entry->words[c - match->first],
                          match->entry->rule});
      }
    }
    i = match->first + match->count - 1;
  }
}

}  // namespace copydesk
