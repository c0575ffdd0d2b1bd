#include "casing_lexicon.hpp"

#include <algorithm>
#include <array>

#include "casing.hpp"
#include "casing_context.hpp"
#include "sentence_position.hpp"
#include "speech_verbs.hpp"

namespace copydesk {

namespace {

// Whether token `index` follows a possessive: "the UK's royal Bank" (tokens "UK", "s", "royal").
bool after_possessive(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return index >= 2 && tokens[index - 1].text(text) == "s" &&
         joint_after(text, tokens, index - 2) == Joint::kPossessive;
}

constexpr std::size_t kCapitalsForTrust = 2;

bool is_ascii(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool token_is(std::string_view text, const Token& token, std::string_view folded) {
  const std::string_view word = token.text(text);
  if (is_ascii(word)) return equals_ignoring_ascii_case(word, folded);
  return fold_case(word) == folded;
}

bool separator_matches(std::string_view gap, std::string_view separator) {
  if (separator == " ") {
    return !gap.empty() &&
           std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
  }
  if (separator == "'" || separator == "\u2019") return gap == "'" || gap == "\u2019";
  return gap == separator;
}

std::string_view gap_between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end(), b.offset - a.end());
}

// The capitalized, correctly spelled lexicon entry at token `index`, if any, that is not
// ambiguous itself: the "Greece" in "turkey and Greece".
const LexiconEntry* clear_name_at(std::string_view text, const std::vector<Token>& tokens,
                                  std::size_t index, const ProperNounLexicon& lexicon) {
  const Token& token = tokens[index];
  if (token.casing != Casing::kTitle && token.casing != Casing::kUpper &&
      token.casing != Casing::kMixed) {
    return nullptr;
  }
  const std::uint64_t hash = token.hash;
  if (!lexicon.may_start(hash)) return nullptr;
  const auto match = find_lexicon_match(text, tokens, index, hash, lexicon);
  if (!match || match->count != 1) return nullptr;
  if (token.text(text) != match->entry->words.front()) return nullptr;
  // "China" is a name wherever a sentence start does not explain its capital.
  if (match->entry->ambiguous && !mid_sentence(text, tokens, index)) return nullptr;
  return match->entry;
}

bool is_word(std::string_view text, const Token& token, std::string_view word) {
  return equals_ignoring_ascii_case(token.text(text), word);
}

// The context of a single lower-case word at `index`, read once.
struct Context {
  bool has_previous = false;     // a word before it on the same line, joined by spaces
  std::string_view previous;     // that word
  bool previous_hyphen = false;  // joined by a hyphen: "anti-china"
  bool previous_comma = false;   // "Greece, turkey"
  Joint after = Joint::kPunctuation;
  std::string_view next;      // the word after, when joined by a space, hyphen or comma
  bool next_content = false;  // a lower-case content word follows: "turkey dinner"
};

Context read_context(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  Context context;
  if (index > 0) {
    const std::string_view gap = gap_between(text, tokens[index - 1], tokens[index]);
    if (separator_matches(gap, " ")) {
      context.has_previous = true;
    } else if (gap == "-") {
      context.has_previous = context.previous_hyphen = true;
    } else if (gap == ", ") {
      context.has_previous = context.previous_comma = true;
    }
    if (context.has_previous) context.previous = tokens[index - 1].text(text);
  }
  context.after = joint_after(text, tokens, index);
  if (index + 1 < tokens.size() &&
      (context.after == Joint::kSpace || context.after == Joint::kHyphen ||
       context.after == Joint::kComma)) {
    const Token& next = tokens[index + 1];
    if (context.after != Joint::kComma || gap_between(text, tokens[index], next) == ", ") {
      context.next = next.text(text);
      context.next_content = context.after == Joint::kSpace && next.casing == Casing::kLower &&
                             !is_function_word(context.next);
    }
  }
  return context;
}

// A clear name next to the word in a list: "turkey and Greece", "Greece, turkey",
// "japan, Nigeria", "Nigeria and japan".
bool listed_with_a_name(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                        const Context& context, const ProperNounLexicon& lexicon) {
  auto is_and = [&](std::size_t i) {
    return is_word(text, tokens[i], "and") || is_word(text, tokens[i], "or");
  };
  if (context.previous_comma && clear_name_at(text, tokens, index - 1, lexicon)) return true;
  if (context.has_previous && index >= 2 && is_and(index - 1) &&
      separator_matches(gap_between(text, tokens[index - 2], tokens[index - 1]), " ") &&
      clear_name_at(text, tokens, index - 2, lexicon)) {
    return true;
  }
  if (context.after == Joint::kComma && !context.next.empty() &&
      clear_name_at(text, tokens, index + 1, lexicon)) {
    return true;
  }
  if (context.after == Joint::kSpace && index + 2 < tokens.size() && is_and(index + 1) &&
      separator_matches(gap_between(text, tokens[index + 1], tokens[index + 2]), " ") &&
      clear_name_at(text, tokens, index + 2, lexicon)) {
    return true;
  }
  return false;
}

bool number_follows_in_words(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t index) {
  // "5%" and "5.5" are amounts, not dates.
  const Token& number = tokens[index];
  const std::size_t end = number.end();
  return !(end < text.size() &&
           (text[end] == '%' || (text[end] == '.' && word_char_after(text, end + 1))));
}

bool month_context(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                   const Context& context, const ProperNounLexicon& lexicon) {
  // "5 may", "21 march to file" (not "Xbox 2 may be unveiled": "may" before a word is a verb)
  const bool word_follows =
      context.after == Joint::kSpace && tokens[index + 1].casing == Casing::kLower;
  const bool modal = word_follows && is_word(text, tokens[index], "may");
  if (context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      is_day_number(context.previous) && !modal) {
    return true;
  }
  // "may 5", "march 2005", "august, 2004"
  if ((context.after == Joint::kSpace || context.after == Joint::kComma) && !context.next.empty() &&
      (is_day_number(context.next) || is_year_number(context.next)) &&
      number_follows_in_words(text, tokens, index + 1)) {
    return true;
  }
  // "mid-march"
  if (context.previous_hyphen && is_word(text, tokens[index - 1], "mid")) return true;
  // "in early may", "last may.", "late march when": a word of time before it, and no verb after
  // it, which a modal would take ("next may be"). The verbs of being and having never follow a
  // modal: "early may were sent out".
  static const StringSet kTimeOfMonth{"early", "late", "last", "next", "mid"};
  static const StringSet kAfterMonthNotAVerb{
      "was", "were", "is",  "are",   "has",    "had",   "when", "and",  "or",   "to",
      "in",  "of",   "for", "after", "before", "until", "this", "that", "last", "but"};
  if (context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      kTimeOfMonth.count(context.previous) != 0 &&
      (context.after == Joint::kComma || context.after == Joint::kPunctuation ||
       (word_follows && kAfterMonthNotAVerb.count(context.next) != 0))) {
    return true;
  }
  // "but come august, an out-of-form side": "come" before a month and a comma ("They come
  // march and rally" is a verb's).
  if (context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      context.previous == "come" && context.after == Joint::kComma) {
    return true;
  }
  // "in may.", "since march,", "the end of august;"
  // A dash between spaces ends it too: "in march - one by Coldplay".
  const std::string_view after_month = text.substr(tokens[index].end());
  const bool clause_ends =
      context.after == Joint::kComma ||
      (context.after == Joint::kPunctuation && tokens[index].end() < text.size() &&
       std::string_view(".;:)").find(text[tokens[index].end()]) != std::string_view::npos) ||
      tokens[index].end() == text.size() || after_month.starts_with(" - ") ||
      after_month.starts_with(" \u2013 ") || after_month.starts_with(" \u2014 ");
  // "since may last year", "in march this year", "until march when", "in march or april"
  static const StringSet kAfterMonth{"last", "this",    "next",   "or", "and",
                                     "when", "after",   "before", "to", "until",
                                     "till", "through", "onwards"};
  const bool date_follows = word_follows && kAfterMonth.count(context.next) != 0;
  if (context.has_previous && !context.previous_comma && is_month_preposition(context.previous) &&
      !is_word(text, tokens[index - 1], "and") && !is_word(text, tokens[index - 1], "or") &&
      !is_word(text, tokens[index - 1], "to") && (clause_ends || date_follows)) {
    return true;
  }
  // Whether the word two tokens back is a month, in any case.
  auto month_two_back = [&] {
    const auto* before = lexicon.candidates(fold_case(tokens[index - 2].text(text)));
    return before != nullptr &&
           std::any_of(before->begin(), before->end(), [](const LexiconEntry* e) {
             return e->kind == NameKind::kCalendar && e->words.size() == 1;
           });
  };
  // "from january to march", "january to march": a month, then "to".
  if (context.has_previous && is_word(text, tokens[index - 1], "to") && index >= 2 &&
      month_two_back()) {
    return true;
  }
  // "in March and august", "June or july": after "and" or "or" and a month the text
  // capitalizes (not "March and may be", which a modal would be).
  if (context.has_previous && !modal && index >= 2 &&
      (is_word(text, tokens[index - 1], "and") || is_word(text, tokens[index - 1], "or")) &&
      one_space_between(text, tokens, index - 2) && tokens[index - 2].casing == Casing::kTitle &&
      month_two_back()) {
    return true;
  }
  // "April, may and June"
  if (context.previous_comma) {
    const LexiconEntry* name = clear_name_at(text, tokens, index - 1, lexicon);
    if (name != nullptr && name->kind == NameKind::kCalendar) return true;
  }
  return false;
}

// Words after which a brand that is also a verb is the verb: "to google", "can excel", "we
// google".
bool introduces_verb(std::string_view word) {
  static const StringSet kWords{"to",    "can",    "could", "will", "would", "shall", "should",
                                "may",   "might",  "must",  "i",    "you",   "we",    "they",
                                "don't", "didn't", "never", "not",  "also",  "just",  "cannot"};
  return kWords.count(to_lower(word)) != 0;
}

// "the simplified google doc", "My excel skills": a brand that is also a verb, used as a noun.
bool brand_as_noun(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                   const Context& context) {
  if (!context.has_previous || context.previous_hyphen || context.previous_comma) return false;
  const bool noun_follows = context.next_content || context.after == Joint::kPossessive;
  if (!noun_follows) return false;
  if (introduces_common_noun(context.previous) && !is_word(text, tokens[index - 1], "one"))
    return true;
  // One adjective between: "the simplified google doc".
  if (index >= 2 && tokens[index - 1].casing == Casing::kLower &&
      separator_matches(gap_between(text, tokens[index - 2], tokens[index - 1]), " ")) {
    const std::string_view determiner = tokens[index - 2].text(text);
    return introduces_common_noun(determiner) && !is_function_word(context.previous);
  }
  return false;
}

// Words after a party's name that make it the party: "the labour party", "labour voters".
bool is_party_word(std::string_view word) {
  static const StringSet kWords{
      "party",        "government", "administration", "mp",         "mps",         "backbencher",
      "backbenchers", "voters",     "supporters",     "activists",  "candidate",   "candidates",
      "manifesto",    "leader",     "leadership",     "peer",       "peers",       "councillor",
      "councillors",  "spokesman",  "spokeswoman",    "whip",       "whips",       "rebels",
      "heartlands",   "chairman",   "chairwoman",     "frontbench", "frontbencher"};
  return kWords.count(to_lower(word)) != 0;
}

// Verbs that follow the subject of a clause: "that labour was", "that china has".
bool is_auxiliary_verb(std::string_view word) {
  static const StringSet kWords{"is",    "was",    "has",   "had",    "will", "would",
                                "could", "should", "can",   "must",   "did",  "does",
                                "might", "may",    "isn't", "wasn't", "won't"};
  return kWords.count(word) != 0;
}

bool ambiguous_word_allowed(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t index, const LexiconEntry& entry,
                            const ProperNounLexicon& lexicon, LazyEvidence& evidence) {
  const Context context = read_context(text, tokens, index);
  switch (entry.kind) {
    case NameKind::kAcronym:
      return false;  // "us", "who", "aids"
    case NameKind::kCalendar:
      // A month says nothing: a speaker before a verb of speech is someone, when the text
      // capitalizes the name elsewhere: `," may wrote` beside "Brian May" (a modal takes no
      // "wrote"; not "the march claims", a protest's).
      if (context.after == Joint::kSpace && is_speech_verb(context.next) &&
          may_speak(text, tokens, index) &&
          evidence.capitals(tokens[index].text(text), tokens[index].offset) > 0) {
        return true;
      }
      return month_context(text, tokens, index, context, lexicon);
    default:
      break;
  }
  if (entry.kind == NameKind::kBrand && entry.verb && brand_as_noun(text, tokens, index, context)) {
    return true;
  }
  // A brand that is also a verb, where the verb goes: "you can google it", "to excel at".
  // (Places are not: "exports to japan".)
  if (entry.kind == NameKind::kBrand && entry.verb && context.has_previous &&
      !context.previous_hyphen && !context.previous_comma && introduces_verb(context.previous)) {
    return false;
  }
  const std::string_view word = tokens[index].text(text);
  const std::size_t capitals = evidence.capitals(word, tokens[index].offset);
  const bool knows = capitals > 0;
  if (entry.kind == NameKind::kNationality || entry.kind == NameKind::kLanguage) {
    // "the polish government" where the text also writes "Polish".
    if (knows && context.next_content && context.has_previous &&
        (introduces_common_noun(context.previous) || is_place_preposition(context.previous))) {
      return true;
    }
  }
  if (context.after == Joint::kHyphen && is_place_compound_suffix(context.next)) return true;
  if (context.previous_hyphen && is_place_compound_prefix(context.previous)) return true;
  // The name before the same capitalized word as elsewhere in the document: "the labour Party"
  // beside "the Labour Party", "turkey Hill" beside "Turkey Hill". A capital after it proves
  // nothing alone: "the bill Sharon signed" stays unless the text also writes "Bill Sharon".
  if (context.after == Joint::kSpace && tokens[index + 1].casing == Casing::kTitle &&
      evidence.get().contains_phrase({entry.words.front(), std::string(context.next)}, {" "},
                                     tokens[index].offset)) {
    return true;
  }
  // The name after the same word as elsewhere in the document, a word of content, not a
  // function word, and the word in lower case only here: "before a crucial commons vote"
  // beside "the crucial Commons vote" (not "the bill" beside "The Bill", nor "shadow cabinet"
  // twice beside one "shadow Cabinet").
  if (context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      tokens[index - 1].casing == Casing::kLower && !is_function_word(context.previous) &&
      entry.words.size() == 1 &&
      evidence.get().contains_phrase({std::string(context.previous), entry.words.front()}, {" "},
                                     tokens[index].offset) &&
      count_word_near(text, word, tokens[index].offset) <= 1) {
    return true;
  }
  // The name before the same word of content as where the article capitalizes it, in lower
  // case only here: "after cabinet allies intervened" beside "intervention from Cabinet allies".
  // Not before a role, which house styles write either way ("cabinet minister").
  if (context.after == Joint::kSpace && context.next_content &&
      tokens[index + 1].casing == Casing::kLower && entry.words.size() == 1 && knows &&
      entry.kind != NameKind::kNationality && entry.kind != NameKind::kLanguage &&
      !is_role_word(context.next) && count_word_near(text, word, tokens[index].offset) <= 1) {
    if (phrase_stands_elsewhere(
            text, tokens, index, index, index + 1,
            evidence.get().capitalized(word, tokens[index].hash, tokens[index].offset))) {
      return true;
    }
  }
  // A party's name before a word only a party takes: "the labour party", "a labour MP",
  // "labour voters", where the document writes "Labour" as often as "labour" (not "the labour
  // market").
  if (entry.kind == NameKind::kOrganization && context.after == Joint::kSpace &&
      is_party_word(context.next) && knows &&
      count_word_near(text, word, tokens[index].offset) <= capitals) {
    return true;
  }
  // An organization the document capitalizes at least twice and writes in lower case nowhere
  // else, after "the" or a lower-case word that is no other determiner: "to keep arsenal at
  // bay". After "the", one capital standing alone is enough: "in the premiership" beside one
  // "the Premiership," (not "the cabinet" beside "the Cabinet Office"). Not before a noun,
  // which may make it a description ("the premiership champions").
  // After "the", a verb in the past tense or an adverb after it leaves it a name: "The pumas
  // shocked the Irish" (not "immigrant labour prepared to work").
  const bool verb_or_adverb_after = context.has_previous &&
                                    is_word(text, tokens[index - 1], "the") &&
                                    past_verb_or_adverb(context.next);
  if (entry.kind == NameKind::kOrganization && context.has_previous && !context.previous_hyphen &&
      !context.previous_comma && (!context.next_content || verb_or_adverb_after) && capitals >= 1) {
    const bool after_the = is_word(text, tokens[index - 1], "the");
    if ((after_the || (tokens[index - 1].casing == Casing::kLower &&
                       !introduces_common_noun(context.previous))) &&
        (capitals >= kCapitalsForTrust ||
         (after_the && evidence.get().count_capitalized_alone(word, word_hash(word),
                                                              tokens[index].offset) >= 1)) &&
        count_word_near(text, word, tokens[index].offset) <= 1) {
      return true;
    }
  }
  // "that" before a subject and its verb is no determiner: "said that labour was finished".
  const bool that_clause = context.has_previous && is_word(text, tokens[index - 1], "that") &&
                           context.after == Joint::kSpace && is_auxiliary_verb(context.next);
  if (context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      introduces_common_noun(context.previous) && !that_clause) {
    return false;  // "a turkey dinner", "fine china", "the bill"
  }
  if (context.after == Joint::kPossessive) return true;  // "china's economy"
  // Nothing before the name that may describe it: a function word, or a conjunction that opens
  // a clause ("while apple uses AAC"), is plain; another lower-case word is not ("favourite
  // apple").
  static const StringSet kClauseOpeners{"while",  "whereas", "although", "though", "because",
                                        "unless", "until",   "whether",  "since",  "when"};
  // The "s" after an apostrophe: a pronoun's "is" ("it's apple that"), a function word too, or
  // an owner's ("Tom's apple").
  auto after_apostrophe_s = [&] {
    if (index < 2 || context.previous != "s") return false;
    const std::string_view apostrophe =
        text.substr(tokens[index - 2].end(), tokens[index - 1].offset - tokens[index - 2].end());
    return apostrophe == "'" || apostrophe == "\u2019";
  };
  auto contracted_is = [&] {
    return after_apostrophe_s() && is_function_hash(tokens[index - 2].hash);
  };
  auto after_possessive = [&] { return after_apostrophe_s() && !contracted_is(); };
  const bool plain_before = !context.has_previous || context.previous_comma ||
                            is_function_word(context.previous) ||
                            kClauseOpeners.count(context.previous) != 0 ||
                            tokens[index - 1].casing != Casing::kLower || contracted_is();
  // A name the document has established (established_name): "to put arsenal ahead" beside
  // eleven "Arsenal". Not a month or a people, whose lower-case words are other words ("may",
  // "polish"), nor a brand after a word that may describe it ("his favourite apple" beside
  // "Apple").
  if ((plain_before || entry.kind != NameKind::kBrand) && entry.kind != NameKind::kCalendar &&
      entry.kind != NameKind::kNationality && entry.kind != NameKind::kLanguage &&
      established_name(capitals,
                       [&] { return count_word_near(text, word, tokens[index].offset); })) {
    return true;
  }
  // A name the document capitalizes mid-sentence at least twice, and writes in lower case at
  // most half as often: "said labour" beside "Labour MPs" and "Labour's plans". Not months
  // ("We may go" beside "in May") and not nationalities ("to polish").
  // A verb in the past tense after it makes it a subject, not a description: "when labour
  // regained power" (not "the labour market").
  const bool verb_after =
      context.next_content && context.next.size() > 4 && context.next.ends_with("ed");
  if (capitals >= kCapitalsForTrust && (!context.next_content || verb_after) && plain_before &&
      entry.kind != NameKind::kNationality && entry.kind != NameKind::kLanguage &&
      2 * count_word_near(text, word, tokens[index].offset) <= capitals) {
    return true;
  }
  // A brand the document capitalizes at least twice, as the subject or object of a sentence:
  // "after google began blocking", "the google toolbar". Not a verb ("to google it", "you can
  // google", "we google").
  // A verb or an adverb may stand before it where an auxiliary or "to" follows, which makes it
  // the subject or the object: "They thought google would", "might use google to look up"
  // (not "a green apple to eat", a determiner and a word that describes it, nor "Tom's apple
  // was", an owner's, nor "to google it", which the checks above decide).
  const bool subject_or_object =
      plain_before ||
      (context.after == Joint::kSpace &&
       (is_auxiliary_verb(context.next) || context.next == "to") && !after_possessive() &&
       !(index >= 2 && introduces_common_noun(tokens[index - 2].text(text))));
  if (entry.kind == NameKind::kBrand && capitals >= kCapitalsForTrust && subject_or_object &&
      2 * count_word_near(text, word, tokens[index].offset) <= capitals) {
    return true;
  }
  if (!context.next_content && listed_with_a_name(text, tokens, index, context, lexicon))
    return true;
  // A preposition that introduces a place, and the end of the clause: "sold in japan.",
  // "a trip to china was". A place name only, not a brand ("in windows.").
  const bool clause_ends = context.after == Joint::kComma || context.after == Joint::kPunctuation ||
                           (context.after == Joint::kSpace && is_function_word(context.next));
  static const StringSet kInto{"in",      "from",    "into",     "across",    "throughout",
                               "visit",   "visited", "visiting", "including", "between",
                               "against", "outside", "inside",   "played",    "playing"};
  if ((entry.kind == NameKind::kPlace || entry.kind == NameKind::kRegion) && context.has_previous &&
      !context.previous_hyphen && !context.previous_comma && kInto.count(context.previous) != 0 &&
      clause_ends) {
    return true;
  }
  // The document's own capital, and a preposition that introduces a place: "exports to china".
  if (knows && context.has_previous && !context.previous_hyphen && !context.previous_comma &&
      is_place_preposition(context.previous) && !context.next_content) {
    return true;
  }
  return false;
}

// Whether the words of `match` left as written are all nationalities ("European") and the
// words to change all common ("parliament").
bool only_nationalities_capitalized(std::string_view text, const std::vector<Token>& tokens,
                                    const LexiconMatch& match,
                                    const std::vector<std::size_t>& changes,
                                    const ProperNounLexicon& lexicon) {
  for (std::size_t j = 0; j < match.count; ++j) {
    const std::size_t index = match.first + j;
    const bool changed = std::find(changes.begin(), changes.end(), index) != changes.end();
    if (changed) continue;
    const Token& token = tokens[index];
    if (token.casing == Casing::kLower) continue;  // "of" in "Gulf of Mexico"
    if (!lexicon.is_nationality(token.text(text))) return false;
  }
  if (changes.size() == match.count) {
    // Every word in lower case: the same only when the name starts with a nationality
    // ("european parliament"), not for a name of other words ("chinedu okafor").
    return lexicon.is_nationality(tokens[match.first].text(text));
  }
  return !changes.empty();
}

// Whether the name at `index` ends a hyphenated word whose first part is a lower-case word that
// does not make a compound with a name: "arm-linux", "alpha-linux" name systems in code, while
// "anti-american", "sino-japanese", "mid-wales", "arab-israeli" and "January-to-march" are
// prose.
bool after_lower_case_compound_word(std::string_view text, const std::vector<Token>& tokens,
                                    std::size_t index, const ProperNounLexicon& lexicon) {
  if (index == 0 || gap_between(text, tokens[index - 1], tokens[index]) != "-") return false;
  const Token& before = tokens[index - 1];
  if (before.casing != Casing::kLower) return false;
  const std::string_view word = before.text(text);
  return !is_place_compound_prefix(word) && !is_direction_word(word) && !is_function_word(word) &&
         lexicon.candidates(fold_case(word)) == nullptr;
}

// Whether the number word at `index` counts the plural after it: "the BBC two years ago" is no
// "BBC Two" ("BBC two controller" is).
bool counts_what_follows(std::string_view text, const std::vector<Token>& tokens,
                         std::size_t index) {
  static const StringSet kNumbers{"two",   "three", "four", "five", "six",
                                  "seven", "eight", "nine", "ten"};
  if (index + 1 >= tokens.size() || tokens[index].casing != Casing::kLower ||
      kNumbers.count(tokens[index].text(text)) == 0 || !one_space_between(text, tokens, index)) {
    return false;
  }
  const Token& next = tokens[index + 1];
  return next.casing == Casing::kLower && next.text(text).ends_with('s');
}

}  // namespace

std::size_t LazyEvidence::capitals(std::string_view lower, std::size_t near) {
  return get().count_capitalized(lower, word_hash(lower), near);
}

std::optional<LexiconMatch> find_lexicon_match(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t index,
                                               std::uint64_t hash,
                                               const ProperNounLexicon& lexicon) {
  if (!lexicon.may_start(hash)) return std::nullopt;
  const auto* entries = lexicon.candidates_by_hash(hash);
  if (entries == nullptr) return std::nullopt;
  // The hashes of the tokens after the first, taken as the entries reach them: an entry whose
  // word hashes differ is ruled out without reading its words.
  std::array<std::uint64_t, 8> hashes;
  std::size_t hashed = 1;
  for (const LexiconEntry* entry : *entries) {
    const std::size_t count = entry->words.size();
    if (index + count > tokens.size()) continue;
    bool possible = true;
    for (std::size_t j = 1; j < count && j < hashes.size() && possible; ++j) {
      if (j == hashed) {
        hashes[j] = tokens[index + j].hash;
        ++hashed;
      }
      possible = hashes[j] == entry->word_hashes[j];
    }
    if (!possible) continue;
    bool matches = token_is(text, tokens[index], entry->folded_words.front());
    for (std::size_t j = 1; j < count && matches; ++j) {
      const Token& previous = tokens[index + j - 1];
      const Token& next = tokens[index + j];
      matches = separator_matches(gap_between(text, previous, next), entry->separators[j - 1]) &&
                token_is(text, next, entry->folded_words[j]);
    }
    if (matches) return LexiconMatch{index, count, entry};
  }
  return std::nullopt;
}

std::optional<LexiconMatch> find_lexicon_phrase_through(std::string_view text,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t last_start, std::size_t reach,
                                                        const ProperNounLexicon& lexicon) {
  if (reach >= tokens.size() || reach <= last_start) return std::nullopt;
  const bool lower = tokens[last_start].casing == Casing::kLower;
  const std::size_t earliest =
      last_start >= kWordsBeforePhraseTurn ? last_start - kWordsBeforePhraseTurn : 0;
  std::size_t start = last_start;
  while (start > earliest && (tokens[start - 1].casing == Casing::kLower) == lower) --start;
  for (; start <= last_start; ++start) {
    const std::uint64_t hash = tokens[start].hash;
    if (!lexicon.may_start_phrase(hash, tokens[start + 1].hash)) continue;
    const auto match = find_lexicon_match(text, tokens, start, hash, lexicon);
    if (match && match->first + match->count > reach) return match;
  }
  return std::nullopt;
}

namespace {

// Whether `token` is itself the whole name of an organization in the lexicon: "Labour".
bool names_an_organization(std::string_view text, const Token& token,
                           const ProperNounLexicon& lexicon) {
  const auto* entries = lexicon.candidates_by_hash(token.hash);
  if (entries == nullptr) return false;
  return std::any_of(entries->begin(), entries->end(), [&](const LexiconEntry* entry) {
    return entry->kind == NameKind::kOrganization && entry->words.size() == 1 &&
           entry->words.front() == token.text(text);
  });
}

}  // namespace

std::vector<std::size_t> lexicon_changes(std::string_view text, const std::vector<Token>& tokens,
                                         const LexiconMatch& match,
                                         const ProperNounLexicon& lexicon, LazyEvidence& evidence) {
  const LexiconEntry& entry = *match.entry;
  std::vector<std::size_t> changes;
  bool capital_mid_sentence = false;
  for (std::size_t j = 0; j < match.count; ++j) {
    const Token& token = tokens[match.first + j];
    const std::string_view written = token.text(text);
    const std::string& canonical = entry.words[j];
    if (written == canonical) {
      if (token.casing != Casing::kLower && (j > 0 || mid_sentence(text, tokens, match.first))) {
        capital_mid_sentence = true;
      }
      continue;
    }
    if (token.casing != Casing::kLower) return {};  // "Nato", "UNITED STATES", "eBAY": leave
    changes.push_back(match.first + j);
  }
  if (changes.empty()) return {};
  if (counts_what_follows(text, tokens, match.first + match.count - 1)) return {};
  if (looks_like_identifier(text, tokens[match.first]) ||
      looks_like_identifier(text, tokens[match.first + match.count - 1])) {
    return {};
  }
  if (match.count == 1) {
    if (entry.kind == NameKind::kAcronym && tokens[match.first].length < 3) return {};
    if (after_lower_case_compound_word(text, tokens, match.first, lexicon)) return {};
    if (!entry.ambiguous) return changes;
    return ambiguous_word_allowed(text, tokens, match.first, entry, lexicon, evidence)
               ? changes
               : std::vector<std::size_t>{};
  }
  const std::size_t offset = tokens[match.first].offset;
  if (entry.directional && changes.front() == match.first &&
      !evidence.get().contains_phrase(entry.words, entry.separators, offset)) {
    // "western Europe" is a style choice: the place alone is fixed ("western europe").
    changes.erase(changes.begin());
    return changes;
  }
  // "the prime minister" is a house style, "Prime minister Tony Blair" is not.
  if (entry.kind == NameKind::kOffice && !capital_mid_sentence) return {};
  if (entry.all_common && !capital_mid_sentence &&
      !evidence.get().contains_phrase(entry.words, entry.separators, offset)) {
    return {};  // "the united states" alone: no evidence
  }
  // "a new Labour government": a function word before an organization's name, which makes a
  // longer one ("New Labour"), may be the word itself; the document decides. ("old Trafford",
  // "new York" and "BBC one" name nothing shorter.)
  if (match.count == 2 && changes.size() == 1 && changes.front() == match.first &&
      is_function_hash(tokens[match.first].hash) &&
      names_an_organization(text, tokens[match.first + 1], lexicon) &&
      !evidence.get().contains_phrase(entry.words, entry.separators, offset)) {
    return {};
  }
  // "the European parliament", "the Indian ocean": a nationality and a common noun in lower
  // case is how many writers style it; the document decides.
  if (only_nationalities_capitalized(text, tokens, match, changes, lexicon) &&
      !evidence.get().contains_phrase(entry.words, entry.separators, offset)) {
    return {};
  }
  return changes;
}

bool institution_of_place(std::string_view text, const std::vector<Token>& tokens,
                          std::size_t index, const StringSet& heads) {
  const Token& head = tokens[index];
  if (head.casing != Casing::kLower || index + 2 >= tokens.size()) return false;
  const Token& of = tokens[index + 1];
  const Token& name = tokens[index + 2];
  // The cheap checks on the neighbours first: most words before "of" are not heads.
  if (name.casing != Casing::kTitle) return false;
  const std::string_view link = of.text(text);
  if (gap_between(text, head, of) != " " || (link != "of" && link != "for") ||
      gap_between(text, of, name) != " ") {
    return false;
  }
  if (heads.find(head.text(text)) == heads.end()) return false;
  if (joint_after(text, tokens, index + 2) == Joint::kPossessive)
    return false;                              // "of Nigeria's size"
  if (is_title_hash(name.hash)) return false;  // "the council of Ministers" is, "of President" not
  if (looks_like_identifier(text, head)) return false;
  const Lead lead = lead_of(text, head.offset);
  if (lead.kind == Lead::Kind::kLineStart || lead.kind == Lead::Kind::kTerminal) return true;
  if (index == 0) return true;
  const Token& previous = tokens[index - 1];
  if (!separator_matches(gap_between(text, previous, head), " ")) return false;
  const std::string_view word = previous.text(text);
  // A capital of the same name ("the Royal academy of Dance") or a possessive ("London's
  // institute of Contemporary Arts") before it.
  if (previous.casing == Casing::kTitle && !is_function_word(word)) return true;
  if (after_possessive(text, tokens, index)) return true;
  return word == "the" || word == "The" || is_place_preposition(word) || word == "at" ||
         word == "of" || word == "by" || word == "for" || word == "with";
}

bool inside_institution_name(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t index, const StringSet& ends,
                             const CommonWords& everyday) {
  if (index == 0 || index + 1 >= tokens.size()) return false;
  const Token& before = tokens[index - 1];
  const Token& word = tokens[index];
  const Token& end = tokens[index + 1];
  if (word.casing != Casing::kLower || end.casing != Casing::kTitle) return false;
  if (before.casing != Casing::kTitle && before.casing != Casing::kUpper &&
      before.casing != Casing::kMixed) {
    return false;
  }
  if (gap_between(text, before, word) != " " || gap_between(text, word, end) != " ") return false;
  const std::string_view lower = word.text(text);
  if (lower.size() < 4 || !is_ascii_lower_word(lower) || is_function_word(lower) ||
      is_order_word(lower) || lower.ends_with("ed") || lower.ends_with("ing")) {
    return false;
  }
  // A capital that opens the sentence is not part of the name when the word is a function word
  // or an everyday word other than a direction: "The first Academy Awards", "Home good Group";
  // but "South bank Awards" (only in Title case: the "US" of "the US federal Bureau" is no "us").
  if (before.casing == Casing::kTitle &&
      (is_function_word(before.text(text)) ||
       (!mid_sentence(text, tokens, index - 1) && everyday.probably_common(before.hash) &&
        !is_direction_word(to_lower(before.text(text)))))) {
    return false;
  }
  return ends.find(end.text(text)) != ends.end();
}

bool start_of_institution_name(std::string_view text, const std::vector<Token>& tokens,
                               std::size_t index, const StringSet& starts, const StringSet& ends) {
  constexpr std::size_t kMaxCapitals = 4;
  const Token& word = tokens[index];
  if (word.casing != Casing::kLower || starts.find(word.text(text)) == starts.end()) return false;
  // The capitals after it, up to the one that ends the name.
  bool ended = false;
  for (std::size_t n = index + 1; n < tokens.size() && n <= index + kMaxCapitals; ++n) {
    if (tokens[n].casing != Casing::kTitle || gap_between(text, tokens[n - 1], tokens[n]) != " ")
      break;
    if (ends.find(tokens[n].text(text)) != ends.end()) {
      ended = true;
      break;
    }
  }
  if (!ended || looks_like_identifier(text, word)) return false;
  // What stands before it must not describe it.
  if (index == 0) return true;
  const Token& before = tokens[index - 1];
  const std::string_view gap = gap_between(text, before, word);
  if (gap.find('\n') != std::string_view::npos || gap == ", ") return true;
  if (gap != " ") return false;
  return after_possessive(text, tokens, index) || is_function_word(before.text(text));
}

}  // namespace copydesk
