// Specification of casing.proper-nouns and casing.institutions: lexicon names written in lower
// case take their canonical form, with the ambiguity guards that keep common words as they are.
// Each row runs through the casing stage alone (and the result must be stable).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

const Pipeline& casing_only() {
  return testing::only_rules({"casing.*"});
}

using testing::Row;
void check(const std::vector<Row>& rows) {
  testing::check_rows(casing_only(), rows);
}

TEST(CasingProperNouns, FixesLexiconNames) {
  check({
      {"country from ICU", "delegations from japan and Nigeria",
       "delegations from Japan and Nigeria"},
      {"second word", "to the united States and Canada", "to the United States and Canada"},
      {"first word", "the United states said", "the United States said"},
      {"after an acronym", "he told BBC sport, and cruised into the FA cup quarter-finals",
       "he told BBC Sport, and cruised into the FA Cup quarter-finals"},
      {"curly possessive", "while germany’s carmakers won", "while Germany’s carmakers won"},
      {"straight possessive", "Since then, brazil's central bank",
       "Since then, Brazil's central bank"},
      {"sea", "emissions in the north Atlantic.", "emissions in the North Atlantic."},
      {"hyphenated compound", "Franco-german talks ran late", "Franco-German talks ran late"},
      {"nationality", "The mexican delegation walked out", "The Mexican delegation walked out"},
      {"nationality in compound", "anti-american protests", "anti-American protests"},
      {"a people in the plural, from its nationality", "Millions of koreans and iraqis voted",
       "Millions of Koreans and Iraqis voted"},
      {"city", "talks in lisbon ended", "talks in Lisbon ended"},
      {"month", "It opened in january.", "It opened in January."},
      {"day", "on tuesday the talks", "on Tuesday the talks"},
      {"acronym", "a nato summit", "a NATO summit"},
      {"brand in mixed case", "bought on ebay last week", "bought on eBay last week"},
      {"language from ICU", "she speaks swahili at home", "she speaks Swahili at home"},
      {"region with evidence", "sales in Western Europe grew, and in western Europe rose",
       "sales in Western Europe grew, and in Western Europe rose"},
      {"place in a region phrase", "eastern europe and Mexico", "eastern Europe and Mexico"},
  });
}

TEST(CasingProperNouns, FixesAmbiguousNamesWithEvidence) {
  check({
      {"neighbouring name after", "talks between turkey and Greece",
       "talks between Turkey and Greece"},
      {"neighbouring name before", "from Greece and turkey, officials",
       "from Greece and Turkey, officials"},
      {"list", "delegations from japan, Nigeria, China", "delegations from Japan, Nigeria, China"},
      {"possessive", "china's economy grew", "China's economy grew"},
      {"a team by its short name, which the document capitalizes",
       "He joined Wolves in May, and Wolves won, as he has now done at wolves.",
       "He joined Wolves in May, and Wolves won, as he has now done at Wolves."},
      {"a club the document capitalizes four times, in lower case only here",
       "Henry gave Arsenal the lead, and Arsenal held on, as Arsenal do, and Arsenal won. A "
       "strike put arsenal ahead.",
       "Henry gave Arsenal the lead, and Arsenal held on, as Arsenal do, and Arsenal won. A "
       "strike put Arsenal ahead."},
      {"place compound", "a japan-based firm", "a Japan-based firm"},
      {"place at the end of a clause", "cars sold in japan.", "cars sold in Japan."},
      {"an opponent at the end of a clause", "They have played china - the last game was close.",
       "They have played China - the last game was close."},
      {"the document's own capital", "Sales in China grew. Exports to china have grown.",
       "Sales in China grew. Exports to China have grown."},
      {"day and month", "It opened on 5 may.", "It opened on 5 May."},
      {"month and year", "since march 2005 the index", "since March 2005 the index"},
      {"month after a preposition", "since may last year", "since May last year"},
      {"month after a word of time", "Invitations for early may were sent.",
       "Invitations for early May were sent."},
      {"month after last, at the clause's end", "It was agreed last may.",
       "It was agreed last May."},
      {"month after come, before a comma", "He was out of form come august, and lost.",
       "He was out of form come August, and lost."},
      {"a month's word as a speaker the text names",
       "Guitarist Brian May spoke. \"We will tour,\" may wrote.",
       "Guitarist Brian May spoke. \"We will tour,\" May wrote."},
      {"month after another and and", "The games are in March and august.",
       "The games are in March and August."},
      {"month after a preposition, before a dash", "The year ends in march - one of two.",
       "The year ends in March - one of two."},
      {"brand as a noun", "Have you seen the simplified google doc?",
       "Have you seen the simplified Google doc?"},
      {"brand after a possessive", "My excel skills are outstanding!",
       "My Excel skills are outstanding!"},
      {"brand the document writes capitalized, as a subject",
       "The firm Google said so and Google agreed. The ads stopped after google began blocking "
       "them.",
       "The firm Google said so and Google agreed. The ads stopped after Google began blocking "
       "them."},
      {"the same, after a verb, before an auxiliary or \"to\"",
       "The firm Google said so and Google agreed. They thought google would fail, and some "
       "others use yahoo to search, beside Yahoo and Yahoo.",
       "The firm Google said so and Google agreed. They thought Google would fail, and some "
       "others use Yahoo to search, beside Yahoo and Yahoo."},
      {"the same, after a pronoun's contracted \"is\"",
       "They said Apple sold it, and Apple gained. You see that it's apple that is doing it.",
       "They said Apple sold it, and Apple gained. You see that it's Apple that is doing it."},
      {"name of common words, one capitalized", "I really like Harry potter.",
       "I really like Harry Potter."},
      {"party the document writes capitalized",
       "Some Labour MPs met, and Labour leaders spoke. The row hurt, said labour, and passed.",
       "Some Labour MPs met, and Labour leaders spoke. The row hurt, said Labour, and passed."},
      {"a party before a verb in the past tense",
       "Some Labour MPs met, and Labour leaders spoke. He left when labour regained power.",
       "Some Labour MPs met, and Labour leaders spoke. He left when Labour regained power."},
      {"a party before a word only a party takes",
       "He joined Labour. Later the labour party said no.",
       "He joined Labour. Later the Labour party said no."},
      {"a party before its MP", "He joined Labour. A labour MP spoke.",
       "He joined Labour. A Labour MP spoke."},
      {"an organization after the, as the document writes it twice",
       "Chelsea lead the Premiership and top the Premiership table. They play in the "
       "premiership.",
       "Chelsea lead the Premiership and top the Premiership table. They play in the "
       "Premiership."},
      {"an organization after the, as the document writes it once",
       "Chelsea lead the Premiership. Norwich want to play in the premiership.",
       "Chelsea lead the Premiership. Norwich want to play in the Premiership."},
      {"a party's name with a function word, as the document writes it",
       "Galloway targets New Labour MPs. He added: \"Under new Labour, all households pay.\"",
       "Galloway targets New Labour MPs. He added: \"Under New Labour, all households pay.\""},
      {"an organization after the same word as the document's capital",
       "It came on the eve of a crucial Commons vote. It was just before a crucial commons vote "
       "on the plan.",
       "It came on the eve of a crucial Commons vote. It was just before a crucial Commons vote "
       "on the plan."},
      {"an organization before the same word as the document's capital",
       "It followed intervention from Cabinet allies and others. He won after cabinet allies "
       "intervened.",
       "It followed intervention from Cabinet allies and others. He won after Cabinet allies "
       "intervened."},
      {"a team's short name after the, before a verb in the past tense",
       "The strength of the Pumas never allowed it. The pumas shocked the Irish.",
       "The strength of the Pumas never allowed it. The Pumas shocked the Irish."},
      {"a one-word institution after the",
       "Blair told the Cabinet, and the Cabinet agreed. It was as if the cabinet had decided.",
       "Blair told the Cabinet, and the Cabinet agreed. It was as if the Cabinet had decided."},
      {"an organization after a verb, as the document writes it twice",
       "Chelsea beat Arsenal, and Arsenal lost again. They tried to keep arsenal at bay.",
       "Chelsea beat Arsenal, and Arsenal lost again. They tried to keep Arsenal at bay."},
      {"a brand after a conjunction that opens a clause",
       "Sony and Apple sold it, and Apple gained. Sony uses WMA while apple uses AAC.",
       "Sony and Apple sold it, and Apple gained. Sony uses WMA while Apple uses AAC."},
      {"a name after a that that starts a clause",
       "Some Labour MPs met, and Labour leaders spoke. He said that labour was finished.",
       "Some Labour MPs met, and Labour leaders spoke. He said that Labour was finished."},
      {"before the capital the document writes after it",
       "The Labour Party won. Later the labour Party said it would act.",
       "The Labour Party won. Later the Labour Party said it would act."},
  });
}

TEST(CasingProperNouns, FixesPhrasesAfterSeveralCapitals) {
  check({
      {"after two capitals", "in the Wall Street journal and", "in the Wall Street Journal and"},
      {"after two capitals, at a sentence start", "Sales rose. The Wall Street journal said.",
       "Sales rose. The Wall Street Journal said."},
      {"after two capitals, the last word of a longer phrase",
       "an inspection team from the International Olympic committee began",
       "an inspection team from the International Olympic Committee began"},
      {"after a capital and a lower-case word", "the Department of trade and Industry",
       "the Department of Trade and Industry"},
      {"the first word after a run of capitals", "the Los Angeles times said",
       "the Los Angeles Times said"},
      {"lower-case words before a capital", "a report in the house of Lords said",
       "a report in the House of Lords said"},
      {"three lower-case words before a capital", "the lord of the Rings won",
       "the Lord of the Rings won"},
      {"an everyday first word before a capital", "shares in time Warner rose",
       "shares in Time Warner rose"},
      {"an everyday first word, all in lower case", "flights to new york were cut",
       "flights to New York were cut"},
      {"a longer phrase from a later word", "a new york times report", "a New York Times report"},
      {"an ampersand between words", "a downgrade by Standard & poor's",
       "a downgrade by Standard & Poor's"},
      {"an ampersand, all in lower case", "shares in marks & spencer fell",
       "shares in Marks & Spencer fell"},
      {"everyday words the document capitalizes",
       "The Home Office said so. Later the home office said no.",
       "The Home Office said so. Later the Home Office said no."},
  });
}

TEST(CasingProperNouns, FixesOfficesOnlyWhenHalfCapitalized) {
  check({
      {"first word capitalized", "said Prime minister Tony Blair",
       "said Prime Minister Tony Blair"},
      {"second word capitalized", "a letter to the home Secretary",
       "a letter to the Home Secretary"},
      {"a capital after the of", "the chancellor of the Exchequer said",
       "the Chancellor of the Exchequer said"},
  });
  for (const char* text : {
           // House styles write offices in lower case, even where the text also capitalizes them.
           "Prime Minister Tony Blair spoke. Later the prime minister left.",
           "The home secretary said so.",
           // A capital at a sentence start is no evidence.
           "Prime minister's questions. Home secretary David Blunkett spoke.",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(casing_only(), text, text);
  }
}

TEST(CasingProperNouns, LeavesCommonWordsAlone) {
  for (const char* text : {
           "a pack of wolves roamed the hills",  // a team's short name, no capital elsewhere
           // Capitalized four times, but a brand after a word that may describe it, or in
           // lower case elsewhere too, or a month.
           "He joined Apple, then Apple grew, as Apple does, and Apple won. It was his "
           "favourite apple.",
           "Henry gave Arsenal the lead, and Arsenal held on, as Arsenal do, and Arsenal won. "
           "An arsenal of skills, an arsenal of tricks.",
           "It began in May, and in May, and in May, and in May. We may go.",
           "a plate of fine china",
           "a turkey dinner with my in-laws",
           "We may go back to the Labrador Sea next spring.",
           "please let us know",
           "The firm Google said so and Google agreed. You can google it.",
           "a protest march through the town",
           "They come march and rally.",  // "come" a verb: no comma after the month
           "He wanted to google for the medicine.",
           // after a word that may describe it, with no auxiliary or "to" after it, or after
           // "to" or a modal (a verb)
           "They said Apple sold it, and Apple gained. He ate a green apple today.",
           "They said Apple sold it, and Apple gained. You see that Tom's apple was red.",
           "They said Apple sold it, and Apple gained. They eat a green apple to stay well.",
           "The firm Google said so and Google agreed. You can google to find it.",
           "The bassist who wanted to excel at improvising",
           "an apple a day",
           "the bill passed and Bill Gates spoke",
           "the bill Sharon signed passed, said Ariel Sharon",  // no "Bill Sharon" elsewhere
           "polish the silver",
           "reading the papers",
           "a nice day",
           "an august body of scholars",
           "the tight labour market",
           "Xbox 2 may be unveiled in summer",
           "She played turkey bingo all night.",              // no clause ends after it
           "It began in March. The march claims its place.",  // a protest, after a determiner
           "They came in March and may be back.",             // a modal after "and"
           "The next may be better, and the last may have been worse.",
           "admitting to reading - and taking",
           "the Merseyside derby",
           "his premiership ended",
           "cold turkey",
           "who said so",
           "He joined the BBC two years ago, and the UK athletics team left the USA today.",
           // A lexicon phrase that is also an ordinary phrase: not listed.
           "It was a good Friday for the markets, and Chelsea are top of the League two points "
           "clear.",
           "The Manchester city centre and the firm's Scotland office were shut.",
           "recreating a little Britain abroad, a Paris club signed him",
           "Labour MPs met. Later the labour market was tight.",  // no word only a party takes
           "Chelsea lead the Premiership and top the Premiership table. In the premiership "
           "years, Blair's premiership grew.",               // in lower case elsewhere too
           "Chelsea beat Arsenal. A nuclear arsenal grew.",  // after a verb, capitalized once
           "Chelsea lead the Premiership. In the premiership years it grew.",  // before a noun
           // after the same word as the document's capital, in lower case elsewhere too
           "He denied his shadow Cabinet was split. His shadow cabinet met, and shadow cabinet "
           "members spoke.",
           // before the same role as the document's capital: a house style either way
           "He was a Cabinet minister then. He became the first black cabinet minister.",
           // a function word of a party's name, which the document does not write so
           "He said that under a new Labour government taxes would rise.",
           // a word in -ed after it without "the" before it
           "Labour won, and Labour lost, and then Labour gained. It took immigrant labour prepared "
           "to work.",
           // capitalized once, and only inside a longer name
           "He works at the Cabinet Office. He opened the cabinet.",
           "Chelsea beat Arsenal, and Arsenal lost again. A nuclear arsenal grew, and his "
           "arsenal.",
           "Labour won. The labour party and the labour party met. Labour lost.",  // more lower
           "Some Labour MPs met, and Labour leaders spoke. He said that labour camp was shut.",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(casing_only(), text, text);
  }
}

TEST(CasingProperNouns, LeavesDeliberateFormsAlone) {
  for (const char* text : {
           "THE UNITED STATES",          // capitals stay
           "the Nato summit",            // a house style for acronyms
           "living in western Europe",   // a direction in lower case is a style choice
           "the European parliament",    // likewise a nationality and a common noun
           "the united states of mind",  // common words in lower case, no evidence
           "see https://example.org/japan and japan.example.com",
           "email tokyo@example.org",
           "the #china tag and @japan",
           "`japan` in code",
           // Hyphenated names from code and package lists.
           "install util-linux and the arm-linux port of gtk-key-theme-name",
           "targets m32r-*-linux* and groff-x11 (the japan-x11 fonts)",
           "bind numpad:nato and nato:key",  // joined by a colon: a key or a setting
           "the eurozone economy",           // ICU's "Eurozone" is not written so in news
           "the Palestinian territories",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(casing_only(), text, text);
  }
}

TEST(CasingInstitutions, UniversityOfPlace) {
  check({
      {"after the", "an economist at the university of Lagos who",
       "an economist at the University of Lagos who"},
      {"after a preposition", "She studied at university of Lagos.",
       "She studied at University of Lagos."},
  });
  for (const char* text : {
           "the best university of England's north",
           "a university of international standing",
           "the university of the future",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(casing_only(), text, text);
  }
}

TEST(CasingProperNouns, ReportsTheRuleThatChanged) {
  const CleanResult result = casing_only().clean("to the united States");
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].rule, "casing.proper-nouns");
  EXPECT_EQ(result.changes[0].before, "united");
  EXPECT_EQ(result.changes[0].after, "United");
}

TEST(CasingProperNouns, EachRuleWorksAlone) {
  // Each rule on its own, the others off: it must still find its candidates (most come from the
  // document's capitals, which the rules share) and change only what is its own.
  const std::string text =
      "In the united States, said sir Alex Ferguson, the university of Lagos and the Irish "
      "sports Council met Chinedu Okafor; okafor, Dr. lindqvist and tony Blair agreed, with "
      "unilever, Kate winslet, and i think so.";
  struct Row {
    const char* rule;
    const char* before;
    const char* after;
  };
  for (const Row& row : std::vector<Row>{
           {"casing.proper-nouns", "united", "United"},
           {"casing.honorifics", "sir", "Sir"},
           {"casing.institutions", "university", "University"},
           {"casing.names-in-document", "okafor", "Okafor"},
           {"casing.names-after-titles", "lindqvist", "Lindqvist"},
           {"casing.dictionary-names", "unilever", "Unilever"},
           {"casing.surnames", "winslet", "Winslet"},
           {"casing.pronoun-i", "i", "I"},
       }) {
    SCOPED_TRACE(row.rule);
    PipelineOptions options;
    options.only = {row.rule};
    options.check_examples = false;  // the rules' examples assume the others are on
    const CleanResult result = Pipeline::load(options).clean(text);
    bool found = false;
    for (const auto& change : result.changes) {
      EXPECT_EQ(change.rule, row.rule);
      found |= change.before == row.before && change.after == row.after;
    }
    EXPECT_TRUE(found) << row.before << " -> " << row.after;
  }
}

TEST(CasingProperNouns, RulesCanBeSwitchedOff) {
  PipelineOptions options;
  options.disable = {"casing.proper-nouns"};
  const Pipeline pipeline = Pipeline::load(options);
  EXPECT_CLEAN_WITH(pipeline, "delegations from japan", "delegations from japan");
}

}  // namespace
}  // namespace copydesk
