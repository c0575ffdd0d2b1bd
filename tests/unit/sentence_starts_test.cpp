// Specification of the sentence stage: lower-case sentence starts are capitalized at the start
// of prose paragraphs and titles (sentence.paragraph-start), after . ! ? (sentence.after-stop)
// and at a quotation after a verb of speech and a colon (sentence.quotation-start);
// abbreviations, ellipses, dialogue tags, titles of works, list markers, headings, tables, code
// and words lower case by nature are left alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

const Pipeline& sentence_only() {
  return testing::only_rules({"sentence.*"});
}

using testing::Row;
void check(const std::vector<Row>& rows) {
  testing::check_rows(sentence_only(), rows);
}
void check_unchanged(const std::vector<std::string>& texts) {
  testing::check_unchanged(sentence_only(), texts);
}

TEST(SentenceStarts, CapitalizesParagraphStarts) {
  check({
      {"one sentence", "a sentence.", "A sentence."},
      {"exclamation", "this!", "This!"},
      {"after an opening quote", "“this is a sentence.", "“This is a sentence."},
      {"German quote", "„this is a sentence.", "„This is a sentence."},
      {"guillemet", "«this is a sentence.", "«This is a sentence."},
      {"straight quotes", "'this is a sentence'.", "'This is a sentence'."},
      {"second paragraph", "The talks ended.\n\nthe vote passed narrowly.",
       "The talks ended.\n\nThe vote passed narrowly."},
      {"after the title", "Trade talks stall\n\nthe vote passed narrowly.",
       "Trade talks stall\n\nThe vote passed narrowly."},
      {"the title itself", "rich grab half Colombia land\n\nThe rich own half.",
       "Rich grab half Colombia land\n\nThe rich own half."},
      {"a title that opens with a past participle",
       "disputed Nirvana box set on sale\n\nThe "
       "set is out.",
       "Disputed Nirvana box set on sale\n\nThe set is out."},
      {"after a heading", "Talks\n\nArsenal win on penalties\n\nthe goalkeeper saved twice.",
       "Talks\n\nArsenal win on penalties\n\nThe goalkeeper saved twice."},
      {"after a colon paragraph", "He has announced:\n\nthe tax will rise.",
       "He has announced:\n\nThe tax will rise."},
      {"a paragraph ending in a colon", "The plan.\n\nthe minister says he has announced:",
       "The plan.\n\nThe minister says he has announced:"},
      {"numbered items after a sentence", "Do this.\n\n1. place your files here.\n2. call it.",
       "Do this.\n\n1. Place your files here.\n2. Call it."},
      {"numbered items after a colon, where a later item starts with a capital",
       "To do so:\n\n1. place your files here.\n2. Call it.\n3. run it.",
       "To do so:\n\n1. place your files here.\n2. Call it.\n3. Run it."},
      {"a paragraph after a list, not opening with a conjunction",
       "It has two parts:\n\n* the parser.\n* the printer.\n\nthe rest is glue.",
       "It has two parts:\n\n* the parser.\n* the printer.\n\nThe rest is glue."},
      {"a conjunction after a paragraph of prose", "The vote passed.\n\nbut it failed later.",
       "The vote passed.\n\nBut it failed later."},
      {"a number that ends a sentence", "He came in 2. the rest came later.",
       "He came in 2. The rest came later."},
      {"hard-wrapped line after a full stop", "The talks ended.\nthe vote passed.",
       "The talks ended.\nThe vote passed."},
      {"Markdown heading above", "# Method\n\nwe rebuilt the tables.",
       "# Method\n\nWe rebuilt the tables."},
  });
}

TEST(SentenceStarts, CapitalizesAfterAStop) {
  check({
      {"full stop", "This house is old. it was built in 1950.",
       "This house is old. It was built in 1950."},
      {"before an abbreviation", "to save the deal. the E.U. negotiators said",
       "to save the deal. The E.U. negotiators said"},
      {"question", "It’s a fair question. how will they pay?",
       "It’s a fair question. How will they pay?"},
      {"after a closing quote", "called it “a floor”. officials said",
       "called it “a floor”. Officials said"},
      {"after a bracket", "a summit of NATO (the alliance). after that",
       "a summit of NATO (the alliance). After that"},
      {"after a word in capitals", "was bought by BMG. former Beatle Paul",
       "was bought by BMG. Former Beatle Paul"},
      {"after a possessive", "the view is Mr Blunkett's. the interview",
       "the view is Mr Blunkett's. The interview"},
      {"exclamation after a word", "we lost two floats! and each costs",
       "we lost two floats! And each costs"},
      {"a question ending in a name", "What about Britpop? blur, Oasis and Suede played.",
       "What about Britpop? Blur, Oasis and Suede played."},
      {"a question asked mid-sentence, ending in an acronym",
       "You insure your car, so why not protect your PC? stop blaming the phone.",
       "You insure your car, so why not protect your PC? Stop blaming the phone."},
  });
}

TEST(SentenceStarts, LeavesWhatOnlyLooksLikeAStart) {
  check_unchanged({
      // LanguageTool's accepted sentences
      "this",
      "a) This is a test sentence.",
      "iv. This is a test sentence...",
      "\"iv. This is a test sentence...\"",
      "»iv. This is a test sentence...",
      "http://www.languagetool.org",
      "eBay can be at sentence start in lowercase.",
      "In Nov. next year.",
      "www.languagetool.org is a website.",
      // abbreviations and initials
      "We know the U.K. has said so.",
      "It was signed in the U.K. both sides agreed.",
      "Take items, e.g. the first one.",
      "I met J. smith there.",
      "Wuhan Iron and Steel Co. said it would.",
      "They met at 10 a.m. on Friday.",
      "Leadplex LLC. and Leadplex Inc.",
      "It keeps an extension .pyc (resp. pyo). This is all.",
      // A numbered list that goes on with the text above: after a colon, or items that end in
      // semicolons.
      "The stage runs in this order:\n1. the text is decoded;\n2. mojibake is repaired;\n3. the "
      "policy runs.",
      // ...and the later items of such a list, written in lower case, each a sentence of its own,
      // across blank lines and the lines an item goes on with.
      "How to add magics:\n\n  1. place your magics in\n     /usr/share/file.\n\n  2. call "
      "the compiler.\n\n  3. profit.\n\nThat is all.",
      "How to add magics:\r\n\r\n  1. place your magics.\r\n  2. call the compiler.\r\n",
      // An empty item beside them.
      "How to add magics:\n\n  1. place your magics.\n  2.   \n  3. call the compiler.",
      // A conjunction that opens the paragraph after a list goes on with the sentence that
      // introduced the list.
      "You can use it under either:\n\n  * the Lesser General Public License, version 3,\n"
      "    or later.\n\nor\n\n  * the General Public License.\n\nor both in parallel, as here.",
      " * Notice write errors.\n * Save the databases.\n\nbut other reasons may remain.",
      // Hard-wrapped lines go on after an abbreviation or an ellipsis at the end of the line.
      "It works fine with e.g.\nmake and the other tools.",
      "It has the usual suspects (each, map, filter...)\nwithout extending any object.",
      // ellipses and dialogue
      "“It is a start...” she told reporters.",
      "“We measure, we wait, we measure again…” she said.",
      "It was a strange match . . . momentum swings.",
      "“Why?” she asked.",
      // A title that asks, or a question that goes on after "or".
      "For anyone bewildered, Stuff and What Hi-Fi? are hosting a show.",
      "A recent report by Which? magazine found it.",
      "The comedy Shall We Dance? and her new album are out.",
      "How many people own a Powerbook? or an iPod?",
      "“I don't know what happened.” he said.",
      // titles of works and brands with marks
      "See the comedy Are We There Yet? and others.",
      "My Yahoo! mailbox and Kerrang! magazine.",
      // structure, code, markup
      "Trade ministers agree tariff truce",
      "| Port | brazil | 4.8 |",
      "## volumes by port",
      "    code line here.",
      "Promising 60m hurdler\n\nclocked a new record.",
      "A chest infection.\n\nwas on record-breaking form.",
      "Liverpool through\n\nA goal secured qualification for\n\nagainst Olympiakos on Wednesday.",
      "Do not miss either. br /&gt; This is good.",
      "iTunes now selling songs.",
      "He said “Every float has a name”, she laughed.",
  });
}

TEST(SentenceStarts, CapitalizesAQuotationAfterAVerbOfSpeechAndAColon) {
  check({
      {"straight quote", "Helmut Panke said: \"we will first solve it.\"",
       "Helmut Panke said: \"We will first solve it.\""},
      {"curly quote", "Nortel added: “these members stay.”", "Nortel added: “These members stay.”"},
      {"a name", "Mr Cutler said: \"phil did not cause it.\"",
       "Mr Cutler said: \"Phil did not cause it.\""},
      {"after told and whom", "He told BBC Sport: \"we made hard work of it.\"",
       "He told BBC Sport: \"We made hard work of it.\""},
      // The verbs of speech are the casing stage's too ("cairn announced").
      {"announced", "The firm announced: \"we will close.\"",
       "The firm announced: \"We will close.\""},
  });
  check_unchanged({
      // A colon after another word may quote a fragment.
      "Merriam-Webster defines a blog as: \"a Web site that contains entries\"",
      "There are two types of chancellor: \"those who fail and those who split\"",
      "He once said there are two types of chancellor: \"those who fail\"",
      "The company said it: \"could not continue\"",
      // No colon: the quotation goes on with the sentence.
      "She said \"superior\" bullying tactics were used.",
      // A word lower case by nature.
      "He said: \"iPods are everywhere.\"",
  });
}

TEST(SentenceStarts, LeavesAProgramsNameATechnicalTextWritesInLowerCase) {
  // No word list has it in lower case, the text writes it so elsewhere and never with a
  // capital, and it holds code or paths, or writes it so three times more: a program's name,
  // spelled so on purpose.
  check_unchanged({
      "Install it in /usr/bin first.\n\ntmux is a terminal multiplexer. It runs well. tmux may "
      "be detached from a screen.",
      "Run `make` first. The socket is ready. systemd will tear it down, as systemd does.",
      "GDB is a debugger. The manual is in the gdb-doc package. gdb-doc is not free, so "
      "install gdb and read gdb online.",
  });
  check({
      // News: no code, and a foreign word starts the sentence with a capital.
      {"a foreign word in news",
       "It is made from potatoes or barley. happoshu has been a mainstay, and happoshu sells.",
       "It is made from potatoes or barley. Happoshu has been a mainstay, and happoshu sells."},
      // A word the text capitalizes elsewhere, or an English word, starts with a capital.
      {"capitalized elsewhere", "See /usr/bin. Tmux runs. tmux may be detached, as tmux is.",
       "See /usr/bin. Tmux runs. Tmux may be detached, as tmux is."},
      {"an English word", "See /usr/bin. The make runs. make it so, as make does.",
       "See /usr/bin. The make runs. Make it so, as make does."},
  });
}

// The stage rules out most words from the bytes before them (a contraction's second half, a
// word after a closing mark that follows a word, a word after "5% "); a closing mark after a
// stop still lets the word after it start a sentence.
TEST(SentenceStarts, DecidesFromTheBytesBeforeAWordAsFromTheWholeLead) {
  check({
      {"contractions after a start", "He said \"yes,\" he said. don't go, it's late.",
       "He said \"yes,\" he said. Don't go, it's late."},
      {"a per cent sign before the start", "It rose 5% to 10. shares fell 5% in a day.",
       "It rose 5% to 10. Shares fell 5% in a day."},
      {"a bracket closed after a stop", "The deal fell (as expected.) the talks ended.",
       "The deal fell (as expected.) The talks ended."},
  });
  check_unchanged({
      "It's late, don't go, I'm sure we'll stay.",
      "The players' union met, and the fans' club said no.",
      "He said \"yes,\" he said, and left.",
      "It was over!\" the crowd went home.",
      "They voted. \"the talks ended,\" he said.",
      "Sales rose 5% in a year (or so) and fell.",
      "The word 'the' and the word (the) are short.",
  });
}

TEST(SentenceStarts, ReportsTheRule) {
  const CleanResult result = sentence_only().clean("The talks ended. the vote passed.\n\nthe end.");
  ASSERT_EQ(result.changes.size(), 2u);
  EXPECT_EQ(result.changes[0].rule, "sentence.after-stop");
  EXPECT_EQ(result.changes[1].rule, "sentence.paragraph-start");
}

}  // namespace
}  // namespace copydesk
