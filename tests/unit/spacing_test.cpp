// Specification of the spacing stage (lib/src/stages/spacing.hpp, rules/en/spacing.toml): the
// space after punctuation, and only where it belongs. Rows of {name, before, after} for each
// rule, then rows that must not change: what only looks like a spacing error. Precision first:
// a cleaner that changes correct text does more harm than one that misses an error. Every row
// is also checked for stability (cleaning the result again changes nothing).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "abbreviations.hpp"
#include "builtin_rules.hpp"
#include "document.hpp"
#include "expect_clean.hpp"
#include "language_evidence.hpp"
#include "matcher.hpp"
#include "stages/spacing.hpp"
#include "stages/spacing_bytes.hpp"
#include "stages/spacing_rules.hpp"

namespace copydesk {
namespace {

// The spacing rules alone, with the default pack's abbreviations: other stages (casing,
// sentence starts) do not blur what this stage does.
const Pipeline& spacing_only() {
  static const Pipeline pipeline = [] {
    PipelineOptions options;
    options.only = {"spacing.*"};
    return Pipeline::load(options);
  }();
  return pipeline;
}

struct Row {
  const char* name;
  std::string_view before;
  std::string_view after;
};

void check(const std::vector<Row>& rows, const Pipeline& pipeline = spacing_only()) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.before, row.after);
  }
}

struct Unchanged {
  const char* name;
  std::string_view text;
};

void check_unchanged(const std::vector<Unchanged>& rows,
                     const Pipeline& pipeline = spacing_only()) {
  for (const Unchanged& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.text, row.text);
  }
}

// The rule ids of the changes cleaning `text` makes.
std::vector<std::string> rules_applied(std::string_view text,
                                       const Pipeline& pipeline = spacing_only()) {
  std::vector<std::string> rules;
  for (const Change& change : pipeline.clean(text).changes) rules.push_back(change.rule);
  return rules;
}

// ---- The errors of issue 4 -------------------------------------------------------------

TEST(SpacingTest, FixesTheIssuesExamples) {
  check({
      {"closing bracket, full stop, capital", "a summit of NATO (NATO).After the summit",
       "a summit of NATO (NATO). After the summit"},
      {"sentence end", "the motion passed narrowly.The opposition",
       "the motion passed narrowly. The opposition"},
      {"comma", "markets,sending shares lower", "markets, sending shares lower"},
      {"two commas", "metals,including copper,to Europe", "metals, including copper, to Europe"},
      {"after an abbreviation", "the U.K.and its partners", "the U.K. and its partners"},
      {"after an introductory word", "Meanwhile,several firms", "Meanwhile, several firms"},
      {"a list number", "2.Rebels advance on the capital", "2. Rebels advance on the capital"},
      {"after a closing curly quote", "“Good morning,”said Hal", "“Good morning,” said Hal"},
      {"space before a comma", "coffee , cheese", "coffee, cheese"},
      {"an orphaned full stop", "an orphaned full stop .", "an orphaned full stop."},
      {"spaces inside brackets", "( foo bar )", "(foo bar)"},
      {"runs of spaces", "a  quick  look", "a quick look"},
  });
}

// ---- A missing space after a mark ----------------------------------------------------------

TEST(SpacingTest, AfterPeriod) {
  check({
      {"capital after a word", "Joy Division.Those guys", "Joy Division. Those guys"},
      {"after a year", "in 2004.The firm", "in 2004. The firm"},
      {"after a percent sign", "It fell 2%.Then it rose", "It fell 2%. Then it rose"},
      {"before an opening curly quote", "he said.“No", "he said. “No"},
      {"before an opening straight quote", "on the carpet.\"It's new,\" he said.",
       "on the carpet. \"It's new,\" he said."},
      {"before an opening bracket", "It ended.(Reuters) Then", "It ended. (Reuters) Then"},
      {"after a closing quote", "a \"floor\".The truce", "a \"floor\". The truce"},
      {"a lower-case word after a lower-case word", "in 25 years.perhaps the vote",
       "in 25 years. perhaps the vote"},
      {"after a protected host name", "see example.com.The firm", "see example.com. The firm"},
      {"after a file name", "open report.pdf.The file", "open report.pdf. The file"},
      {"the capital A after a word", "a new mission.A new era", "a new mission. A new era"},
      {"a capitalized word that is a TLD", "Profits fell.Net income rose",
       "Profits fell. Net income rose"},
      {"a two-letter acronym after a name", "across Europe.UK nominee TV Diaries",
       "across Europe. UK nominee TV Diaries"},
      {"a single capital after a name", "on 27 February.X Factor judge",
       "on 27 February. X Factor judge"},
      {"a name with an apostrophe", "replacing Denis Leamy.O'Connor will",
       "replacing Denis Leamy. O'Connor will"},
      {"non-ASCII letters", "à Montréal.Élodie répond", "à Montréal. Élodie répond"},
  });
}

TEST(SpacingTest, AfterAbbreviation) {
  check({
      {"dotted capitals", "the U.S.and Mexico", "the U.S. and Mexico"},
      {"listed Latin", "fruit, e.g.apples", "fruit, e.g. apples"},
      {"listed title", "It got to be Mr.Benn.", "It got to be Mr. Benn."},
      {"time", "at 9 a.m.on Monday", "at 9 a.m. on Monday"},
      {"initials", "C.S.Lewis wrote", "C.S. Lewis wrote"},
      {"listed degree", "a Ph.D.student", "a Ph.D. student"},
      {"two-word entry", "Smith et al.found", "Smith et al. found"},
      {"sentence end after an abbreviation", "talks with the U.S.The talks",
       "talks with the U.S. The talks"},
  });
  EXPECT_EQ(rules_applied("the U.K.and its partners"),
            std::vector<std::string>{"spacing.after-abbreviation"});
}

TEST(SpacingTest, AfterOtherMarks) {
  check({
      {"comma after a digit", "in 2004,the firm", "in 2004, the firm"},
      {"comma before a capital", "White,Mackie, Scott", "White, Mackie, Scott"},
      {"comma before an opening curly quote", "He said,“We agree.”", "He said, “We agree.”"},
      {"semicolon", "Ministers agreed;others did not.", "Ministers agreed; others did not."},
      {"colon", "The report said:the economy grew.", "The report said: the economy grew."},
      {"colon before an opening quote", "The decision read:\"We want to make it fair.\"",
       "The decision read: \"We want to make it fair.\""},
      {"colon before a single quote", "thinking:'OK, I've got it.'",
       "thinking: 'OK, I've got it.'"},
      {"exclamation mark", "last winter!And each one", "last winter! And each one"},
      {"exclamation mark before lower case", "a Yahoo!has", "a Yahoo! has"},
      {"question mark", "Is that alarming?And how sure", "Is that alarming? And how sure"},
      {"?! before a word", "Really?!Yes.", "Really?! Yes."},
      {"closing bracket", "(and for how long?)They were", "(and for how long?) They were"},
      {"closing bracket before lower case", "(see below)and then", "(see below) and then"},
      {"a conjunction in brackets", "the mini-van (and)traditional concepts",
       "the mini-van (and) traditional concepts"},
      {"a short word in brackets", "Irina Korzhanenko (shot)were all",
       "Irina Korzhanenko (shot) were all"},
      {"closing straight quote", "\"Good morning,\"said Hal.", "\"Good morning,\" said Hal."},
      {"closing quote after a full stop", "for the challenge.\"Earlier in December,\" he said.",
       "for the challenge. \"Earlier in December,\" he said."},
      {"closing quote that the parity says closes", "a \"real shame\"and more",
       "a \"real shame\" and more"},
      {"closing curly single quote", "‘Yes,’said Hal.", "‘Yes,’ said Hal."},
  });
}

// ---- Extra spaces -----------------------------------------------------------------------------

TEST(SpacingTest, BeforeMarks) {
  check({
      {"comma", "at PwC , the trend", "at PwC, the trend"},
      {"comma followed by a word", "This ,is a test sentence.", "This, is a test sentence."},
      {"comma at the end", "This ,", "This,"},
      {"full stop before a quote", "at Commerzbank . \"It is", "at Commerzbank. \"It is"},
      {"full stop after a closing quote", "Count Dracula\" . But", "Count Dracula\". But"},
      {"full stop after a bracket", "(£2.45m) . His roles", "(£2.45m). His roles"},
      {"full stop after odds", "Bez was at 9/4 . McCririck", "Bez was at 9/4. McCririck"},
      {"full stop before a closing quote", "to the EU .\" The", "to the EU.\" The"},
      {"several spaces", "the end   .", "the end."},
      {"semicolon", "agreed ; others", "agreed; others"},
      {"colon", "Bob Stewart said : \"Anyone at the top\"",
       "Bob Stewart said: \"Anyone at the top\""},
      {"exclamation mark", "left to debate !", "left to debate!"},
      {"question mark", "Is this list insane ? Surely", "Is this list insane? Surely"},
      {"question mark before another", "Why ?!", "Why?!"},
  });
}

TEST(SpacingTest, InsideBracketsAndQuotes) {
  check({
      {"opening bracket", "This ( foo bar) is a test!.", "This (foo bar) is a test!."},
      {"closing bracket", "This (foo bar ) is a test!.", "This (foo bar) is a test!."},
      {"square brackets", "prices further [ to cover costs]", "prices further [to cover costs]"},
      {"before a currency", "less than $30,000 ( £15,000).", "less than $30,000 (£15,000)."},
      {"after an ellipsis", "(Ae Fond Kiss... ). Shane", "(Ae Fond Kiss...). Shane"},
      {"German abbreviation in brackets", "ABB (  z.B. )", "ABB (z.B.)"},
      {"curly quotes", "quotation “ marks ” in it", "quotation “marks” in it"},
      {"opening straight quote", "You \" fixed\" it.", "You \"fixed\" it."},
      {"closing straight quote", "\"It changed over the last months, \" he said.",
       "\"It changed over the last months,\" he said."},
      {"closing quote after a phrase", "a \"massive vote of no confidence \" in him",
       "a \"massive vote of no confidence\" in him"},
  });
}

TEST(SpacingTest, InsideAbbreviation) {
  check({
      {"e. g.", "for English, e. g. LanguageTool.", "for English, e.g. LanguageTool."},
      {"i. e.", "public facilities, i. e., a post office",
       "public facilities, i.e., a post office"},
      {"E. g. at a sentence start", "E. g. apples.", "E.g. apples."},
  });
}

TEST(SpacingTest, MultipleSpaces) {
  check({
      {"between words", "setting down coffees  and  a plate", "setting down coffees and a plate"},
      {"a long run", "VOTE   Was Germaine Greer right", "VOTE Was Germaine Greer right"},
      {"before a dash", "'false economy'  - TUC", "'false economy' - TUC"},
      {"between sentences, in a one-space document",
       "He left.  She stayed. They argued. Nobody won.",
       "He left. She stayed. They argued. Nobody won."},
      {"in a two-space document, elsewhere", "He left.  She stayed.  A  quick look.",
       "He left.  She stayed.  A quick look."},
      {"three spaces between sentences of a two-space document",
       "He left.  She stayed.   They argued.", "He left.  She stayed.  They argued."},
  });
}

TEST(SpacingTest, TwoSpaceDocumentsGetTwoSpacesWhereOneIsMissing) {
  check({
      {"after a full stop", "He left.She stayed.  They argued.  Nobody won.",
       "He left.  She stayed.  They argued.  Nobody won."},
      {"after a question mark", "Why?She stayed.  They argued.  Nobody won.",
       "Why?  She stayed.  They argued.  Nobody won."},
      {"but one after a comma", "He left,she stayed.  They argued.  Nobody won.",
       "He left, she stayed.  They argued.  Nobody won."},
  });
}

// ---- Never touch -------------------------------------------------------------------------------

TEST(SpacingTest, LeavesNumbersAlone) {
  check_unchanged({
      {"decimal", "It rose 3.5 per cent."},
      {"thousands", "About 1,000,000 people came."},
      {"time", "We met at 10:30 on Tuesday."},
      {"score", "They won 3:1 at home."},
      {"euro with a decimal comma", "Das kostet €2,45."},
      {"leading decimal point", "This is a figure: .5 and it's correct."},
      {"version", "Upgrade to v2.1.3 now."},
      {"dollars", "This is $1,000,000."},
      {"a typo inside an amount", "It took $33.1m (£17.m), ahead of the rest."},
      {"a dash after a comma", "Das kostet 50,- Euro"},
      {"money list after a semicolon", "bn yen ($214.6bn;£114.5bn). This"},
  });
}

TEST(SpacingTest, LeavesAddressesAlone) {
  check_unchanged({
      {"hyphenated domain", "More coverage at daily-world-news.com today."},
      {"URL with commas and dots", "See https://example.org/q?a=1,2&b=x.y for more."},
      {"email", "Write to press@agency.example now."},
      {"script", "Run ./validate.sh to check the file."},
      {"file name", "Open report.pdf and read it."},
      {"bare TLD", "I'd suggest buying the .org domain."},
      {"upper-case file type", "I'd recommend resaving the .DOC as a PDF file."},
      {"domains in running text",
       "US-based Amazon.com holds a patent; dot.com survivors; fbi.gov accounts."},
      {"a domain ending in a word-like country code", "he set up his napster.no site"},
      {"a column named like a domain", "How much? Dot.life tries to find out."},
      {"chained names",
       "the fansite Halo.Bungie.Org, said: yes; a file called 7610.extended.theme.mp3"},
      {"a URL scheme", "Write to mailto:press@agency.example today."},
      {"a wiki namespace", "See Category:Politics for more."},
      {"a query string", "Try example.org/search?q=steel and x?id=3."},
      {"code-like words", "Set a,b=c or x/y.Z and #tag,more"},
      // File names in technical text: a lower-case word that is no English word on one side,
      // an extension of configuration or code, a package's conventional file.
      {"a file name of English and another word", "cp backup.environ here"},
      {"a file name of no English word", "the dirmngr.socket unit, and ispell.el"},
      {"a configuration file", "edit 70-yes-bitmaps.conf now, and load defaults.vim"},
      {"a package's conventional file", "read README.Debian first, then NEWS.Debian"},
      {"a call's or a formula's arguments", "where cv(i,j) is set, and max(a,b) too"},
      {"a glob", "run ls ????-*.diff and mv ????-*.diff there"},
      {"a manual page's address", "see man:journalctl(1) for more"},
      {"a package's architecture", "install valgrind:amd64 or libc6-dbg:i386 first"},
  });
}

TEST(SpacingTest, LeavesAbbreviationsAndInitialsAlone) {
  check_unchanged({
      {"U.S.", "The U.S. economy grew."},
      {"U.K.", "U.K. officials said so."},
      {"e.g. and i.e.", "Fruit, e.g. apples, i.e. the red ones."},
      {"e.g., with a comma", "There are several grammar checkers for English, e.g., LanguageTool."},
      {"a.m.", "It opened at 9 a.m. on Monday."},
      {"Ph.D.", "She earned her Ph.D. in Gothenburg."},
      {"unspaced initials", "C.S. Lewis wrote it."},
      {"spaced initials", "C. S. Lewis wrote it."},
      {"spaced initials that spell e.g.", "E. G. Erdos, L. E. Boggs, C. D. Mackey"},
      {"after a hyphen", "Sino-U.S. ties are strong."},
      {"before a hyphen", "The U.S.-Mexico border."},
      {"three letters", "The U.S.A. team won."},
      {"plural of an abbreviation", "Two Ph.D.s and three M.P.s"},
      {"possessive of an abbreviation", "The U.S.'s plan."},
      {"in Nov.", "In Nov. next year."},
  });
}

TEST(SpacingTest, LeavesMarksThatBelongTogetherAlone) {
  check_unchanged({
      {"ellipsis", "It is a start... she said."},
      {"ellipsis before a word", "they were...it is a very odd thing"},
      {"ellipsis character before a word", "Wait…Then it ended."},
      {"ellipsis after a space", "This is a sentence with ellipsis ..."},
      {"spaced ellipsis", "Ellipsis . . . as suggested by The Chicago Manual of Style"},
      {"?!", "What?! Really?!"},
      {"!.", "This is a test!."},
      {"double full stop", "after lunch.. Franco-German talks"},
      {"brand with an exclamation mark", "My records sit in a Yahoo! mailbox."},
      {"brand with an exclamation mark, possessive", "OutRage!'s Mr Lock said"},
      {"E!", "She hosts a show on E! every week."},
      {"low opening quote", "This is a ,,test''."},
      {"apostrophes", "It’s the players’ union, rock ’n’ roll and the 5” screen."},
      {"straight apostrophes", "It's the players' union and rock 'n' roll."},
      {"quotes of every kind",
       "A sentence 'with' ten \"correct\" examples of ’using’ quotation “marks” at «once» in it."},
      {"word(s)", "(s)he can (re)open the file(s) in f(x), (un)likely and (dis)agree"},
      {"names glued on purpose",
       "TalkTalk and One.Tel; Zafi.D and Bagle.AT or Bagle.AU; ASP.NET; CSI:NY; CD:UK; SM:tv"},
      {"HTML entity", "This Q&amp;A was edited."},
      {"non-breaking spaces", "This is,\xC2\xA0really,\xC2\xA0non-breaking whitespace."},
      {"scripts without spaces", "中文,中文。"},
      {"virus variants", "The Zafi.D virus; Bagle.AT, Bagle.BB and Bagle.AU."},
      {"a citation after a full stop", "as he said.[1] The next"},
      {"a German quote in English text", "He said „Hallo“ to me and left."},
      {"a chain of colons", "The device aa:bb:cc:dd was found."},
  });
}

TEST(SpacingTest, LeavesEmoticonsAndDrawingsAlone) {
  check_unchanged({
      {"emoticons", "Great :-) thanks :) and ;-) or :("},
      {"a sad face in brackets", "Sad :( but fine"},
      {"an emoticon alone", ":-)"},
      {"kaomoji", "( o¬ô )"},
      {"angry face", "OK??:(   `¬´    ):"},
      {"leetspeak", "BÄDÄÑ....?????????,                     ......JÄDÍ..."},
  });
}

TEST(SpacingTest, LeavesMarkdownAlone) {
  check_unchanged({
      {"checkbox", "- [ ] A checkbox at GitHub"},
      {"checked checkbox", "- [x] A checked checkbox at GitHub"},
      {"table with padded cells",
       "| Port      | Containers , 2021 |\n|-----------|------:|\n| Rotterdam | 15.3  |"},
      {"table without outer bars", "Port   | TEU\nRotterdam | 15.3"},
      {"inline code", "Pass `--ports=RTM,ANR` and `a  ,b` as shown."},
      {"fenced code",
       "Run:\n\n```bash\nportstats --clean raw.csv  --out clean.csv\nfoo(a,b).Bar\n```\n"},
      {"indented code", "Run this:\n\n    x  =  f(a,b)\n    print(x ,y)\n\nDone."},
      {"hard line break", "First line  \nsecond line"},
  });
}

TEST(SpacingTest, LeavesLayoutAlone) {
  check_unchanged({
      {"indentation", "    An indented paragraph.\n  Another line."},
      {"trailing spaces", "A line.   \nNext line."},
      {"tabs", "Name\tAge\nBob\t\t42"},
      {"aligned columns", "Team        P  W  D\nChelsea     5  4  1\nArsenal     5  3  2"},
      {"two spaces after sentences as the convention",
       "He left.  She stayed.  They argued.  Nobody won."},
      {"line breaks", "This is a text\nAnd there's the next sentence.\n\nAnd another."},
      {"a line of code ending in a semicolon", "  int x = f(a,b)  ;"},
      {"a line starting with a mark", "the race was won by\n\n, who had to fight"},
      {"a line of code",
       "  if (result.text != text) {\n    std::cerr << \"changed: \" << result.text;\n  }"},
  });
}

TEST(SpacingTest, LeavesOtherLanguagesAlone) {
  check_unchanged({
      {"French spacing before marks",
       "Le président a dit : « Nous sommes prêts ! » Les ministres sont d’accord ; la réunion est "
       "terminée et les décisions sont prises pour cette année ?"},
      {"German",
       "Der Vertrag ist nicht unterzeichnet , sagte die Ministerin , und das Parlament wird ihn "
       "auch nicht vor dem Sommer prüfen ."},
  });
  // An English paragraph beside a French one is still cleaned.
  EXPECT_CLEAN_WITH(
      spacing_only(),
      "Il a dit : « Nous sommes prêts ! » Les ministres sont d’accord et la réunion est "
      "terminée pour cette année .\n\nThe minister said it was over , and left.",
      "Il a dit : « Nous sommes prêts ! » Les ministres sont d’accord et la réunion est "
      "terminée pour cette année .\n\nThe minister said it was over, and left.");
  // A team sheet of names with "van der" and "Du" is English.
  EXPECT_CLEAN_WITH(spacing_only(),
                    "B Paulse, M Joubert , J van der Westhuyzen; F Du Preez ; O Du Randt , J Smit.",
                    "B Paulse, M Joubert, J van der Westhuyzen; F Du Preez; O Du Randt, J Smit.");
}

TEST(SpacingTest, LanguageEvidence) {
  EXPECT_FALSE(count_function_words("the cat and the dog").other_language());
  EXPECT_TRUE(count_function_words("Le chat et le chien sont dans la maison avec les enfants")
                  .other_language());
  EXPECT_FALSE(count_function_words("Das kostet 50 Euro").decisive());
  EXPECT_FALSE(count_function_words(
                   "J van der Westhuyzen, F Du Preez, O Du Randt, J Smit, E Andrews, B Botha, "
                   "V Matfield, S Burger, J van Niekerk, P Montgomery, B Paulse, M Joubert")
                   .other_language());
}

// ---- Rules, options and the engine ---------------------------------------------------------

TEST(SpacingTest, EachFixHasItsOwnRule) {
  const std::vector<std::pair<std::string_view, std::string>> rows = {
      {"narrowly.The", "spacing.after-period"},   {"U.K.and", "spacing.after-abbreviation"},
      {"markets,sending", "spacing.after-comma"}, {"agreed;others", "spacing.after-semicolon"},
      {"said:the", "spacing.after-colon"},        {"winter!And", "spacing.after-exclamation"},
      {"alarming?And", "spacing.after-question"}, {"(see below)and", "spacing.after-bracket"},
      {"“Hi,”said Hal", "spacing.after-quote"},   {"coffee , cheese", "spacing.before-comma"},
      {"full stop .", "spacing.before-period"},   {"agreed ; others", "spacing.before-semicolon"},
      {"said : the", "spacing.before-colon"},     {"debate !", "spacing.before-exclamation"},
      {"insane ?", "spacing.before-question"},    {"( foo)", "spacing.inside-brackets"},
      {"“ marks”", "spacing.inside-quotes"},      {"e. g. this", "spacing.inside-abbreviation"},
      {"a  quick", "spacing.multiple-spaces"},
  };
  ASSERT_EQ(rows.size(), spacing::kRuleCount);
  for (const auto& [text, rule] : rows) {
    SCOPED_TRACE(std::string(text));
    EXPECT_EQ(rules_applied(text), std::vector<std::string>{rule});
  }
  // Every rule is declared in the default pack and enabled.
  std::vector<std::string> declared;
  for (const RuleSummary& rule : spacing_only().rules()) {
    if (rule.stage == "spacing" && rule.enabled) declared.push_back(rule.id);
  }
  std::vector<std::string> expected;
  for (std::string_view id : spacing::rule_ids()) expected.emplace_back(id);
  EXPECT_EQ(declared, expected);
}

TEST(SpacingTest, AHousePackCanSwitchOneRuleOff) {
  PipelineOptions options;
  options.disable = {"spacing.multiple-spaces"};
  const Pipeline pipeline = Pipeline::load(options);
  EXPECT_CLEAN_WITH(pipeline, "a  quick look,then coffee , cheese",
                    "a  quick look, then coffee, cheese");
  options.disable = {"spacing.after-comma", "spacing.before-comma"};
  EXPECT_CLEAN_WITH(Pipeline::load(options), "a  quick look,then coffee , cheese",
                    "a quick look,then coffee , cheese");
}

TEST(SpacingTest, RunsInTheDefaultPipeline) {
  const CleanResult result = testing::default_pipeline().clean("markets,sending shares lower");
  EXPECT_EQ(result.text, "markets, sending shares lower");
  ASSERT_EQ(result.changes.size(), 1u);
  EXPECT_EQ(result.changes[0].rule, "spacing.after-comma");
  EXPECT_EQ(result.changes[0].offset, 8u);
  EXPECT_EQ(result.changes[0].length, 0u);
}

// The matcher alone, with options a pack would give it.
std::string clean_with(std::string_view text, const std::map<std::string, std::string>& options,
                       const AbbreviationList& abbreviations = AbbreviationList()) {
  BuiltinContext context;
  for (std::string_view id : spacing::rule_ids()) {
    context.enabled.emplace(id);
    context.options[std::string(id)] = {};
  }
  context.options["spacing.multiple-spaces"] = options;
  context.abbreviations = &abbreviations;
  const auto matcher = make_spacing_matcher(context);
  const Document document(text, abbreviations);
  EditSink sink;
  matcher->propose(document, sink);
  EditSet edits;
  for (const EditSink::Proposal& proposal : sink.proposals()) {
    EXPECT_FALSE(edits.add(proposal.edit).has_value()) << proposal.edit.describe();
  }
  return apply_edits(text, edits);
}

TEST(SpacingTest, SentenceGapOption) {
  const std::string one_space = "He left.She stayed. They argued.";
  const std::string two_spaces = "He left.She stayed.  They argued.  Nobody won.";
  EXPECT_EQ(clean_with(one_space, {}), "He left. She stayed. They argued.");
  EXPECT_EQ(clean_with(two_spaces, {}), "He left.  She stayed.  They argued.  Nobody won.");
  EXPECT_EQ(clean_with(two_spaces, {{"sentence_gap", "auto"}}),
            "He left.  She stayed.  They argued.  Nobody won.");
  EXPECT_EQ(clean_with(two_spaces, {{"sentence_gap", "one"}}),
            "He left. She stayed. They argued. Nobody won.");
  EXPECT_EQ(clean_with(one_space, {{"sentence_gap", "two"}}), "He left.  She stayed. They argued.");
}

TEST(SpacingTest, KeepOption) {
  EXPECT_EQ(clean_with("TalkTalk and Acme.Net,and Foo:bar", {}),
            "TalkTalk and Acme. Net, and Foo: bar");
  EXPECT_EQ(clean_with("TalkTalk and Acme.Net,and Foo:bar", {{"keep", "Acme.Net Foo:"}}),
            "TalkTalk and Acme.Net, and Foo:bar");
}

TEST(SpacingTest, UsesThePacksAbbreviations) {
  AbbreviationList abbreviations;
  abbreviations.add("Xyz.");
  for (int i = 0; i < 10000; ++i) abbreviations.add("Ab" + std::to_string(i) + "c.");
  EXPECT_EQ(clean_with("the Xyz.and more", {}, abbreviations), "the Xyz. and more");
  EXPECT_EQ(clean_with("the Xyz.and more", {}),
            "the Xyz.and more");  // "and" after "Xyz." is no sentence
}

// ---- The byte searches (spacing_bytes.hpp) ------------------------------------------------

// The positions of the bits set in `mask`.
std::vector<std::size_t> bits(std::uint64_t mask) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < 64; ++k) {
    if ((mask >> k) & 1) out.push_back(k);
  }
  return out;
}

TEST(SpacingBytesTest, Classify64) {
  using V = std::vector<std::size_t>;
  struct Case {
    std::string text;
    std::size_t base;
    V unusual;
    V double_space;
  };
  const std::string plain(70, 'a');
  std::string long_text = plain;  // 70 letters, then marks and spaces at known places
  long_text[15] = ',';
  long_text[16] = '.';
  long_text[63] = ' ';  // a pair that crosses the 64 bytes: byte 63 and byte 64
  long_text[64] = ' ';
  long_text[40] = '\xC3';
  long_text[41] = '\xA9';
  const std::vector<Case> cases = {
      {"a  quick,look", 0, {8}, {1}},
      {"markets,sending", 0, {7}, {}},
      {"a   b", 0, {}, {1, 2}},
      {"", 0, {}, {}},
      {"x  ", 0, {}, {1}},
      {long_text, 0, {15, 16, 40, 41}, {63}},
      {long_text, 64, {}, {}},  // byte 64 is a space followed by a letter
      {plain + "-(9)", 64, {6, 7, 9}, {}},
      {std::string(64, 'b') + "  .", 0, {}, {}},
      {std::string(63, 'b') + "  .", 0, {}, {63}},
      {"Zq09 AZaz{}@[`", 0, {9, 10, 11, 12, 13}, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("\"" + c.text + "\" from " + std::to_string(c.base));
    const spacing::ByteMasks masks = spacing::classify_64(c.text, c.base);
    EXPECT_EQ(bits(masks.unusual), c.unusual);
    EXPECT_EQ(bits(masks.double_space), c.double_space);
  }
}

// ---- Regressions found on the corpora -----------------------------------------------------

TEST(SpacingTest, RegressionBbcRealErrorsAreFound) {
  // shared/corpora/SOURCES.md lists these as real errors in the clean BBC text.
  check({
      {"entertainment/253", "have been Joy Division.Those guys",
       "have been Joy Division. Those guys"},
      {"politics/111", "UK Independence Party,said \"our country\" was",
       "UK Independence Party, said \"our country\" was"},
      {"sport/214", "Barnard, White,Mackie, Scott", "Barnard, White, Mackie, Scott"},
      {"tech/268", "the European Union,dismissed IBM's move",
       "the European Union, dismissed IBM's move"},
  });
}

TEST(SpacingTest, RegressionInstallConsumerSourceIsNotProse) {
  // tests/install/consumer.cpp is checked with `copydesk --check`: code lines stay as written.
  check_unchanged({
      {"member call", "  const copydesk::CleanResult result = pipeline.clean(text);"},
      {"condition", "  if (result.text != text) {"},
      {"string with a leading space",
       "  std::cout << \"consumer ok: \" << pipeline.rules().size() << \" rules\\n\";"},
  });
}

TEST(SpacingTest, RegressionAnHtmlEntityEndingALineIsNoCode) {
  // sport/340 ends a paragraph with "&lt;": its prose is still cleaned.
  check({{"entity at the end", "France suffered a shock  loss. &lt;",
          "France suffered a shock loss. &lt;"}});
}

TEST(SpacingTest, RegressionRulesThatMeetAgreeInOnePass) {
  // Found by cleaning random mixes of marks, quotes, abbreviations and spaces twice: where one
  // rule's change makes room for another, both happen in the first pass.
  check({
      {"abbreviations glued together", "Mr.U.K.Mr.", "Mr. U.K. Mr."},
      {"an abbreviation then a word with a full stop", "e.g.word.Then", "e.g. word. Then"},
      {"e. g. with two spaces before a word", "? e.  g.The", "? e.g. The"},
      {"a space inserted before an opening quote", "e.“ g.", "e. “g."},
      {"spaces before a colon and a word after it", "The  :word", "The: word"},
      {"a colon after a quote", "\"   :worde", "\": worde"},
      {"spaces before a semicolon", "i    ;é", "i; é"},
      {"spaces before ?! and a word after", "Really  ?!Yes", "Really?! Yes"},
      {"an abbreviation after a word that gets its space", "It AB.S. U.S. go", "It AB. S. U.S. go"},
      {"a bracket whose spaces go", "[so it goes…  ]word", "[so it goes…] word"},
      // Spaces before a line's '\r' trail it: they align with no column of the line above,
      // whose run of spaces goes, so the line is cleaned in the same pass.
      {"trailing spaces before a CR under a run of spaces",
       "It said ”    adduser , ok\r\nbut ” -l ,   \r\n", "It said” adduser, ok\r\nbut” -l,   \r\n"},
  });
  // Text that is no prose at all must at least come out stable.
  for (std::string_view text :
       {"e.e”,TheU.K.:i", "Yahoo!  !!Yahoo", "wordMr.:http://x.org/a :e中文.", "'.'wordU.K.",
        "a(:-)(...&amp;...Mr.3.5e.g.ii];wordU.K.‘ e.The"}) {
    SCOPED_TRACE(std::string(text));
    const std::string once = spacing_only().clean(text).text;
    EXPECT_EQ(spacing_only().clean(once).text, once);
  }
  check_unchanged({
      {"a colon before a single letter", "e :i"},
      {"a comma with spaces before an opening quote", "said ,“We"},
      {"an emoticon after a colon", "':( Iword;)"},
      // The space after a single mark glued to a word is not added, so the one before stays.
      {"a question mark glued to the word after it", "next week ?Paris"},
      {"an exclamation mark glued to the word after it", "they said !Then"},
  });
}

TEST(SpacingTest, RegressionMojibakeIsNotAWord) {
  // The unicode stage repairs "â€" to "”"; until then it is no word to put a space before.
  check_unchanged(
      {{"mojibake right quote", "â€œWe are trading faster than the ocean can cope,â€ she said"}});
}

}  // namespace
}  // namespace copydesk
