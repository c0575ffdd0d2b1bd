// Specification of the pieces under the casing rules: ICU's place and language names, the
// proper-noun lexicon and its flags, the common-word lists, word hashes and filters, and where
// a word stands in its sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "common_words.hpp"
#include "icu_place_names.hpp"
#include "list_lines.hpp"
#include "proper_noun_lexicon.hpp"
#include "stages/casing_options.hpp"
#include "stages/sentence_position.hpp"
#include "tokens.hpp"
#include "word_filter.hpp"

namespace copydesk {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(CasingLexicon, IcuNamesAreWrittenAsRunningTextWritesThem) {
  const IcuNames& names = icu_names();
  for (const char* country :
       {"Japan", "Brazil", "United States", "United Kingdom", "Bosnia and Herzegovina", "Myanmar",
        "Burma", "Congo", "Czech Republic", "Ivory Coast"}) {
    EXPECT_TRUE(contains(names.countries, country)) << country;
  }
  for (const char* dropped : {"Bosnia & Herzegovina", "Myanmar (Burma)", "Congo - Kinshasa",
                              "Republic", "St. Lucia", "Hong Kong SAR China"}) {
    EXPECT_FALSE(contains(names.countries, dropped)) << dropped;
  }
  EXPECT_TRUE(contains(names.regions, "Western Europe"));
  EXPECT_TRUE(contains(names.regions, "Latin America"));
  EXPECT_TRUE(contains(names.languages, "Swahili"));
  EXPECT_TRUE(contains(names.languages, "Japanese"));
}

TEST(CasingLexicon, NamesANationalitysPeopleInThePlural) {
  EXPECT_EQ(nationality_plural("Korean"), "Koreans");
  EXPECT_EQ(nationality_plural("Iraqi"), "Iraqis");
  EXPECT_EQ(nationality_plural("Chinese"), "");  // the same word
  EXPECT_EQ(nationality_plural("Swiss"), "");
  EXPECT_EQ(nationality_plural("Polish"), "");
  EXPECT_EQ(nationality_plural("South African"), "South Africans");
}

TEST(CasingLexicon, FindsEntriesByFirstWordLongestFirst) {
  ProperNounLexicon lexicon;
  lexicon.add("United States", NameKind::kPlace);
  lexicon.add("United States Virgin Islands", NameKind::kPlace);
  lexicon.add("Gulf of Mexico", NameKind::kPlace);
  lexicon.add("St. Lucia", NameKind::kPlace);  // punctuation: not added
  const auto empty = CommonWords::from_words({});
  lexicon.finish(*empty, *empty);
  ASSERT_NE(lexicon.candidates("united"), nullptr);
  ASSERT_EQ(lexicon.candidates("united")->size(), 2u);
  EXPECT_EQ(lexicon.candidates("united")->front()->canonical, "United States Virgin Islands");
  EXPECT_NE(lexicon.candidates("GULF"), nullptr);
  EXPECT_EQ(lexicon.candidates("st"), nullptr);
  EXPECT_EQ(lexicon.size(), 3u);
}

// An entry the lexicon cannot split is dropped; none of the shipped lists' entries may be.
TEST(CasingLexicon, KeepsEveryEntryOfTheShippedLists) {
  for (const char* list : {"places.txt", "regions.txt", "nationalities.txt", "calendar.txt",
                           "organizations.txt", "offices.txt", "brands.txt", "acronyms.txt"}) {
    for_each_list_entry(read_rule_list(list, "casing.proper-nouns"), [&](std::string_view entry) {
      ProperNounLexicon lexicon;
      lexicon.add(entry, NameKind::kOrganization);
      EXPECT_EQ(lexicon.size(), 1u) << list << ": " << entry;
    });
  }
}

TEST(CasingLexicon, ReadsListFilesEntryByEntry) {
  ProperNounLexicon lexicon;
  // Comments, blank lines, indentation and Windows line endings are not part of an entry.
  const std::size_t added = lexicon.add_lines(
      "# places\n\n  Gulf of Mexico  # a sea\r\nNorth Atlantic\r\n\t\r\nEast Asia",
      NameKind::kPlace);
  const auto empty = CommonWords::from_words({});
  lexicon.finish(*empty, *empty);
  EXPECT_EQ(added, 3u);
  ASSERT_NE(lexicon.candidates("gulf"), nullptr);
  EXPECT_EQ(lexicon.candidates("gulf")->front()->canonical, "Gulf of Mexico");
  ASSERT_NE(lexicon.candidates("north"), nullptr);
  EXPECT_EQ(lexicon.candidates("north")->front()->canonical, "North Atlantic");
  EXPECT_NE(lexicon.candidates("east"), nullptr);
  EXPECT_EQ(lexicon.size(), 3u);
}

TEST(CasingLexicon, SplitsNamesAtSpacesHyphensApostrophesAndAmpersands) {
  ProperNounLexicon lexicon;
  lexicon.add("Standard & Poor's", NameKind::kOrganization);
  lexicon.add("Guinea-Bissau", NameKind::kPlace);
  lexicon.add("AT&T", NameKind::kOrganization);
  lexicon.add("Rock & ", NameKind::kOrganization);  // nothing after the ampersand: dropped
  lexicon.add("St. Lucia", NameKind::kPlace);       // a full stop is no separator: dropped
  lexicon.add("Professional Footballers' Association", NameKind::kOrganization);
  const auto empty = CommonWords::from_words({});
  lexicon.finish(*empty, *empty);
  ASSERT_NE(lexicon.candidates("standard"), nullptr);
  const LexiconEntry& poors = *lexicon.candidates("standard")->front();
  EXPECT_EQ(poors.words, (std::vector<std::string>{"Standard", "Poor", "s"}));
  EXPECT_EQ(poors.separators, (std::vector<std::string>{" & ", "'"}));
  ASSERT_NE(lexicon.candidates("at"), nullptr);
  EXPECT_EQ(lexicon.candidates("at")->front()->separators, (std::vector<std::string>{"&"}));
  EXPECT_EQ(lexicon.candidates("guinea")->front()->separators, (std::vector<std::string>{"-"}));
  EXPECT_EQ(lexicon.candidates("rock"), nullptr);
  EXPECT_EQ(lexicon.candidates("st"), nullptr);
  ASSERT_NE(lexicon.candidates("professional"), nullptr);
  EXPECT_EQ(lexicon.candidates("professional")->front()->separators,
            (std::vector<std::string>{" ", "' "}));
  EXPECT_EQ(lexicon.size(), 4u);
}

TEST(CasingLexicon, FlagsAmbiguousCommonAndDirectionalEntries) {
  ProperNounLexicon lexicon;
  lexicon.add("China", NameKind::kPlace);
  lexicon.add("Brazil", NameKind::kPlace);
  lexicon.add("Polish", NameKind::kNationality);
  lexicon.add("French", NameKind::kNationality);
  lexicon.add("Jordan", NameKind::kPlace);
  lexicon.add("Middle East", NameKind::kPlace);
  lexicon.add("Western Europe", NameKind::kRegion);
  lexicon.add("Eurozone", NameKind::kRegion);
  lexicon.add_ambiguous("jordan");
  lexicon.add_ambiguous("polish");
  lexicon.exclude("Eurozone");
  const auto frequent = CommonWords::from_words({"china", "french", "middle", "east", "polish"});
  lexicon.finish(*frequent, *frequent);
  auto entry = [&](const char* first) { return lexicon.candidates(first)->front(); };
  EXPECT_TRUE(entry("china")->ambiguous);
  EXPECT_FALSE(entry("brazil")->ambiguous);
  EXPECT_TRUE(entry("jordan")->ambiguous);   // listed by hand
  EXPECT_TRUE(entry("polish")->ambiguous);   // a nationality listed by hand
  EXPECT_FALSE(entry("french")->ambiguous);  // a nationality is ambiguous only when listed
  EXPECT_TRUE(entry("middle")->all_common);
  EXPECT_TRUE(entry("western")->directional);
  EXPECT_EQ(lexicon.candidates("eurozone"), nullptr);
}

TEST(CasingLexicon, LookupsDoNotDependOnTheLexiconSize) {
  // A lexicon of a hundred thousand names answers for an unknown word from its bit filter.
  ProperNounLexicon lexicon;
  for (int i = 0; i < 100000; ++i) lexicon.add("Name" + std::to_string(i), NameKind::kPlace);
  const auto empty = CommonWords::from_words({});
  lexicon.finish(*empty, *empty);
  int passed = 0;
  for (const char* word :
       {"the", "said", "government", "market", "people", "would", "year", "week"}) {
    passed += lexicon.may_start(word_hash(word));
  }
  EXPECT_LE(passed, 1);
  EXPECT_TRUE(lexicon.may_start(word_hash("NAME12345")));
}

TEST(CasingLexicon, ScansStopAtRareWordsOfPhrasesNotAtEverydayOnes) {
  ProperNounLexicon lexicon;
  lexicon.add("Time Warner", NameKind::kOrganization);
  lexicon.add("Home Office", NameKind::kOrganization);
  lexicon.add("Goldman Sachs", NameKind::kOrganization);
  lexicon.add("Japan", NameKind::kPlace);
  const auto frequent = CommonWords::from_words({"time", "home", "office"});
  lexicon.finish(*frequent, *frequent);
  const WordFilter::View scan = lexicon.scan_filter().view();
  EXPECT_TRUE(scan.may_contain(word_hash("japan")));    // a name of one word
  EXPECT_TRUE(scan.may_contain(word_hash("goldman")));  // a phrase's first word, not everyday
  EXPECT_FALSE(scan.may_contain(word_hash("time")));    // everyday: found from "warner"
  EXPECT_TRUE(scan.may_contain(word_hash("warner")));
  EXPECT_TRUE(lexicon.may_be_inside_phrase(word_hash("warner")));
  EXPECT_FALSE(lexicon.may_be_inside_phrase(word_hash("sachs")));
  // All everyday words: found where the document capitalizes them, not from the scan filter.
  EXPECT_FALSE(scan.may_contain(word_hash("home")));
  EXPECT_FALSE(scan.may_contain(word_hash("office")));
  // Every two neighbouring words of a phrase, where a change of casing may fall.
  const WordFilter::View pairs = lexicon.word_pair_filter();
  EXPECT_TRUE(
      pairs.may_contain(ProperNounLexicon::phrase_hash(word_hash("home"), word_hash("office"))));
  EXPECT_FALSE(
      pairs.may_contain(ProperNounLexicon::phrase_hash(word_hash("office"), word_hash("home"))));
}

TEST(CasingLexicon, PhrasesAreFoundByTheirFirstTwoWords) {
  // "time" starts a phrase, but a capital before another word starts none: the phrase filter
  // holds pairs of words, so that more phrases do not let more capitals through.
  ProperNounLexicon lexicon;
  lexicon.add("Time Warner", NameKind::kOrganization);
  lexicon.add("Japan", NameKind::kPlace);
  for (int i = 0; i < 10000; ++i)
    lexicon.add("Time Name" + std::to_string(i), NameKind::kOrganization);
  const auto empty = CommonWords::from_words({});
  lexicon.finish(*empty, *empty);
  EXPECT_TRUE(lexicon.may_start_phrase(word_hash("time"), word_hash("warner")));
  EXPECT_TRUE(lexicon.may_start_phrase(word_hash("Time"), word_hash("WARNER")));
  int passed = 0;
  for (const char* next : {"is", "to", "said", "was", "of", "and", "when", "for"})
    passed += lexicon.may_start_phrase(word_hash("time"), word_hash(next));
  EXPECT_LE(passed, 1);
  // A name of one word starts at its word, whatever follows; a phrase needs its second word.
  EXPECT_TRUE(lexicon.may_start(word_hash("japan"), word_hash("said")));
  EXPECT_TRUE(lexicon.may_start(word_hash("time"), word_hash("warner")));
  EXPECT_FALSE(lexicon.may_start(word_hash("warner"), word_hash("time")));
}

TEST(CasingLexicon, CommonWordsKnowInflections) {
  const auto words = CommonWords::from_words({"carmaker", "study", "box", "jam", "use"});
  EXPECT_TRUE(words->is_common("carmakers"));
  EXPECT_TRUE(words->is_common("studied"));
  EXPECT_TRUE(words->is_common("boxes"));
  EXPECT_TRUE(words->is_common("used"));
  EXPECT_FALSE(words->is_common("james"));  // not "jam" + "es"
  EXPECT_FALSE(words->is_common("okafor"));
  EXPECT_TRUE(words->probably_common(word_hash("study")));
}

TEST(CasingLexicon, CommonWordsReadHunspellDictionaries) {
  const auto words = CommonWords::load({"/usr/share/hunspell/en_US.dic"});
  if (!words->missing().empty()) GTEST_SKIP() << "hunspell-en-us is not installed";
  EXPECT_TRUE(words->is_common("china"));
  EXPECT_TRUE(words->is_verb("google"));
  EXPECT_FALSE(words->is_common("okafor"));
}

TEST(CasingLexicon, CommonWordsKeepADictionarysNamesEvenAfterAByteOrderMark) {
  // A hunspell dictionary as Debian's en_GB.dic is written: a byte order mark, then the count.
  const std::string path = ::testing::TempDir() + "copydesk_names_test.dic";
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF"
        << "5\nKelly/M\nHank/M\nOliver/M\nbrown/SMG\nolive/SM\n";
  }
  const auto words = CommonWords::load({path});
  ASSERT_TRUE(words->missing().empty());
  EXPECT_TRUE(words->is_name("kelly"));
  EXPECT_TRUE(words->is_name("hanks"));  // a plural of a listed name
  EXPECT_TRUE(words->probably_name(word_hash("oliver")));
  EXPECT_FALSE(words->is_name("brown"));  // listed in lower case only
  EXPECT_TRUE(words->is_common("brown"));
  EXPECT_FALSE(words->is_common("kelly"));
  // "oliver" looks like "olive" + "r" to the inflection rules, but is not listed as written.
  EXPECT_FALSE(words->probably_common(word_hash("oliver")));
  std::remove(path.c_str());
}

TEST(CasingLexicon, HashesIgnoreAsciiCaseAndFoldOthers) {
  EXPECT_EQ(word_hash("Japan"), word_hash("japan"));
  EXPECT_EQ(word_hash("JAPAN"), word_hash("japan"));
  EXPECT_EQ(word_hash("Édouard"), word_hash("édouard"));
  EXPECT_NE(word_hash("japan"), word_hash("japa"));
  const std::string text = "In Japan and CHINA, thenceforward";
  for (const Token& token : tokenize(text)) {
    EXPECT_EQ(token_hash(text, token.offset, token.length), word_hash(token.text(text)))
        << token.text(text);
  }
}

TEST(CasingLexicon, TokenHashesAgreeWithWordHashesAtAnyLengthAndPlace) {
  // Words of 1 to 20 bytes, ASCII and not (a non-ASCII byte in the first or second eight), each
  // also at the very end of the text, where fewer than eight bytes follow it.
  const std::string words =
      "a Be cat Dove eagle Falcon gazelle Hedgehog iguanodon Jellyfishes "
      "kangarooing Lammergeiers mockingbirdly Nightingaleses ornithologists "
      "Pterodactylaaaaa quetzalcoatluses Rhamphorhynchuses stegosauruslikeish "
      "Tyrannosaurusrexes \u00c9douard caf\u00e9 Montr\u00e9al fran\u00e7aisement "
      "Stra\u00dfenbahnhaltestelle";
  for (const Token& token : tokenize(words)) {
    const std::string word(token.text(words));
    for (const std::string& text : {word, "x " + word, word + " y", "x " + word + " yz"}) {
      const std::size_t offset = text.find(word);
      EXPECT_EQ(token_hash(text, offset, word.size()), word_hash(word)) << text;
    }
  }
}

TEST(CasingLexicon, TokensCarryTheirWordHash) {
  // Every token of a text, wherever it stands, ASCII or not, long or short: the hash the rules
  // look words up with.
  const std::string text =
      "JAPAN and japan, Caf\u00e9 caf\u00e9 \u00c9douard Stra\u00dfenbahnhaltestelle "
      "internationalization 2024 a";
  const std::vector<Token> tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 10u);
  for (const Token& token : tokens) {
    EXPECT_EQ(token.hash, word_hash(token.text(text))) << token.text(text);
  }
  EXPECT_EQ(tokens[0].hash, tokens[2].hash);  // "JAPAN", "japan"
  EXPECT_EQ(tokens[3].hash, tokens[4].hash);  // "Café", "café"
}

TEST(SentencePosition, TellsWhatStandsBeforeAWord) {
  struct Row {
    const char* text;
    const char* word;
    Lead::Kind kind;
  };
  for (const Row& row : std::vector<Row>{
           {"the deal. the E.U.", "the E.U.", Lead::Kind::kTerminal},
           {"“this is", "this", Lead::Kind::kLineStart},
           {"start... she", "she", Lead::Kind::kEllipsis},
           {"start… she", "she", Lead::Kind::kEllipsis},
           {"said Okafor", "Okafor", Lead::Kind::kOther},
           {"a floor”. officials", "officials", Lead::Kind::kTerminal},
           {"narrowly.The", "The", Lead::Kind::kOther},
       }) {
    const std::string_view text = row.text;
    const std::size_t at = text.rfind(row.word);
    EXPECT_EQ(lead_of(text, at).kind, row.kind) << row.text;
  }
  EXPECT_TRUE(ends_like_prose("The vote passed.”"));
  EXPECT_FALSE(ends_like_prose("Trade ministers agree tariff truce"));
}

TEST(SentencePosition, ReadsTheCommonLeadsFromTheBytesBeforeAWord) {
  // The cases lead_of decides from the two or three bytes before the word, in full.
  const std::string_view stop = "the deal. The talks";
  const Lead after_stop = lead_of(stop, stop.find("The"));
  EXPECT_EQ(after_stop.kind, Lead::Kind::kTerminal);
  EXPECT_EQ(after_stop.mark, stop.find('.'));
  EXPECT_EQ(after_stop.mark_char, '.');
  EXPECT_FALSE(after_stop.closer_after_mark || after_stop.closer_before_mark || after_stop.opener);
  const std::string_view question = "Why not? Ask";
  EXPECT_EQ(lead_of(question, question.find("Ask")).mark_char, '?');
  const std::string_view line = "The end.\nNext";
  const Lead line_start = lead_of(line, line.find("Next"));
  EXPECT_EQ(line_start.kind, Lead::Kind::kLineStart);
  EXPECT_EQ(line_start.line_begin, line.find("Next"));
  const std::string_view comma = "in Lagos, Nigeria";
  EXPECT_EQ(lead_of(comma, comma.find("Nigeria")).kind, Lead::Kind::kOther);
  const std::string_view ellipsis = "a start.. she";  // two stops: not a plain stop
  EXPECT_EQ(lead_of(ellipsis, ellipsis.find("she")).kind, Lead::Kind::kEllipsis);
}

TEST(SentencePosition, FindsTheRestOfALine) {
  const std::string_view text = "Title\r\nThe vote passed.\r\nNext";
  const LineRange rest = line_after(text, text.find("vote"));
  EXPECT_EQ(text.substr(rest.begin, rest.end - rest.begin), "vote passed.");
  const LineRange last = line_after(text, text.find("Next"));
  EXPECT_EQ(text.substr(last.begin, last.end - last.begin), "Next");
}

}  // namespace
}  // namespace copydesk
