// Specification of the casing rules for names outside the lexicon: names the document
// capitalizes elsewhere (casing.names-in-document), names the dictionary knows
// (casing.dictionary-names), names after titles (casing.names-after-titles) and the pronoun i
// (casing.pronoun-i).
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
void check_unchanged(const std::vector<std::string>& texts) {
  testing::check_unchanged(casing_only(), texts);
}

TEST(CasingNamesInDocument, TakesTheDocumentsForm) {
  check({
      {"a direction inside a name",
       "Shares in Banco Central Hispano rose. It merged Santander "
       "and Banco central Hispano, in 1999.",
       "Shares in Banco Central Hispano rose. It merged Santander and Banco Central Hispano, in "
       "1999."},
      {"a pair that opens the sentence, written with both capitals twice elsewhere",
       "Call of Duty: Finest Hour casts you. Finest Hour has a look. Of the two, Finest hour is "
       "good.",
       "Call of Duty: Finest Hour casts you. Finest Hour has a look. Of the two, Finest Hour is "
       "good."},
      {"after a colon",
       "He added Pacific Assault, and Pacific Assault sold. Medal of Honor: "
       "Pacific assault does all it can.",
       "He added Pacific Assault, and Pacific Assault sold. Medal of Honor: Pacific Assault does "
       "all it can."},
      {"a name capitalized mid-sentence", "said Chinedu Okafor, an economist. Later okafor left.",
       "said Chinedu Okafor, an economist. Later Okafor left."},
      {"before the capitalized one", "okafor agreed, said Chinedu Okafor, an economist.",
       "Okafor agreed, said Chinedu Okafor, an economist."},
      {"the document's mixed case", "said Ronald McDonald, the clown. Later mcdonald left.",
       "said Ronald McDonald, the clown. Later McDonald left."},
      {"after a title elsewhere", "said Chinedu okafor, who met Dr. okafor",
       "said Chinedu Okafor, who met Dr. Okafor"},
      {"a list item", "- Michael Howard: a profile\n\nTory leader michael Howard spoke.",
       "- Michael Howard: a profile\n\nTory leader Michael Howard spoke."},
      {"common word after the same title", "He met Mr Brown. Then Mr brown left.",
       "He met Mr Brown. Then Mr Brown left."},
      {"common word in the same name twice",
       "said Gordon Brown on Monday and Gordon Brown again. Later Gordon brown agreed.",
       "said Gordon Brown on Monday and Gordon Brown again. Later Gordon Brown agreed."},
      {"a first name alone", "said Trevor Beattie. No row between me and trevor.",
       "said Trevor Beattie. No row between me and Trevor."},
      {"a rare word that the dictionary also lists as a name",
       "The film stars Tom Hanks and Meg Ryan. Critics said Tom hanks was superb.",
       "The film stars Tom Hanks and Meg Ryan. Critics said Tom Hanks was superb."},
      {"a first name beside a surname",
       "The coach picked Simon Webster on Monday, and simon Webster started.",
       "The coach picked Simon Webster on Monday, and Simon Webster started."},
      {"the same phrase capitalized once elsewhere",
       "he founded Death Row Records, and later Death Row records closed.",
       "he founded Death Row Records, and later Death Row Records closed."},
      {"a surname the article writes after a title, after a first name",
       "It was said that Mr Brown agreed. Later Gordon brown spoke.",
       "It was said that Mr Brown agreed. Later Gordon Brown spoke."},
      {"a speaker the article capitalizes twice",
       "Shares in Cairn rose, and analysts like Cairn. But cairn said it had revised them.",
       "Shares in Cairn rose, and analysts like Cairn. But Cairn said it had revised them."},
      {"a common word inside a name",
       "It won at the Independent Spirit Awards. Organisers of the Independent spirit Awards "
       "said so.",
       "It won at the Independent Spirit Awards. Organisers of the Independent Spirit Awards "
       "said so."},
      {"a first name that opens the sentence, before a surname after a title",
       "Mr Bell took over in 2004. Charlie bell, the chief executive, left.",
       "Mr Bell took over in 2004. Charlie Bell, the chief executive, left."},
      {"a surname before a comma and a full name",
       "Mr Ebbers is on trial. His former boss Bernard ebbers, Scott Sullivan said.",
       "Mr Ebbers is on trial. His former boss Bernard Ebbers, Scott Sullivan said."},
      {"a direction that is a surname", "Usher and Kanye West won. Kanye west dominated.",
       "Usher and Kanye West won. Kanye West dominated."},
      {"a double name in lower case, beside the same name capitalized",
       "Robert Kilroy-Silk spoke. Later kilroy-silk left and Kilroy-Silk returned.",
       "Robert Kilroy-Silk spoke. Later Kilroy-Silk left and Kilroy-Silk returned."},
      {"a word everyday English seldom uses, capitalized twice and never in lower case",
       "Tim Burton directed it. Depp praised Burton often. His work with burton in the tale.",
       "Tim Burton directed it. Depp praised Burton often. His work with Burton in the tale."},
      {"the same phrase in lower case twice, beside it capitalized once",
       "The Three Gorges project. The Three gorges Dam and the Three gorges Underground Plant.",
       "The Three Gorges project. The Three Gorges Dam and the Three Gorges Underground Plant."},
      {"the first word of a longer name, as the article writes it once",
       "It was Million Dollar Baby that won. Nominees include million Dollar Baby and Ray.",
       "It was Million Dollar Baby that won. Nominees include Million Dollar Baby and Ray."},
      {"a surname that is a word, after a first name",
       "Chief executive Terry madden said the action was right. It is over, said Madden.",
       "Chief executive Terry Madden said the action was right. It is over, said Madden."},
      {"a subject before an auxiliary verb, as the article capitalizes it twice",
       "They face Real in May, and Real won. But real could be drawn again.",
       "They face Real in May, and Real won. But Real could be drawn again."},
      {"two words with the capitals the other way round elsewhere",
       "He toured with Ry Cooder and the beach Boys, and wrote Kokomo for the Beach boys later.",
       "He toured with Ry Cooder and the Beach Boys, and wrote Kokomo for the Beach Boys later."},
      {"a name lost twice, beside three capitals",
       "Staff at Argonaut left, and Argonaut closed; staff at Argonaut wept. Those sacked by "
       "argonaut were angry. Staff at argonaut headquarters agreed.",
       "Staff at Argonaut left, and Argonaut closed; staff at Argonaut wept. Those sacked by "
       "Argonaut were angry. Staff at Argonaut headquarters agreed."},
      {"a word inside a title, as the article writes it",
       "He played Call of Duty for hours. Call of duty on PC was better.",
       "He played Call of Duty for hours. Call of Duty on PC was better."},
      {"the first word of a title, before a function word and a capital",
       "De Niro stars in Hide and Seek, a thriller. In hide and Seek, he plays a father.",
       "De Niro stars in Hide and Seek, a thriller. In Hide and Seek, he plays a father."},
      {"a name before a noun, as the article capitalizes it three times",
       "Joe Parry said so, and Parry agreed; then Parry left. Fans cheered, and parry acknowledges "
       "it.",
       "Joe Parry said so, and Parry agreed; then Parry left. Fans cheered, and Parry acknowledges "
       "it."},
      {"a plural the article writes as a name after the",
       "Llanelli beat the Scarlets, a side in form. It allows the scarlets to look ahead.",
       "Llanelli beat the Scarlets, a side in form. It allows the Scarlets to look ahead."},
      {"the same after a capitalized The",
       "He joined the Borders last year. Simon Danielli (The borders) and Chris Paterson "
       "(Edinburgh) start.",
       "He joined the Borders last year. Simon Danielli (The Borders) and Chris Paterson "
       "(Edinburgh) start."},
      {"an uncommon word after the, as the article writes it alone after the twice",
       "He designed the Macintosh, and the Macintosh sold. His role on the macintosh was "
       "small.",
       "He designed the Macintosh, and the Macintosh sold. His role on the Macintosh was "
       "small."},
      {"an everyday word the article capitalizes standing alone six times, in lower case once",
       "Fans of Halo queued. The sequel to Halo sold, and Halo fans cheered. Critics of Halo "
       "agreed that Halo won, and Halo was big. There was nothing in halo that was new.",
       "Fans of Halo queued. The sequel to Halo sold, and Halo fans cheered. Critics of Halo "
       "agreed that Halo won, and Halo was big. There was nothing in Halo that was new."},
      {"an everyday word before a capital, capitalized mid-sentence three times, once alone",
       "Shares in Reliance Energy rose. The feud split Reliance Group, and a stake in Reliance "
       "helped. IPC is owned by reliance Industries.",
       "Shares in Reliance Energy rose. The feud split Reliance Group, and a stake in Reliance "
       "helped. IPC is owned by Reliance Industries."},
      {"a speaker the article names in full once, with a first name",
       "\"It works,\" producer Gil Cates told reporters. \"It was meant humorously,\" cates "
       "said.",
       "\"It works,\" producer Gil Cates told reporters. \"It was meant humorously,\" Cates "
       "said."},
      {"the same, an everyday word",
       "Chelsea physio Mike Banks was hopeful. \"He could play next month,\" banks told the "
       "website.",
       "Chelsea physio Mike Banks was hopeful. \"He could play next month,\" Banks told the "
       "website."},
      {"a title before a name the article writes after the capitalized title",
       "Speculation grew that President Bush was ill. A boost for newly re-elected president "
       "George W Bush came later.",
       "Speculation grew that President Bush was ill. A boost for newly re-elected President "
       "George W Bush came later."},
      {"the same, after a verb of speech",
       "\"It works,\" concluded Professor Dautenhahn. \"No,\" said professor Kerstin "
       "Dautenhahn.",
       "\"It works,\" concluded Professor Dautenhahn. \"No,\" said Professor Kerstin "
       "Dautenhahn."},
      {"an uncommon word the article capitalizes four times, in lower case only here",
       "Staff at Argonaut left, and Argonaut closed, as Argonaut said, and Argonaut wept. He "
       "built the first argonaut computer.",
       "Staff at Argonaut left, and Argonaut closed, as Argonaut said, and Argonaut wept. He "
       "built the first Argonaut computer."},
      {"a name in the headline, as the body writes it",
       "Board rejects argonaut's offer\n\nThe board said Argonaut had bid, and that Argonaut "
       "would try again.",
       "Board rejects Argonaut's offer\n\nThe board said Argonaut had bid, and that Argonaut "
       "would try again."},
      {"an everyday word in the headline that the body writes as a surname",
       "Singer knight backs song\n\nThe star Beverley Knight said so, near Knight's home.",
       "Singer Knight backs song\n\nThe star Beverley Knight said so, near Knight's home."},
      {"an everyday word in the headline, as the body writes it alone four times",
       "Troubled marsh under scrutiny\n\nShares in Marsh fell, as Marsh said, and Marsh "
       "shed jobs, and Marsh left.",
       "Troubled Marsh under scrutiny\n\nShares in Marsh fell, as Marsh said, and Marsh "
       "shed jobs, and Marsh left."},
      {"a first name that is also an uncommon word, capitalized elsewhere",
       "Bizet wrote Carmen in 1875. His tragic opera carmen was shot in Cape Town.",
       "Bizet wrote Carmen in 1875. His tragic opera Carmen was shot in Cape Town."},
      {"the same, capitalized once", "Tim Burton directed it. His work with burton in the tale.",
       "Tim Burton directed it. His work with Burton in the tale."},
      {"an uncommon word capitalized ten times, in lower case twice",
       "Results: A Ray (Sale Harriers), B Cole (Sale Harriers), C Dean (Barnet Harriers), D Fox "
       "(Sale Harriers), E Hay (Sale Harriers), F Ince (Sale Harriers), G Ives (Sale Harriers), H "
       "Kay (Sale Harriers), I Lee (Sale Harriers), J Moss (Sale Harriers), K Nye (Belgrave "
       "harriers), L Orr (Belgrave harriers).",
       "Results: A Ray (Sale Harriers), B Cole (Sale Harriers), C Dean (Barnet Harriers), D Fox "
       "(Sale Harriers), E Hay (Sale Harriers), F Ince (Sale Harriers), G Ives (Sale Harriers), H "
       "Kay (Sale Harriers), I Lee (Sale Harriers), J Moss (Sale Harriers), K Nye (Belgrave "
       "Harriers), L Orr (Belgrave Harriers)."},
      {"a first name before a surname, as the headline writes the pair",
       "Oscar nod for star Tom Hanks\n\nActor tom Hanks and director Robert Zemeckis met.",
       "Oscar nod for star Tom Hanks\n\nActor Tom Hanks and director Robert Zemeckis met."},
      {"an everyday word after \"the\", as the article writes \"the\" and the name alone twice",
       "It obeys the Sarbanes-Oxley Act. The Act is new, and the Act is strict. The act comes "
       "into force in June.",
       "It obeys the Sarbanes-Oxley Act. The Act is new, and the Act is strict. The Act comes "
       "into force in June."},
      {"the same, a title",
       "The Queen will host it, and the Queen was there. In Britain, the queen's grandson came.",
       "The Queen will host it, and the Queen was there. In Britain, the Queen's grandson "
       "came."},
      {"a plural after the, before a role in the band",
       "He loved the Doors, a band. The film shows the doors frontman at work.",
       "He loved the Doors, a band. The film shows the Doors frontman at work."},
      {"a direction before another, as the article writes the region",
       "He lives in the North East, and the North East votes. The official north East campaign "
       "began.",
       "He lives in the North East, and the North East votes. The official North East campaign "
       "began."},
      {"an uncommon word after the, before a preposition that looks like a verb",
       "He bought the Savoy, and they manage the Savoy. Work on the savoy including the "
       "restaurant goes on.",
       "He bought the Savoy, and they manage the Savoy. Work on the Savoy including the "
       "restaurant goes on."},
      {"a word no list has, after one that introduces a name, beside a capital opening a "
       "sentence",
       "He said: \"Charly played a great game.\" And Moya, nicknamed charly, admitted it.",
       "He said: \"Charly played a great game.\" And Moya, nicknamed Charly, admitted it."},
      {"a word before the same lower-case word as the article's capital",
       "He is president of Cesar organisers, he said. But the cesar organisers changed the "
       "rules.",
       "He is president of Cesar organisers, he said. But the Cesar organisers changed the "
       "rules."},
      {"a word beside a number, as the article writes the pair",
       "Rapper 50 Cent has become the first. In a feud, 50 cent, who burst onto the scene, won.",
       "Rapper 50 Cent has become the first. In a feud, 50 Cent, who burst onto the scene, "
       "won."},
      {"a word after one that introduces a name, as the article capitalizes it alone",
       "It was a surprise while Muse said their win was great. UK rock band muse were named "
       "best act.",
       "It was a surprise while Muse said their win was great. UK rock band Muse were named "
       "best act."},
      {"a person's name that is also a word, as the article names the person",
       "He fouled Kenny Miller twice. Later Miller came close. The ball went into the box and "
       "miller outjumped the keeper.",
       "He fouled Kenny Miller twice. Later Miller came close. The ball went into the box and "
       "Miller outjumped the keeper."},
      {"the same, as the article writes it as a first name",
       "It was claimed that Ken Livingstone erred, and aides of Ken agreed. I work closely with "
       "ken so I know.",
       "It was claimed that Ken Livingstone erred, and aides of Ken agreed. I work closely with "
       "Ken so I know."},
      {"a pair opening a sentence, whose first word no dictionary lists",
       "Victor Conte, of Balco Laboratories, spoke. Balco laboratories is the firm at the "
       "centre.",
       "Victor Conte, of Balco Laboratories, spoke. Balco Laboratories is the firm at the "
       "centre."},
      {"a surname that is also a word, as a headline in sentence case writes the pair",
       "Keanu Reeves given Hollywood star\n\nActor Keanu reeves, best known for his films, has "
       "a star.",
       "Keanu Reeves given Hollywood star\n\nActor Keanu Reeves, best known for his films, has "
       "a star."},
      {"the first word of a title after a capitalized article",
       "It won for The Return in Venice. Russian drama The return was praised, and may return.",
       "It won for The Return in Venice. Russian drama The Return was praised, and may return."},
      {"the same, at a sentence's start",
       "It won for The Aviator in May. The aviator has been tipped.",
       "It won for The Aviator in May. The Aviator has been tipped."},
      {"the same, as a sentence opens with the pair",
       "Frank Capra won the Oscar. \"Thank you, Frank,\" said the host, to which frank Capra "
       "bounded up.",
       "Frank Capra won the Oscar. \"Thank you, Frank,\" said the host, to which Frank Capra "
       "bounded up."},
      {"a word listed between names, capitalized elsewhere",
       "They sued Universal. Films from Paramount, universal and Warner Bros. sold.",
       "They sued Universal. Films from Paramount, Universal and Warner Bros. sold."},
      {"a possessive of a word the article capitalizes twice",
       "He joined Villa in May, and Villa lost. He spoke of improving villa's fortunes.",
       "He joined Villa in May, and Villa lost. He spoke of improving Villa's fortunes."},
      {"a word after an acronym, as the article writes the pair twice",
       "He told BBC News on Monday and BBC News again. The BBC news website said so.",
       "He told BBC News on Monday and BBC News again. The BBC News website said so."},
      {"a word of a lexicon phrase the lexicon leaves as written (\"Mac mini\")",
       "We like the Mac Mini a lot. A Mac Mini is cheap. But the mac Mini is small.",
       "We like the Mac Mini a lot. A Mac Mini is cheap. But the Mac Mini is small."},
      {"a name after a nationality, as the article writes it twice",
       "He won the Australian Open in 2003 and missed the Australian Open in 2004. The "
       "Australian open begins.",
       "He won the Australian Open in 2003 and missed the Australian Open in 2004. The "
       "Australian Open begins."},
  });
}

TEST(CasingNamesInDocument, LeavesWordsThatOnlyLookLikeTheDocumentsNames) {
  check_unchanged({
      // A direction before a name is a style choice, whatever the article writes elsewhere.
      "He lives in South Wales. He moved to south Wales last year.",
      // A pair that opens a sentence, where the capitalized pairs start longer names or end
      // another way, or are too few.
      "Groups cite the Convention on Human Rights, and Human Rights Watch agrees. Human rights "
      "groups say so.",
      "Consumer Electronics Show opened; the Consumer Electronics Show closed. Consumer "
      "electronics sold well.",
      "It made a Finest Hour. Finest hour is good.",
      // A title or a description before a full name is a house style.
      "He met Russian President Vladimir Putin. Later Russian president Vladimir Putin left.",
      "He met Labour Leader Neil Kinnock. Former Labour leader Neil Kinnock said so.",
      "He met the Tory Leader. Then the Tory leader left.",  // a role
      // A title inside a longer title, or before another name.
      "New York Attorney General Elliot Spitzer sued. It was brought by New York attorney "
      "general Elliot Spitzer.",
      "He met President Bush. Later president Chirac spoke.",
      // A speaker after a determiner is a common noun.
      "He met the Bank of England and the Bank governor. The bank said rates would rise.",
      // The capitalized phrase is part of a longer name.
      "at the Eurovision Song Contest, where the best Eurovision song won",
      // An everyday word, or one no dictionary calls a name, with no phrase to follow.
      "at the Wembley Stadium. The new stadium opened.",
      "The Macworld Expo opened. Products shown at the expo sold out.",
      // A compound the dictionaries lack, capitalized only as the start of a longer name.
      "The Motorsport Endeavour Club met. She has worked in motorsport since 1974.",
      // A sentence start that is not a first name.
      "Mr Bell took over. Sales bell rang.",
      // The phrase in lower case more often than capitalized: the article's own spelling.
      "the Labour Party said. Then the Labour party, the Labour party and the Labour party.",
      // The same phrase in lower case, and the word in lower case in another phrase too.
      "The Three Gorges project. The Three gorges Dam and the Three gorges Underground. The "
      "gorges are deep.",
      // A nationality before the word, with the pair capitalized once elsewhere.
      "the Indian Government said so. Then the Indian government agreed.",
      // A word after a name that is no first name, or after a first name inside a longer
      // name, or capitalized elsewhere only inside longer names.
      "He took the Piccadilly lines. He praised the Northern Lines.",
      "San Francisco police said so. He called the Metropolitan Police.",
      "Liz yelling said so. The Yelling Report and the Yelling Trust agreed.",
      // A phrase with a function word whose capitalized copy elsewhere starts with no capital,
      // or with the word in lower case in another phrase too.
      "He was named Player of the Year. At the end of the year, he left.",
      "He read In the Year of the Dragon. In the year 2000, he left.",
      "## Contributing to GLib\n\nPlease start contributing to GLib today.",  // a heading
      // Markup and version-control keywords are code.
      "## <a id=\"tcl\">2.</a> See the Tcl manual, then Tcl itself.",
      "$Id: README,v 1.2 2003/06/17 david Exp $\n\nThanks to David Smith and to David Jones.",
      "Another option is CMake, and CMake runs on Windows:\n\n    cmake -E tar xf libxml2.tar.gz\n"
      "    cmake --build build\n",  // an indented code block
      "He played Call of Duty for hours. Call of duty was fun, and duty called.",
      // A plural after the, capitalized only inside a longer name, or before a noun, or in
      // lower case elsewhere too.
      "He spoke in the Houses of Parliament. All the houses were sold.",
      "They beat the Saints, a side in form. A window of the saints chapel broke.",
      "They beat the Scarlets, a side in form. It allows the scarlets to look at the scarlets.",
      // Lower case twice beside two capitals: the article's own spelling as much as the name.
      "Staff at Argonaut left, and Argonaut closed. Those sacked by argonaut spoke, and by "
      "argonaut too.",
      // A word everyday English seldom uses, before a noun, capitalized three times: no name
      // in the dictionary, so an adjective as likely as a name.
      "He ran Xbox Online, then Games Online, and sold Online. Renting and online gaming grew.",
      // After an auxiliary, a word is no subject; after an adjective, no owner.
      "He met Shot and Shot again. Species that can be shot will include deer.",
      "He played Radio 1 and Radio 2 and Radio 4. It topped independent radio's chart.",
      // A subject after a determiner and a word that describes it.
      "The Act was passed, and the Act stands. Experts said the new act had been broken.",
      // A possessive after a determiner, or after one and a word that describes it, or of a
      // role, or ending a compound, or capitalized once only.
      "He backed the Party line, and the Party agreed. It hurt the party's leadership.",
      "The Oil Ministry spoke, and the Ministry agreed. He approved the oil ministry's choice.",
      "He met President Bush, and President Chirac. The Pakistani president's visit began.",
      "He plays at Old Trafford, and won at Old Trafford. The 32-year-old's goal came late.",
      "He joined Villa in May. He spoke of improving villa's fortunes.",
      // An acronym before the word, with the pair capitalized once elsewhere.
      "the UK Government said so. Then the UK government agreed.",
      // A direction before a name.
      "He lives in West Wales. Later he moved to west Wales.",
      // A word everyday English seldom uses, after a determiner or an adjective, before a noun,
      // or as a prefix, or written in lower case elsewhere too.
      "Tim Burton directed it. Depp praised Burton often. His work with the burton was fine.",
      "Tim Burton directed it. Depp praised Burton often. His burton suit was fine.",
      "Tim Burton directed it. Depp praised Burton often. He wore a burton-style suit.",
      "Tim Burton directed it. Depp praised Burton often. A burton here and a burton there.",
      // Capitalized once only (a word no census lists as a first name).
      "Staff at Argonaut left. His work with argonaut in the tale.",
      // A headline's word that the body capitalizes inside a longer name, or too seldom for
      // an everyday word, or that is no headline (it ends a sentence).
      "Cheese battle reaches court\n\nThe Supreme Court and the High Court heard it.",
      "Blair backs pre-election budget\n\nThe Budget is due, and the Budget will pass.",
      // A capital after a first name that names no person ("Davis Cup"), in a headline.
      "Moya clinches cup for Spain\n\nSpain won the Davis Cup, and the Cup went home.",
      // A plural after the, before a role, in lower case in another phrase too.
      "He loved the Doors, a band. The film shows the doors frontman and the doors handles.",
      // A direction before another, in lower case elsewhere too.
      "He lives in the North East, and the North East votes. The north East campaign began, and "
      "the north wind blew.",
      // An uncommon word after the, before a noun.
      "He bought the Savoy, and they manage the Savoy. Parts of the savoy cabbage grew.",
      // After a word that introduces a name, a capital opening a sentence vouches for no
      // everyday word, nor for one the text writes in lower case again.
      "He said: \"Free tickets were sold.\" It was a band called free, they said.",
      "He said: \"Charly played well.\" Moya, nicknamed charly, won, and charly smiled.",
      // A word before the same lower-case word as the article's capital, in lower case once
      // more beside one capital, or before another word.
      "He is president of Cesar organisers, he said. But the cesar organisers and a cesar "
      "salad came.",
      "He is president of Cesar organisers, he said. But the cesar members came.",
      // A word beside a number, beside another number than the article's pair, or in lower
      // case elsewhere too.
      "It topped the Billboard 200 list. Its rival, the billboard 100, fell.",
      "It obeys Section 404 of the act. Under section 404 and section 5, firms pay.",
      // A word after one that introduces a name, before a noun it describes, or in lower case
      // elsewhere too, or capitalized only inside a longer name.
      "He joined Free last year. It is a group called free software fans.",
      "He joined Free last year, and Free won. The band free of debt and the free band.",
      "He was at Blue Peter. The boy band blue.",
      // A person's name that is also a word, described by a word before or after it, or
      // capitalized as no one's name (no first name or title before it, no verb of speech).
      "He fouled Kenny Miller twice. Later Miller came close. It was a miller moth.",
      "Mr Law said so. Then Mr Law added more. It is the rule of law and order.",
      "He saw Miller and Miller. Then the box and miller outjumped the keeper.",
      // An everyday word after "the" beside "the" and the name alone too seldom: in lower case
      // as often as capitalized, inside a longer name, or before a noun it describes ("the
      // Party line").
      "It obeys the Sarbanes-Oxley Act. The Act is new, and the Act is strict. The act of "
      "voting, the act itself, an act of faith.",
      "He backed the Party line, and the Party agreed. The party leader spoke.",
      "It obeys the Act of Union. The Act of Union is new. The act comes into force in June.",
      // A pair opening a sentence, whose first word is a word (its capital the sentence's), or
      // beside the word in lower case elsewhere.
      "He runs Sales Laboratories, he says. Sales laboratories are busy.",
      "He runs Zorbex Laboratories, he says. Zorbex laboratories and other laboratories are "
      "busy.",
      // A headline in Title Case, or a line of code, vouches for no pair.
      "Keanu Reeves Given Hollywood Star\n\nActor Keanu reeves, best known for his films, has "
      "a star.",
      "Keanu Reeves {given in the setup}\n\nActor Keanu reeves, best known for his films, has "
      "a star.",
      "He rejects argonaut's offer.\n\nThe board said Argonaut had bid, and that Argonaut would "
      "try.",
      // A first name that is also a word, after a determiner or in lower case twice.
      "Bizet wrote Carmen in 1875. We saw the carmen costumes.",
      "Bizet wrote Carmen in 1875. His opera carmen was shot, and carmen sold.",
      // A word after a name and a comma, with no name after it.
      "They sued Universal. He loved Paris, universal and timeless.",
      // A first name before a surname the article writes with another first name, in a
      // headline in Title Case (one in sentence case is as good as the body).
      "Oscar Nod For Star Tom Jones\n\nActor tom Hanks and director Robert Zemeckis met.",
      // A title's first word at a sentence's start, with the word in lower case elsewhere.
      "He starred in The Office for years. The office was closed, and an office opened.",
      // Capitalized four times, but in lower case twice.
      "Staff at Argonaut left, and Argonaut closed, as Argonaut said, and Argonaut wept. He "
      "built the first argonaut computer, and then an argonaut ship.",
      // Capitalized three times only, before a noun.
      "He ran Xbox Online, Games Online and Online Now. Renting and online gaming grew.",
      // After the, capitalized after the inside a longer name only, or before a noun.
      "He visited the Duchy of Cornwall and the Duchy of Lancaster. He left the duchy early.",
      "He designed the Macintosh, and the Macintosh sold. He sold the macintosh computer.",
      // A speaker capitalized once, at the end of a longer name rather than after a first
      // name, or written in lower case elsewhere too.
      "He called the Metropolitan Police. \"It was quiet,\" police said.",
      "Chelsea physio Mike Banks was hopeful. \"Rates will rise,\" banks told savers, as "
      "banks do.",
      // An everyday word capitalized six times, but not standing alone (after a capital, before
      // one, or joined by a hyphen), or only five times, or in lower case twice.
      "On Boxing Day, Boxing Day sales, Boxing Day crowds, Boxing Day deals, Boxing Day fun, "
      "and Boxing Day games. Like any other trading day, shops opened.",
      "At T-Mobile, T-Mobile staff, T-Mobile said, T-Mobile grew, T-Mobile left, T-Mobile won. "
      "The mobile phone firm grew.",
      "In the World Cup, World Cup fans, World Cup games, World Cup bids, World Cup hosts, and "
      "World Cup ads. It is the best in the world.",
      "He saw the Tower, then the Tower shop; the Tower was old, the Tower is tall, and the "
      "Tower stood. He ran to the tip of the tower quickly.",
      "Fans of Halo queued. The sequel to Halo sold, and Halo fans cheered. Critics of Halo "
      "agreed that Halo won, and Halo was big. A halo of light, and a halo of dust.",
      // An everyday word before a capital, capitalized three times but never alone, or
      // alone but twice only, or in lower case elsewhere too.
      "It won the Last Tango award, the Last Word prize and a Last Post honour. It has run "
      "since last May.",
      "Shares in Reliance Energy rose, and a stake in Reliance helped. IPC is owned by reliance "
      "Industries.",
      "Shares in Reliance Energy rose. The feud split Reliance Group, and a stake in Reliance "
      "helped. Its reliance on oil grew. IPC is owned by reliance Industries.",
      // Two lower-case words joined by a hyphen that the document never capitalizes as a pair:
      // package names.
      "Read the Debian manual and the Debian FAQ. See debian-policy and the Utils page for "
      "xz-utils.",
      // A word the document writes in lower case far more often: its own spelling.
      "Configure it with Debconf. Run debconf, then debconf again; debconf asks and debconf "
      "answers.",
  });
}

// A fix can be the evidence for another: once "tarrow" takes the capital the article gives it,
// "Tarrow Stadium" stands twice, which makes "Tarrow stadium," a name. The casing stage scans
// again around its fixes; in a long text it decides again only on the words a fix can affect
// (casing_stage.cpp, affected_by), and must end where a whole scan ends.
TEST(CasingNamesInDocument, ScansAgainAroundItsFixesInArticlesAndLongTexts) {
  const std::string story =
      "The Tarrow Stadium Trust met on Monday. Fans of tarrow Stadium Trust cheered loudly. "
      "Later the Tarrow stadium, a small ground, closed.";
  const std::string fixed =
      "The Tarrow Stadium Trust met on Monday. Fans of Tarrow Stadium Trust cheered loudly. "
      "Later the Tarrow Stadium, a small ground, closed.";
  std::string filler;  // some 3,000 words on each side, all of the evidence's reach
  for (int i = 0; i < 250; ++i) filler += "The vote was close and the count went on late. ";
  check({
      {"an article", story, fixed},
      {"a long text", filler + "\n\n" + story + "\n\n" + filler,
       filler + "\n\n" + fixed + "\n\n" + filler},
  });
}

// Each thread keeps the evidence's lists from one document for the next, with their memory
// (DocumentEvidence::Spare): nothing of the last document may speak for the next one.
TEST(CasingNamesInDocument, TakesNoEvidenceFromTheDocumentBefore) {
  const std::string before =
      "Shares rose, said Chinedu Okafor, an economist at the bank. Okafor said more. Dr Okafor "
      "agreed.";
  const std::string next = "The talks went on and okafor said nothing more.";
  std::string long_before;  // a text over the size whose lists are kept
  while (long_before.size() <= (1u << 20)) long_before += before + "\n\n";
  for (const std::string& first : {before, long_before}) {
    EXPECT_EQ(casing_only().clean(first).text, first);
    EXPECT_EQ(casing_only().clean(next).text, next);
    EXPECT_EQ(casing_only().clean(before + " " + next).text,
              before + " The talks went on and Okafor said nothing more.");
  }
}

TEST(CasingNamesInDocument, TakesADoubleNameWrittenInLowerCaseMoreThanOnce) {
  // The other lower-case "silk" is the same double name, lowered again: no common word.
  check({
      {"a double name twice in lower case",
       "Robert Kilroy-Silk quit. Mr Kilroy-Silk said so.\n\nLater Mr Kilroy-silk spoke, and "
       "Kilroy-silk left.",
       "Robert Kilroy-Silk quit. Mr Kilroy-Silk said so.\n\nLater Mr Kilroy-Silk spoke, and "
       "Kilroy-Silk left."},
  });
  check_unchanged({
      // A one-letter first half: "A-levels" beside "A-Levels" is the writer's choice.
      "He took his A-Levels. Then A-Levels again. I did my A-levels and my A-levels.",
      // The word alone elsewhere is the common word: "silk" the cloth.
      "Robert Kilroy-Silk quit. Mr Kilroy-Silk said so. A silk tie and Kilroy-silk.",
  });
}

TEST(CasingNamesInDocument, TakesNoEvidenceFromCode) {
  // "Dpkg" of a Perl module's qualified name is no capital of prose.
  check_unchanged({
      "Since dpkg 1.18.8, parsers derive from the Dpkg::Changelog module; build dpkg first.",
      "Call Vector::new, then vector grows.",
  });
}

TEST(CasingNamesInDocument, NeedsEvidenceThatIsNotASentenceStart) {
  check_unchanged({
      "Happoshu is a drink. They sell happoshu.",           // a sentence start proves nothing
      "Okafor warns on steel\n\nThe okafor steel mill.",    // nor does... the headline below
      "said Bill Gates, the founder. The bill passed.",     // a common word alone
      "the wi-fi network, said Wi-Fi Alliance staff",       // too short to be a name
      "said the ESPN 2K5 maker. The 2k5 game",              // digits
      "He played van Gogh. The painter Vincent van Gogh.",  // name particles stay
      "said Ruud van Nistelrooy and Robin van Persie",
  });
}

TEST(CasingDictionaryNames, CapitalizesWordsTheDictionaryKnowsOnlyAsNames) {
  check({
      {"a company", "a deal with unilever and Nestle", "a deal with Unilever and Nestle"},
      {"a first name", "said Industry Secretary patricia Hewitt",
       "said Industry Secretary Patricia Hewitt"},
      {"a name that looks like an inflection", "said oliver Valente, the boss",
       "said Oliver Valente, the boss"},
      {"a place", "the Open in pattaya, Thailand", "the Open in Pattaya, Thailand"},
      {"a first name that is also a word, before a surname", "a letter to tony Blair",
       "a letter to Tony Blair"},
      {"a first name of three letters, before a surname", "said ian Wright, the striker",
       "said Ian Wright, the striker"},
      {"a first name at the start of a line", "jenny Colgan wrote it.", "Jenny Colgan wrote it."},
      {"a first name after a role", "said managing director tim Osborne",
       "said managing director Tim Osborne"},
      {"an everyday word after a role", "said party spokesman mark Oaten",
       "said party spokesman Mark Oaten"},
      {"the same", "West Ham manager harry Redknapp said", "West Ham manager Harry Redknapp said"},
      {"an occupation", "when guitarist nick McCarthy moved", "when guitarist Nick McCarthy moved"},
      {"a word no list knows, after a role", "said ONGC chairman subir Raha",
       "said ONGC chairman Subir Raha"},
      {"everyday words that are census first names, before census surnames",
       "he worked with peter Smith and mark Richardson",
       "he worked with Peter Smith and Mark Richardson"},
  });
  check_unchanged({
      "Gadget growth fuels eco concerns",              // three letters, and no surname
      "It is going to be a tough jon and a long one",  // nor here
      "the neo-liberal policies",                      // a piece of a hyphenated word
      "the pan-European deal",
      "said Yoo Ji-chang, the governor",  // a Korean given name's second half
      "Les enfants terribles jouaient dans leur chambre avec patricia tous les soirs.",
      "see unilever.com or @unilever",
      "open unilever_2005.txt and /data/unilever/report, e.g. www.unilever.co.uk at 3.5%",  // addresses
      "said oliver nuh waan go",  // a neighbour no list knows: patois
      // A noun before a name: after an article, a role or a capital, or before a whole name.
      "a drink from the brewer Carlsberg",
      "Earlier chief constable Green questioned him",  // a title after a role
      "whose minister father John used to preach",
      "the spokesman sayd Smith would go",  // a typo of an everyday word, after a role
      "Rap mogul Simon Fuller sells",
      "said hooker Shane Byrne",
      // A word in quotes, or before a place or a nationality.
      "they are not given 'carte Blanche' to act",
      "the hills of mid Wales",
      "the mercurial French player",
      // Everyday words that are also first names.
      "we will bill Smith later",
      // A title, or a census surname that is a first name too.
      "Keegan hails comeback king Fowler",
      "it is not known how long Scott may be out",
      "The cat sat on the mat with the dog.",
      // A name the text spells in lower case three times and never with a capital: a
      // program's manual writes its name so.
      "The groff tool formats pages. Use groff for man pages; groff is old.",
  });
  check({
      {"twice in lower case is no spelling of the text's own",
       "Shares in unilever fell, and unilever said so.",
       "Shares in Unilever fell, and Unilever said so."},
      {"three times, beside a capital elsewhere",
       "Unilever rose. Shares in unilever fell, unilever said, and unilever left.",
       "Unilever rose. Shares in Unilever fell, Unilever said, and Unilever left."},
  });
}

TEST(CasingInstitutions, CapitalizesAWordInsideAnInstitutionsName) {
  check({
      {"between a capital and the name's end", "after an Irish sports Council sting",
       "after an Irish Sports Council sting"},
      {"after an acronym", "The US federal Bureau of Investigation",
       "The US Federal Bureau of Investigation"},
      {"after a direction that opens the line", "South bank Awards honour hit show",
       "South Bank Awards honour hit show"},
      {"after a name", "the Motion picture Association of America",
       "the Motion Picture Association of America"},
      {"a first word, after an article", "charges from the international Olympic Committee",
       "charges from the International Olympic Committee"},
      {"after a possessive", "backed by the UK's royal Bank of Scotland",
       "backed by the UK's Royal Bank of Scotland"},
      {"after a comma", "at the Guardian, national Audit Office figures",
       "at the Guardian, National Audit Office figures"},
      {"a head before 'of' and a name", "figures from the council of Mortgage Lenders",
       "figures from the Council of Mortgage Lenders"},
      {"before 'for'", "by the UK's department for International Development",
       "by the UK's Department for International Development"},
      {"after a capital of the name", "from the Royal academy of Dance",
       "from the Royal Academy of Dance"},
  });
  check_unchanged({
      "Greenspan told Congress",                    // not an end: a verb's object
      "Blunkett suggested Parliament should vote",  // the same
      "the Bill through Parliament",
      "The first Academy Awards were held",           // an ordinal, after the sentence's capital
      "The new Labour Party",                         // a capital that opens the sentence
      "It was over. Home sales Group figures rose.",  // an everyday word that opens it
      "the Russian conglomerate Alfa Group",          // no end right after the word
      "Securities and Exchange Commission",           // a function word
      "San Francisco police said",                    // no end after
      "the Royal Court Theatre",
      "It was a Tory controlled Council",                // a verb's form
      "the inaugural international Booker Prize",        // a word that describes it
      "a committee of MPs met in the centre of London",  // common nouns before "of"
      "the office of President Bush",
      "a national Lottery grant",  // no end of a name after
      "the international community",
      "an international Red Cross team",
  });
}

TEST(CasingHonorifics, CapitalizesAnHonorificBeforeAName) {
  check({
      {"a title only, after any word", "Manchester United boss sir Alex Ferguson said",
       "Manchester United boss Sir Alex Ferguson said"},
      {"a noun too, after a preposition", "according to lord Winston, the expert",
       "according to Lord Winston, the expert"},
      {"after a verb of speech", "said prince Charles", "said Prince Charles"},
      {"after a role", "sports minister lord Moynihan", "sports minister Lord Moynihan"},
      {"after a comma", "the guests, dame Judi Dench", "the guests, Dame Judi Dench"},
      {"at the start of a line", "queen Elizabeth opened it.", "Queen Elizabeth opened it."},
      {"an abbreviation with its stop", "a letter to mr. Blair", "a letter to Mr. Blair"},
      {"without the stop", "said dr Okafor", "said Dr Okafor"},
      {"before a name of mixed case", "said sir Ian McKellen", "said Sir Ian McKellen"},
  });
  check_unchanged({
      "the Colombian drug lord Pablo Escobar",  // a noun that a word describes
      "the drag queen Lily Savage",
      "Saudi Arabian crown prince Abdullah",
      "the comeback king Fowler",
      "Saudi Arabian prince Al-Waleed",    // a capital before
      "the law lord Lord Hoffmann",        // a title after
      "the queen and the king",            // no name after
      "Russian president Vladimir Putin",  // a description, in many house styles
      "see example.com/sir Alex",
  });
}

TEST(CasingSurnames, CapitalizesAWordNoListKnowsAfterAFirstName) {
  check({
      {"an actor", "starring Kate winslet and Jim Carrey", "starring Kate Winslet and Jim Carrey"},
      {"before a comma", "directed by Anton corbijn, who made it",
       "directed by Anton Corbijn, who made it"},
      {"before a possessive", "Kate winslet's role", "Kate Winslet's role"},
      {"a short surname", "said Keith vaz, the MP", "said Keith Vaz, the MP"},
      {"a census surname that is a word, after a census first name",
       "the shadow education secretary, Tim collins, said",
       "the shadow education secretary, Tim "
       "Collins, said"},
      {"the same, before a verb", "prop Julian white suffered an injury",
       "prop Julian White suffered an injury"},
      {"the same, after a function word that opens the sentence",
       "he said. But Tony banks, Labour MP for West Ham, disagreed.",
       "he said. But Tony Banks, Labour MP for West Ham, disagreed."},
      {"after a census first name that is also a word, mid-sentence", "said Ken kutaragi, the boss",
       "said Ken Kutaragi, the boss"},
      {"one edit from a word, after a census first name", "Pelous, Jerome thion, Lamboley",
       "Pelous, Jerome Thion, Lamboley"},
  });
  check_unchanged({
      "said Henson nonchantly",      // no name before: "Henson" is a surname
      "Ireland finsihed the year",   // a place before; and a typo
      "the Steel spokeman said",     // a typo of an everyday word
      "John sayd he would",          // the same, of four letters
      "building Debian dpkg files",  // no vowel: a program's name
      // in lower case elsewhere too: the text's own spelling
      "Add them with Debian adduser version 3. It is adduser that conforms.",
      "the Swiss drugmaker and the Australian hardcourt season",  // nationalities
      "Ariadne auf Naxos",                             // another language's function word
      "David dal Santo",                               // a name particle
      "Robbie wasn't there, and Jamie didn’t go",      // contractions
      "Mark wibble",                                   // an everyday word is no first name
      "Kate winslet-style acting, Kate kwinslet.com",  // compounds and addresses
      "Briton outsprinted him",                        // a prefix before a word
      // A census surname that is a word: a verb before "to" or an object, or after a first
      // name that does not open the name.
      "while Jim rose to the top", "That film saw Jason battle Freddy Krueger",
      "a Scott Murray cross from close range", "the ball flew into the Clyde wall",
      // An auxiliary after a first name, though the census lists it as a surname.
      "just how long Scott may be out for", "car maker Porsche may join the race",
      "Frank kutaragi talked.",  // a census first name that is a word, at a sentence start
  });
}

TEST(CasingNamesAfterTitles, CapitalizesNamesThatAreNotWords) {
  check({
      {"after Prof.", "Prof. lindqvist, how did you", "Prof. Lindqvist, how did you"},
      {"after Ms. with a surname", "Ms. ingrid Lindqvist, a Swedish oceanographer",
       "Ms. Ingrid Lindqvist, a Swedish oceanographer"},
      {"first and last name", "Ms. ingrid lindqvist said", "Ms. Ingrid Lindqvist said"},
      {"after Dr. without a stop", "Dr okafor estimated", "Dr Okafor estimated"},
      {"after President", "President obama said", "President Obama said"},
  });
  check_unchanged({
      "President bush said",  // "bush" is a word
      "Mr. and Mrs. Smith",
      "the Planning Minister didn't rule it out",
      "General elections are due",
  });
}

TEST(CasingPronounI, CapitalizesThePronoun) {
  check({
      {"between words", "so i grew up near the sea", "so I grew up near the sea"},
      {"curly contraction", "Nobody told me i’d mostly be staring",
       "Nobody told me I’d mostly be staring"},
      {"straight contraction", "and i'm fine", "and I'm fine"},
      {"line start", "i think so", "I think so"},
      {"after a quote", "he said: \"i will\"", "he said: \"I will\""},
  });
  check_unchanged({
      "the overturning circulation, i.e. the current",
      "i) the first point",
      "(i) the first point",
      "i. The first point",
      "for (i = 0; i < n; ++i)",
      "dot the i and cross the t",
      "x_i and a[i]",
      "the iPhone and iPod",
  });
}

}  // namespace
}  // namespace copydesk
