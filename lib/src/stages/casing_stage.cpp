#include "casing_stage.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "casing.hpp"
#include "casing_context.hpp"
#include "casing_dictionary_names.hpp"
#include "casing_document_names.hpp"
#include "casing_headline.hpp"
#include "casing_honorifics.hpp"
#include "casing_lexicon.hpp"
#include "casing_options.hpp"
#include "casing_pronoun_i.hpp"
#include "casing_rescan.hpp"
#include "casing_sieve.hpp"
#include "casing_surnames.hpp"
#include "casing_titles.hpp"
#include "census_names.hpp"
#include "common_words.hpp"
#include "icu_place_names.hpp"
#include "list_lines.hpp"
#include "pack_loader.hpp"
#include "proper_noun_lexicon.hpp"

namespace copydesk {

namespace {

constexpr std::string_view kProperNouns = "casing.proper-nouns";
constexpr std::string_view kInstitutions = "casing.institutions";
constexpr std::string_view kNamesAfterTitles = "casing.names-after-titles";
constexpr std::string_view kNamesInDocument = "casing.names-in-document";
constexpr std::string_view kDictionaryNames = "casing.dictionary-names";
constexpr std::string_view kSurnames = "casing.surnames";
constexpr std::string_view kHonorifics = "casing.honorifics";
constexpr std::string_view kPronounI = "casing.pronoun-i";

// The words that end an institution's name, by default (casing.institutions' `ends`). Not
// "Parliament" or "Congress", which follow verbs ("told Congress", "entered Parliament").
constexpr std::string_view kInstitutionEnds =
    "Academy,Act,Administration,Agency,Alliance,Association,Authority,Award,Awards,Bank,Board,"
    "Bureau,Championship,Championships,College,Commission,Committee,Conference,Convention,"
    "Corporation,Council,Court,Department,Federation,Festival,Forum,Foundation,Fund,Games,Group,"
    "Institute,Institution,League,Ministry,Museum,Office,Organisation,Organization,Party,Prize,"
    "Programme,School,Service,Society,Summit,Treaty,Trust,Union";

// The words that head an institution's name before "of" or "for" and a capitalized name
// (casing.institutions' `heads`): "the council of Europe". Not "office", "centre", "board",
// "committee" or "trust", which stand so as common nouns ("the office of President Bush",
// "the centre of London", "a committee of MPs").
constexpr std::string_view kInstitutionHeads =
    "academy,agency,association,authority,bank,bureau,chamber,college,commission,council,court,"
    "department,federation,foundation,fund,institute,institution,league,ministry,museum,"
    "organisation,organization,school,society,union,university";

// The words that may start an institution's name in lower case (casing.institutions'
// `starts`): adjectives that stand first in many names. Nationalities are the lexicon's.
constexpr std::string_view kInstitutionStarts =
    "commonwealth,communist,conservative,democratic,federal,foreign,general,home,imperial,"
    "international,liberal,national,republican,royal,socialist,soviet,supreme,world";

// Token indices that a rule found ahead of the scan, in text order, and the first of them at
// or after the scan. The list ends with kEnd once sealed, which spares each look a test of its
// size: the scan asks six lists at every word it stops at.
struct DueList {
  static constexpr std::uint32_t kEnd = ~std::uint32_t{0};
  std::vector<std::uint32_t> at;
  std::size_t next = 0;

  // Empty, and looked at from the start: for a list used again.
  void reset() {
    at.clear();
    next = 0;
  }
  void seal() { at.push_back(kEnd); }
  // The first index at or after `from`, or `none` (at most kEnd); `from` must not go back.
  std::size_t due(std::size_t from, std::size_t none) {
    while (at[next] < from) ++next;
    return std::min<std::size_t>(at[next], none);
  }
  bool holds(std::size_t index) const { return at[next] == index; }
};

// The scan's lists of words due, borrowed for one scan from the last scan on this thread with
// their memory (as DocumentEvidence keeps its lists): a run over many articles would otherwise
// allocate them again for each. A long text's lists are not kept.
struct DueLists {
  DueList before_capitals, surnames, heads, phrase_starts, lower_phrase_starts, titles_ahead;
  std::array<DueList*, 6> all() {
    return {&before_capitals,     &surnames,    &heads, &phrase_starts,
            &lower_phrase_starts, &titles_ahead};
  }
};
class BorrowedDueLists {
 public:
  explicit BorrowedDueLists(std::size_t text_size)
      : lists_(std::exchange(spare(), {})), keep_(text_size <= kLongestRecycledText) {
    for (DueList* list : lists_.all()) list->reset();
  }
  ~BorrowedDueLists() {
    if (keep_) spare() = std::move(lists_);
  }
  BorrowedDueLists(const BorrowedDueLists&) = delete;
  BorrowedDueLists& operator=(const BorrowedDueLists&) = delete;
  DueLists& lists() { return lists_; }

 private:
  static DueLists& spare() {
    thread_local DueLists lists;
    return lists;
  }
  DueLists lists_;
  bool keep_;
};

// Whether a capitalized word stands right beside token `index` ("Harry potter", "Mr brown"):
// the only place where a common word may take the document's capital.
bool next_to_a_capital(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  auto capital = [](const Token& token) {
    return token.casing == Casing::kTitle || token.casing == Casing::kMixed;
  };
  if (index > 0 && capital(tokens[index - 1]) &&
      tokens[index].offset - tokens[index - 1].end() <= 2) {
    return true;
  }
  if (index > 0 && tokens[index - 1].casing == Casing::kUpper &&
      tokens[index].offset - tokens[index - 1].end() == 1) {
    return true;  // "BBC news"
  }
  return index + 1 < tokens.size() && capital(tokens[index + 1]) &&
         tokens[index + 1].offset - tokens[index].end() == 1 &&
         (text[tokens[index].end()] == ' ' || text[tokens[index].end()] == '-');
}

// Whether token `index` is a plural after "the": "the scarlets", "the liberals".
bool plural_after_the(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return after_the(tokens, index) && text[tokens[index].end() - 1] == 's';
}

class CasingMatcher : public Matcher {
 public:
  explicit CasingMatcher(const BuiltinContext& context) {
    auto enabled = [&](std::string_view id) { return context.is_enabled(id); };
    proper_nouns_ = enabled(kProperNouns);
    institutions_ = enabled(kInstitutions);
    titles_ = enabled(kNamesAfterTitles);
    document_names_ = enabled(kNamesInDocument);
    dictionary_names_ = enabled(kDictionaryNames);
    surnames_ = enabled(kSurnames);
    honorifics_ = enabled(kHonorifics);
    pronoun_i_ = enabled(kPronounI);

    // The word lists read when the rules name none (common_words.hpp): a word is common when
    // hunspell's dictionaries or SCOWL's usual spelling dictionary list it in lower case.
    std::vector<std::string> dictionary_paths = default_dictionary_paths();
    std::vector<std::string> common_paths = scowl_list_paths(kScowlCommonSize);
    std::vector<std::string> frequent_paths = scowl_list_paths(kScowlEverydaySize);
    std::string census_names_path(kCensusNamesPath);
    for (const auto& [rule, options] : context.options) {
      if (auto it = options.find("dictionaries"); it != options.end())
        dictionary_paths = split_list(it->second);
      if (auto it = options.find("common_words"); it != options.end())
        common_paths = split_list(it->second);
      if (auto it = options.find("frequent_words"); it != options.end())
        frequent_paths = split_list(it->second);
      if (auto it = options.find("census_names"); it != options.end())
        census_names_path = it->second;
    }
    dictionary_ = CommonWords::load(dictionary_paths);
    frequent_ = CommonWords::load(frequent_paths);
    common_ = CommonWords::either(dictionary_, CommonWords::load(common_paths));
    if (document_names_ || surnames_ || dictionary_names_) {
      census_ = CensusNames::load(census_names_path);
    }

    // casing.surnames asks the lexicon too: "Swiss" of "Swiss drugmaker" is no first name.
    if (proper_nouns_ || surnames_) build_lexicon(option_map(context, kProperNouns), context);
    if (dictionary_names_ || surnames_) {
      // The names no list has in lower case ("unilever"); and, apart, the first names that are
      // also words ("tony") or of three letters ("ian"), which casing.dictionary-names changes
      // only before a surname. (After a role, any word may be a first name: the pick below.)
      std::vector<std::uint64_t> names, first_names;
      common_->for_each_name([&](std::string_view name) {
        const std::uint64_t hash = word_hash(name);
        if (!common_->probably_common(hash)) {
          names.push_back(hash);
        } else if (!frequent_->probably_common(hash)) {
          first_names.push_back(hash);
        }
        if (name.size() == 3 && !frequent_->probably_common(hash)) first_names.push_back(hash);
      });
      // And the census's first names, everyday words or not ("mark Richardson", "Jerome
      // thion"): the rules ask the census itself.
      census_->for_each_first_name([&](std::uint64_t hash) { first_names.push_back(hash); });
      // Sized as any word filter: a smaller one lets so many words through by mistake that
      // the sieve gets slower, a larger one falls out of the caches (measured with
      // BM_CasingAndSentenceMatchersPerArticle).
      dictionary_name_filter_ = WordFilter::for_words(names.size());
      for (const std::uint64_t hash : names) dictionary_name_filter_.add(hash);
      first_name_filter_ = WordFilter::for_words(first_names.size());
      for (const std::uint64_t hash : first_names) first_name_filter_.add(hash);
      any_name_filter_ = WordFilter::either(first_name_filter_, dictionary_name_filter_);
      for (const std::string_view role : role_words()) role_filter_.add(word_hash(role));
    }
    for (const std::string_view word : honorific_words()) honorific_filter_.add(word_hash(word));
    if (institutions_) {
      const auto options = option_map(context, kInstitutions);
      // The option `key` (or `defaults`), a comma-separated list, into `words` and their filter.
      auto read_words = [&](std::string_view key, std::string_view defaults, StringSet& words,
                            WordFilter& filter) {
        const auto it = options.find(std::string(key));
        for (const std::string& word : split_list(it == options.end() ? defaults : it->second)) {
          words.insert(word);
          filter.add(word_hash(word));
        }
      };
      read_words("heads", kInstitutionHeads, institution_heads_, institution_filter_);
      // The last and the first words of names: "Irish sports Council", "the international
      // Olympic Committee".
      read_words("ends", kInstitutionEnds, institution_ends_, institution_end_filter_);
      read_words("starts", kInstitutionStarts, institution_starts_, institution_start_filter_);
    }
    // A house's own names of one word ("Nato", or "Apple" under not_names) are the house's:
    // no casing rule changes them.
    if (context.house != nullptr) {
      for (const std::string& name : context.house->names) {
        const std::vector<Token> words = tokenize(name);
        if (words.size() == 1) house_words_.add(words.front().hash);
      }
    }
    const WordFilter none{6};
    const WordFilter& lexicon = proper_nouns_ ? lexicon_.scan_filter() : none;
    const WordFilter& named = dictionary_names_ ? dictionary_name_filter_ : none;
    sieve_name_filter_ = WordFilter::either(lexicon, named);
  }

  void propose(const Document& document, EditSink& sink) const override {
    std::vector<Edit> edits;
    scan(document.text(), document.tokens(), edits);
    if (!edits.empty()) rescan(document, edits);
    for (Edit& edit : edits) sink.propose(std::move(edit));
  }

 private:
  // A name fixed here can be the evidence for another ("Lord Browne" twice makes "lord Browne"
  // a name): scan again as if the fixes were made, until nothing new comes, so that cleaning
  // the output again changes nothing. Only the stretches around the fixes are scanned again,
  // since evidence reaches kEvidenceWindow bytes; only decisions within that reach of a fix are
  // taken. Case changes keep byte lengths in practice; one that does not ends the rounds.
  void rescan(const Document& document, std::vector<Edit>& edits) const {
    const std::vector<Token>& tokens = document.tokens();
    std::string text(document.text());
    std::vector<Edit> latest = edits;
    std::vector<std::size_t> changed;
    for (int round = 0; round < kMaxRounds && !latest.empty(); ++round) {
      for (const Edit& edit : latest) {
        if (edit.replacement.size() != edit.length) return;
        text.replace(edit.offset, edit.length, edit.replacement);
        changed.push_back(edit.offset);
      }
      std::sort(changed.begin(), changed.end());
      std::vector<std::size_t> around;  // offsets of this round's fixes
      for (const Edit& edit : latest) around.push_back(edit.offset);
      std::sort(around.begin(), around.end());
      latest.clear();
      // Stretches of text within twice the evidence reach of a fix, merged.
      std::vector<std::pair<std::size_t, std::size_t>> stretches;
      for (const std::size_t offset : around) {
        const std::size_t begin = offset > 2 * kEvidenceWindow ? offset - 2 * kEvidenceWindow : 0;
        const std::size_t end = offset + 2 * kEvidenceWindow;
        if (!stretches.empty() && begin <= stretches.back().second) {
          stretches.back().second = std::max(stretches.back().second, end);
        } else {
          stretches.emplace_back(begin, end);
        }
      }
      for (const auto& [begin, end] : stretches) {
        std::vector<Token> slice(tokens.begin() + first_token_from(tokens, begin),
                                 tokens.begin() + first_token_from(tokens, end));
        for (Token& token : slice) {
          if (std::binary_search(changed.begin(), changed.end(), token.offset)) {
            token.casing = classify_casing(token.text(text));
          }
        }
        std::vector<Edit> more;
        if (slice.size() > kSparseRescanTokens) {  // a stretch of a long text
          const std::vector<std::uint32_t> affected = tokens_fixes_affect(text, slice, around);
          scan(text, slice, more, &affected);
        } else {  // an article: a whole scan costs less than finding the words to look at
          scan(text, slice, more);
        }
        for (Edit& edit : more) {
          if (std::binary_search(changed.begin(), changed.end(), edit.offset)) continue;
          const auto near =
              std::lower_bound(around.begin(), around.end(),
                               edit.offset > kEvidenceWindow ? edit.offset - kEvidenceWindow : 0);
          if (near == around.end() || *near > edit.offset + kEvidenceWindow) continue;
          latest.push_back(std::move(edit));
        }
      }
      for (const Edit& edit : latest) edits.push_back(edit);
    }
  }

  static constexpr int kMaxRounds = 3;
  // From this many tokens on, a rescan decides only on the words a fix may affect.
  static constexpr std::size_t kSparseRescanTokens = 2048;

  // One pass of every enabled rule over `text`, adding what they change to `edits`. With
  // `only`, the rules decide on those token indices alone (in order), though the evidence
  // is the whole text's.
  void scan(std::string_view text, const std::vector<Token>& tokens, std::vector<Edit>& edits,
            const std::vector<std::uint32_t>* only = nullptr) const {
    if (tokens.empty()) return;
    LazyEvidence lazy(text, tokens);
    // Every rule but the pronoun's finds its candidates, or its evidence, in the document's
    // capitals.
    const bool capitals_needed = proper_nouns_ || institutions_ || titles_ || document_names_ ||
                                 dictionary_names_ || surnames_ || honorifics_;
    const DocumentEvidence* evidence = capitals_needed ? &lazy.get() : nullptr;
    const ProperNounLexicon* lexicon = proper_nouns_ ? &lexicon_ : nullptr;
    // Whether a rule asks word lists about a word (all but the institutions and "i").
    const bool listing = lexicon != nullptr || document_names_ || dictionary_names_ || surnames_;

    // Names after titles are the document's names too: "Dr. okafor" vouches for "okafor".
    // Most documents have no title before a lower-case word, and need neither.
    StringSet title_names;
    std::optional<WordFilter> title_filter;
    if (evidence != nullptr && !evidence->titles().empty()) {
      title_filter.emplace(8);
      for (const std::uint32_t title : evidence->titles()) {
        for (const std::size_t n : names_after_title(text, tokens, title, *common_)) {
          title_names.insert(fold_case(tokens[n].text(text)));
          title_filter->add(tokens[n].hash);
        }
      }
    }
    static const std::vector<std::uint32_t> kNoTitles;
    const std::vector<std::uint32_t>& titles =
        titles_ && evidence != nullptr ? evidence->titles() : kNoTitles;
    std::size_t next_title = 0;  // into titles: the first at or after the scan

    // Words ahead of the scan that a rule has already changed (names after a title): a few at a
    // time, dropped as the scan passes them.
    std::vector<std::size_t> claimed;
    std::size_t scan = 0;
    auto is_claimed = [&](std::size_t index) {
      if (!claimed.empty() && claimed.front() < scan) {
        std::erase_if(claimed, [&](std::size_t c) { return c < scan; });
      }
      return std::find(claimed.begin(), claimed.end(), index) != claimed.end();
    };
    auto change = [&](std::size_t index, std::string replacement, std::string_view rule) {
      const Token& token = tokens[index];
      if (index > scan) claimed.push_back(index);
      if (replacement == token.text(text)) return;
      if (house_words_.contains(token.hash)) return;  // the house pack's to decide
      edits.push_back(Edit{token.offset, token.length, std::move(replacement), std::string(rule)});
    };

    ParagraphLanguage paragraphs(text);  // whether a paragraph is English, asked per name
    // The rules below look only at the words the sieve lets through (casing_sieve.hpp).
    CasingSieve sieve;
    sieve.tokens = &tokens;
    // The evidence's pass picks out the words the sieve looks at (even when only the pronoun's
    // rule needs them).
    sieve.words = &lazy.get().lower_case_words();
    sieve.names = sieve_name_filter_.view();
    // The document's names serve the lexicon too: "home office" stops the scan where the text
    // writes "Home Office" (ProperNounLexicon::scan_filter).
    if (document_names_ || proper_nouns_) {
      if (const WordFilter* filter = evidence->single_filter()) {
        sieve.document = filter->view();
      } else {
        sieve.stretches = evidence;
      }
    }
    if (document_names_ && !title_names.empty()) sieve.title_names = &*title_filter;
    sieve.pronoun_i = pronoun_i_;
    // The words whose rules depend on their neighbours, found ahead from the evidence's capitals
    // so that the sieve need not look at each word's neighbours: first names, honorifics and
    // words of institutions' names before a capital ("tony Blair", "sir Alex", "Irish sports
    // Council"), heads before "of" and a capital ("the university of Lagos"), words after a
    // first name ("Kate winslet"), starts of lexicon phrases ("United states") and titles ("Dr
    // okafor"). Each list is picked out without a branch on each capital, which goes either way
    // as no predictor can follow.
    auto pick = [&](std::vector<std::uint32_t>& picked, const std::vector<std::uint32_t>& capitals,
                    int step, auto keep) {
      picked.resize(capitals.size());
      std::size_t count = 0;
      for (const std::uint32_t capital : capitals) {
        picked[count] = static_cast<std::uint32_t>(capital + step);
        count += keep(capital);
      }
      picked.resize(count);
    };
    BorrowedDueLists borrowed(text.size());
    DueLists& due = borrowed.lists();
    // Before a capital: first names ("tony Blair") and honorifics ("sir Alex"), in one list.
    DueList& before_capitals = due.before_capitals;
    DueList& surnames = due.surnames;
    if (dictionary_names_ || honorifics_ || institutions_) {
      const WordFilter::View named = dictionary_names_ ? any_name_filter_.view() : kNone;
      const WordFilter::View honorific = honorifics_ ? honorific_filter_.view() : kNone;
      const WordFilter::View name_end = institutions_ ? institution_end_filter_.view() : kNone;
      const WordFilter::View name_start = institutions_ ? institution_start_filter_.view() : kNone;
      pick(before_capitals.at, evidence->capitals_after_lower_case(), -1,
           [&](std::uint32_t capital) {
             const Token& word = tokens[capital - 1];
             // After a role, a first name may be an everyday word or one no list knows
             // ("guitarist nick McCarthy", "chairman subir Raha"). At the text's start, the
             // name itself stands in for the word before, which is no role.
             const Token& before = tokens[capital - 1 - (capital >= 2)];
             const bool after_role = (before.casing == Casing::kLower) &
                                     role_filter_.may_contain(before.hash) & dictionary_names_;
             // A word between a capital and the end of an institution's name: "Irish sports
             // Council".
             const bool inside_name =
                 ((before.casing == Casing::kTitle) | (before.casing == Casing::kUpper) |
                  (before.casing == Casing::kMixed)) &
                 name_end.may_contain(tokens[capital].hash);
             return ((word.length >= 3) & (named.may_contain(word.hash) | after_role)) |
                    honorific.may_contain(word.hash) | inside_name |
                    name_start.may_contain(word.hash);
           });
    }
    // Heads of institutions' names before "of" or "for" and a capital ("the university of
    // Lagos"), found from the capital.
    DueList& heads = due.heads;
    if (institutions_) {
      pick(heads.at, evidence->capitals_after_lower_case(), -2, [&](std::uint32_t capital) {
        const Token& link = tokens[capital - 1];
        const Token& head = tokens[capital >= 2 ? capital - 2 : 0];
        return (capital >= 2) & ((link.hash == of_hash_) | (link.hash == for_hash_)) &
               (head.casing == Casing::kLower) & institution_filter_.may_contain(head.hash);
      });
    }
    if (surnames_) {
      pick(surnames.at, evidence->capitals_before_lower_case(), 1, [&](std::uint32_t capital) {
        const Token& first = tokens[capital];
        return (first.length >= 2) & (tokens[capital + 1].length >= 3) &
               any_name_filter_.may_contain(first.hash);
      });
      // Most words after a name are words the lists know ("Blair said").
      // A census surname after a census first name stays ("Tim collins").
      std::erase_if(surnames.at, [&](std::uint32_t index) {
        const std::uint64_t hash = tokens[index].hash;
        return (common_->probably_common(hash) || common_->probably_name(hash)) &&
               !(first_name_filter_.may_contain(tokens[index - 1].hash) && census_->surname(hash));
      });
    }
    // Capitals before a lower-case word that may end the capitals of a lexicon phrase ("United
    // states", "the Wall Street journal"), lower-case words before a capital that may start one
    // ("new York", "time Warner"), and the titles before a lower-case word ("Dr okafor").
    DueList& phrase_starts = due.phrase_starts;
    DueList& lower_phrase_starts = due.lower_phrase_starts;
    DueList& titles_ahead = due.titles_ahead;
    if (proper_nouns_) {
      // One probe of the two words where the casing changes: whether they are neighbours in a
      // phrase ("Street journal", "of Lords"). The lookup then finds where the phrase starts.
      const WordFilter::View pairs = lexicon_.word_pair_filter();
      auto in_a_phrase = [&](std::size_t first) {
        return pairs.may_contain(
            ProperNounLexicon::phrase_hash(tokens[first].hash, tokens[first + 1].hash));
      };
      pick(phrase_starts.at, evidence->capitals_before_lower_case(), 0,
           [&](std::uint32_t capital) { return in_a_phrase(capital); });
      pick(lower_phrase_starts.at, evidence->capitals_after_lower_case(), -1,
           [&](std::uint32_t capital) { return in_a_phrase(capital - 1); });
    }
    titles_ahead.at = titles;
    for (DueList* list : due.all()) list->seal();
    auto name_due = [&](std::size_t from) {
      const std::size_t none = tokens.size();
      return std::min({before_capitals.due(from, none), surnames.due(from, none),
                       heads.due(from, none), phrase_starts.due(from, none),
                       lower_phrase_starts.due(from, none), titles_ahead.due(from, none)});
    };

    // The next token at or after `i` that the sieve lets through; with `only`, the next one
    // listed there (the rules check each word themselves: the sieve only spares them most).
    std::size_t next_only = 0;  // into *only
    auto next = [&](std::size_t i) {
      if (only == nullptr) return sieve.next(i, name_due(i));
      while (next_only < only->size() && (*only)[next_only] < i) ++next_only;
      if (next_only == only->size()) return tokens.size();
      i = (*only)[next_only];
      name_due(i);  // moves the lists found ahead up to `i`
      return i;
    };
    // The headline's names, by the body's evidence ("Troubled marsh under SEC scrutiny"): a
    // few words, read before the scan.
    if (document_names_ && only == nullptr) {
      const TokenRange headline = headline_tokens(text, tokens);
      for (std::size_t i = headline.first; i < headline.last; ++i) {
        if (auto form = headline_name(text, tokens, i, *evidence, *frequent_, census_.get())) {
          change(i, std::move(*form), kNamesInDocument);
        }
      }
    }
    for (std::size_t i = 0; (i = next(i)) < tokens.size(); ++i) {
      const Token& token = tokens[i];
      const std::uint64_t hash = token.hash;
      scan = i;
      while (next_title < titles.size() && titles[next_title] < i) ++next_title;
      // The words before a capital serve several rules: each asks its filter first.
      if (honorifics_ && before_capitals.holds(i) && honorific_filter_.may_contain(hash) &&
          !is_claimed(i)) {
        if (auto form = honorific_before_name(text, tokens, i)) {
          change(i, std::move(*form), kHonorifics);
          continue;
        }
      }
      const bool lower = token.casing == Casing::kLower;
      if (lower) {
        // No name of the lexicon or the document is this short, but a phrase may run through
        // the word: "house of Lords".
        if (token.length <= 2 && !lower_phrase_starts.holds(i)) {
          if (pronoun_i_ && token.length == 1 && text[token.offset] == 'i' &&
              is_lowercase_pronoun_i(text, tokens, i) && !is_claimed(i)) {
            change(i, "I", kPronounI);
          }
          continue;
        }
      } else if ((token.casing != Casing::kTitle && token.casing != Casing::kUpper) ||
                 i + 1 >= tokens.size() || tokens[i + 1].casing != Casing::kLower) {
        // A capitalized word or an acronym matters only before a lower-case one: "United
        // states", "BBC sport".
        continue;
      }
      if (!claimed.empty() && is_claimed(i)) continue;
      if (lower && institutions_ && heads.holds(i) &&
          institution_of_place(text, tokens, i, institution_heads_)) {
        change(i, capitalize_first(token.text(text)), kInstitutions);
        continue;
      }
      if (lower && institutions_ && before_capitals.holds(i) &&
          ((institution_end_filter_.may_contain(tokens[i + 1].hash) &&
            inside_institution_name(text, tokens, i, institution_ends_, *frequent_)) ||
           (institution_start_filter_.may_contain(hash) &&
            start_of_institution_name(text, tokens, i, institution_starts_, institution_ends_)))) {
        change(i, capitalize_first(token.text(text)), kInstitutions);
        continue;
      }
      if (!listing && lower) continue;
      // A capitalized word changes nothing itself; it can only start a phrase ("United states").
      // A phrase may start here, or a few words before and turn to another casing after this
      // word ("the Wall Street journal", "the house of Lords"): the lists picked ahead say.
      const std::uint64_t next_hash = tokens[std::min(i + 1, tokens.size() - 1)].hash;
      const bool turn = lower ? lower_phrase_starts.holds(i) : phrase_starts.holds(i);
      // A phrase whose first word is an everyday word, found from a later one: "new york".
      const bool inside =
          lexicon != nullptr && lower && i > 0 && lexicon->may_be_inside_phrase(hash);
      if (lexicon != nullptr &&
          (turn || inside || (lower && lexicon->may_start(hash, next_hash)))) {
        auto match =
            turn ? find_lexicon_phrase_through(text, tokens, i, i + 1, *lexicon) : std::nullopt;
        if (!match && inside) match = find_lexicon_phrase_through(text, tokens, i - 1, i, *lexicon);
        if (!match && lower) match = find_lexicon_match(text, tokens, i, hash, *lexicon);
        if (match) {
          const std::vector<std::size_t> changes =
              lexicon_changes(text, tokens, *match, *lexicon, lazy);
          for (const std::size_t c : changes) {
            if (!is_claimed(c)) change(c, match->entry->words[c - match->first], kProperNouns);
          }
          // A phrase the lexicon leaves as written ("mac Mini" for "Mac mini") still lets the
          // document's evidence speak for the word at hand; a word the lexicon judged alone
          // ("You can google it") keeps that judgement.
          if (!changes.empty() || match->first != i || match->count == 1) {
            i = match->first + match->count - 1;
            continue;
          }
        }
      }
      if (!lower) {
        if (titles_) {
          if (next_title < titles.size() && titles[next_title] == i) {
            name_after_title(text, tokens, i, *evidence, is_claimed, change);
          }
        }
        continue;
      }
      // document_form leaves function words alone ("the" of "The Times" stays): one probe
      // spares them its checks.
      if (document_names_ && !is_function_hash(hash) &&
          (evidence->may_know(hash, token.offset) ||
           (!title_names.empty() && title_filter->may_contain(hash)) ||
           after_a_naming_word(tokens, i))) {
        // A word no list has, or not an everyday one ("duff", "valve"), or a common word beside
        // a capital or before a verb of speech: document_form says which take the capital.
        const bool rare = !common_->probably_common(hash);
        if (rare || !frequent_->probably_common(hash) || next_to_a_capital(text, tokens, i) ||
            may_speak(text, tokens, i) || joint_after(text, tokens, i) == Joint::kPossessive ||
            plural_after_the(text, tokens, i) || after_a_naming_word(tokens, i) ||
            beside_a_number(text, tokens, i) ||
            ((census_->first_name(hash) || census_->surname(hash)) &&
             undescribed_name_position(text, tokens, i) &&
             evidence->capitalized_at_least(hash, token.offset, 2)) ||
            evidence->capitalized_at_least(hash, token.offset, kCapitalsOfAnEverydayName)) {
          const DocumentNameLists lists{*common_, frequent_.get(), lexicon, census_.get(),
                                        title_names.empty() ? nullptr : &title_names};
          if (auto form = document_form(text, tokens, i, hash, *evidence, lists)) {
            change(i, std::move(*form), kNamesInDocument);
            continue;
          }
        } else if (capital_over_a_function_word(tokens, i)) {
          if (auto form = phrase_across_function_words(text, tokens, i, hash, *evidence)) {
            change(i, std::move(*form), kNamesInDocument);
            continue;
          }
        }
      }
      if (dictionary_names_) {
        // The filter holds every name that dictionary_name may change, and fits the caches
        // that the word lists' hash sets, its first probes, do not.
        if (dictionary_name_filter_.may_contain(hash)) {
          if (auto form = dictionary_name(text, tokens, i, hash, *common_, paragraphs)) {
            change(i, std::move(*form), kDictionaryNames);
            continue;
          }
        }
        if (before_capitals.holds(i)) {
          if (auto first = first_name_before_surname(text, tokens, i, *common_, *frequent_, lexicon,
                                                     census_.get(), paragraphs)) {
            change(i, std::move(*first), kDictionaryNames);
            continue;
          }
        }
      }
      if (surnames.holds(i)) {
        if (auto form = surname_after_first_name(text, tokens, i, hash, *common_, *frequent_,
                                                 &lexicon_, census_.get(), paragraphs)) {
          change(i, std::move(*form), kSurnames);
        }
      }
    }
  }

  template <typename IsClaimed, typename Change>
  void name_after_title(std::string_view text, const std::vector<Token>& tokens, std::size_t title,
                        const DocumentEvidence& evidence, IsClaimed& is_claimed,
                        Change& change) const {
    for (const std::size_t n : names_after_title(text, tokens, title, *common_)) {
      if (is_claimed(n)) continue;
      const std::string_view name = tokens[n].text(text);
      const auto form = evidence.form(evidence.capitalized(name, tokens[n].hash, tokens[n].offset));
      change(n, form ? std::string(*form) : capitalize_first(name), kNamesAfterTitles);
    }
  }

  void build_lexicon(const std::map<std::string, std::string>& options,
                     const BuiltinContext& context) {
    // Each list of the option `key`, read once; `peoples` also adds each nationality's people in
    // the plural, where English forms it with an "s": "Koreans", "Iraqis".
    auto read_lists = [&](const char* key, NameKind kind, bool peoples = false) {
      const auto it = options.find(key);
      if (it == options.end()) return;
      for (const std::string& name : split_list(it->second)) {
        const std::string lines = read_rule_list(name, std::string(kProperNouns));
        lexicon_.add_lines(lines, kind);
        if (!peoples) continue;
        for_each_list_entry(lines, [&](std::string_view line) {
          if (const std::string people = nationality_plural(line); !people.empty()) {
            lexicon_.add(people, kind);
          }
        });
      }
    };
    // Hand-made lists first: their kinds win over ICU's for a name in both.
    read_lists("places", NameKind::kPlace);
    read_lists("nationalities", NameKind::kNationality, /*peoples=*/true);
    read_lists("calendar", NameKind::kCalendar);
    read_lists("organizations", NameKind::kOrganization);
    read_lists("offices", NameKind::kOffice);
    read_lists("brands", NameKind::kBrand);
    read_lists("acronyms", NameKind::kAcronym);
    read_lists("regions", NameKind::kRegion);
    if (option_bool(options, "icu", true)) {
      const IcuNames& names = icu_names();
      for (const std::string& name : names.countries) lexicon_.add(name, NameKind::kPlace);
      for (const std::string& name : names.regions) lexicon_.add(name, NameKind::kRegion);
      for (const std::string& name : names.languages) lexicon_.add(name, NameKind::kLanguage);
    }
    if (const auto it = options.find("ambiguous"); it != options.end()) {
      for (const std::string& name : split_list(it->second)) {
        const std::string lines = read_rule_list(name, std::string(kProperNouns));
        for_each_list_entry(lines, [&](std::string_view line) { lexicon_.add_ambiguous(line); });
      }
    }
    if (const auto it = options.find("not_names"); it != options.end()) {
      for (const std::string& name : split_list(it->second)) {
        const std::string lines = read_rule_list(name, std::string(kProperNouns));
        for_each_list_entry(lines, [&](std::string_view line) { lexicon_.exclude(line); });
      }
    }
    if (context.house != nullptr) {
      for (const std::string& name : context.house->names) lexicon_.exclude(name);
      for (const std::string& word : context.house->ambiguous) lexicon_.add_ambiguous(word);
    }
    lexicon_.finish(*frequent_, *dictionary_);
  }

  bool proper_nouns_ = false, institutions_ = false, titles_ = false, document_names_ = false,
       dictionary_names_ = false, surnames_ = false, honorifics_ = false, pronoun_i_ = false;
  std::shared_ptr<const CommonWords> dictionary_, frequent_, common_;
  std::shared_ptr<const CensusNames> census_;
  ProperNounLexicon lexicon_;
  StringSet institution_heads_;
  WordFilter institution_filter_{8};  // their hashes, for the pick of heads
  const std::uint64_t of_hash_ = word_hash("of"), for_hash_ = word_hash("for");
  StringSet institution_ends_;  // "Council", "Federation"
  WordFilter institution_end_filter_{12};
  StringSet institution_starts_;  // "international", "royal"
  WordFilter institution_start_filter_{12};
  // The dictionary's names that no list has in lower case ("unilever").
  WordFilter dictionary_name_filter_{8};
  // The lexicon's scan filter and the dictionary's names in one filter, so that the sieve
  // probes one for both (empty when both rules are off).
  WordFilter sieve_name_filter_{6};
  WordHashSet house_words_;                   // single-word names of house packs
  static constexpr WordFilter::View kNone{};  // the filter of a rule that is off: nothing
  // First names that are also words, of three letters, or the census's.
  WordFilter first_name_filter_{8};
  // Both of the above, for the picks that ask whether a word may be either: one probe.
  WordFilter any_name_filter_{8};
  WordFilter role_filter_{12};       // "spokesman", "guitarist": a first name may follow
  WordFilter honorific_filter_{12};  // "sir", "lord", "mr"
};

}  // namespace

const std::vector<std::string_view>& casing_rule_ids() {
  static const std::vector<std::string_view> ids{
      kProperNouns,     kInstitutions, kNamesAfterTitles, kNamesInDocument,
      kDictionaryNames, kSurnames,     kHonorifics,       kPronounI};
  return ids;
}

std::unique_ptr<Matcher> make_casing_matcher(const BuiltinContext& context) {
  return std::make_unique<CasingMatcher>(context);
}

}  // namespace copydesk
