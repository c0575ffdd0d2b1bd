// Specification of protected spans (lib/src/protected_spans.hpp): the parts of a document no
// rule may change, found with the abbreviation list of the default pack. Precision matters more
// than recall here, in both directions: what is protected must never be changed, and what is
// a real error (a missing space after a full stop) must stay fixable.
#include "protected_spans.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "abbreviations.hpp"
#include "edit.hpp"

namespace copydesk {
namespace {

const AbbreviationList& default_abbreviations() {
  static const AbbreviationList list = [] {
    std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/rules/en/abbreviations.txt",
                     std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    AbbreviationList abbreviations;
    abbreviations.add_lines(content.str());
    return abbreviations;
  }();
  return list;
}

ProtectedSpans spans_of(std::string_view text) {
  return find_protected_spans(text, default_abbreviations());
}

// "[begin,end) kind 'text'" for every span: failures show what was found.
std::string describe(std::string_view text, const ProtectedSpans& spans) {
  std::string out;
  for (const ProtectedSpan& s : spans.spans()) {
    out += "\n  [" + std::to_string(s.begin) + "," + std::to_string(s.end) + ") " +
           to_string(s.kind) + " '" + std::string(text.substr(s.begin, s.end - s.begin)) + "'";
  }
  return out.empty() ? "\n  (no spans)" : out;
}

Edit insert_at(std::size_t offset) {
  return Edit{offset, 0, " ", "test"};
}
Edit replace_range(std::size_t begin, std::size_t end) {
  return Edit{begin, end - begin, "x", "test"};
}

struct Expected {
  std::string_view text;  // must be exactly one protected span: its first occurrence in the row
  SpanKind kind;
};

struct ProtectRow {
  const char* name;
  std::string_view text;
  std::vector<Expected> protect;
};

void check_span(std::string_view text, const ProtectedSpans& spans, const Expected& e) {
  SCOPED_TRACE("expected span '" + std::string(e.text) + "' (" + to_string(e.kind) + ")");
  const std::size_t begin = text.find(e.text);
  ASSERT_NE(begin, std::string_view::npos) << "bad row: not in the text";
  const std::size_t end = begin + e.text.size();
  const ProtectedSpan* span = spans.find(begin);
  ASSERT_NE(span, nullptr) << "not protected; found:" << describe(text, spans);
  EXPECT_EQ(span->begin, begin) << describe(text, spans);
  EXPECT_EQ(span->end, end) << describe(text, spans);
  EXPECT_EQ(span->kind, e.kind) << describe(text, spans);
  // What that means for rules: nothing inside may change, its edges stay open.
  for (std::size_t i = begin + 1; i < end; ++i)
    EXPECT_FALSE(spans.allows(insert_at(i))) << "insert at " << i;
  EXPECT_FALSE(spans.allows(replace_range(begin, end)));
  EXPECT_TRUE(spans.allows(insert_at(begin)));
  EXPECT_TRUE(spans.allows(insert_at(end)));
}

// Each of `texts` holds no code span.
void check_no_code(std::initializer_list<std::string_view> texts) {
  for (const std::string_view text : texts) {
    SCOPED_TRACE(text);
    const ProtectedSpans spans = spans_of(text);
    for (const ProtectedSpan& span : spans.spans()) {
      EXPECT_NE(span.kind, SpanKind::kCode) << describe(text, spans);
    }
  }
}

void check_protected(const std::vector<ProtectRow>& rows) {
  for (const ProtectRow& row : rows) {
    SCOPED_TRACE(std::string(row.name) + ": \"" + std::string(row.text) + "\"");
    const ProtectedSpans spans = spans_of(row.text);
    for (const Expected& e : row.protect) check_span(row.text, spans, e);
  }
}

TEST(ProtectedSpansTest, Urls) {
  check_protected({
      {"query with comma, ampersand and dots",
       "See https://example.org/q?a=1,2&b=x.y for more",
       {{"https://example.org/q?a=1,2&b=x.y", SpanKind::kUrl}}},
      {"www without a scheme",
       "Visit www.example.com/path today",
       {{"www.example.com/path", SpanKind::kUrl}}},
      {"full stop at sentence end is not part of it",
       "Details at https://example.org/news.",
       {{"https://example.org/news", SpanKind::kUrl}}},
      {"full stop after www URL",
       "Visit www.example.com/path.",
       {{"www.example.com/path", SpanKind::kUrl}}},
      {"closing bracket around it is not part of it",
       "(see https://example.org/a)",
       {{"https://example.org/a", SpanKind::kUrl}}},
      {"comma after it is not part of it",
       "At https://example.org/a, the report said",
       {{"https://example.org/a", SpanKind::kUrl}}},
      {"Wikipedia-style brackets inside are part of it",
       "Read https://en.wikipedia.org/wiki/Foo_(bar) now",
       {{"https://en.wikipedia.org/wiki/Foo_(bar)", SpanKind::kUrl}}},
      {"Wikipedia-style brackets, then a closing bracket and a full stop",
       "(Read https://en.wikipedia.org/wiki/Foo_(bar)).",
       {{"https://en.wikipedia.org/wiki/Foo_(bar)", SpanKind::kUrl}}},
      {"URL at the very start", "http://x.org/a,b", {{"http://x.org/a,b", SpanKind::kUrl}}},
      {"closing curly quote after it",
       "\xE2\x80\x9Chttps://example.org/a\xE2\x80\x9D",
       {{"https://example.org/a", SpanKind::kUrl}}},
  });
}

TEST(ProtectedSpansTest, EmailsAndHandles) {
  check_protected({
      {"email with a made-up domain",
       "Write to press@agency.example today",
       {{"press@agency.example", SpanKind::kEmail}}},
      {"email with hyphens in the host",
       "Contact press@daily-world-news.com.",
       {{"press@daily-world-news.com", SpanKind::kEmail}}},
      {"email with dots and plus in the local part",
       "(j.doe+news@example.co.uk)",
       {{"j.doe+news@example.co.uk", SpanKind::kEmail}}},
      {"handle", "follow @copydesk for news", {{"@copydesk", SpanKind::kHandle}}},
      {"handle followed by a comma", "said @copy_desk, who", {{"@copy_desk", SpanKind::kHandle}}},
  });
}

TEST(ProtectedSpansTest, DomainsAndFileNames) {
  check_protected({
      {"hyphenated domain",
       "reported by daily-world-news.com on Monday",
       {{"daily-world-news.com", SpanKind::kDomain}}},
      {"capitalized name with a lower-case TLD",
       "Amazon.com said",
       {{"Amazon.com", SpanKind::kDomain}}},
      {"country-code host of four labels",
       "on news.bbc.co.uk yesterday",
       {{"news.bbc.co.uk", SpanKind::kDomain}}},
      {"domain at sentence end", "It moved to example.org.", {{"example.org", SpanKind::kDomain}}},
      {"bare TLD as a word", "the .org domain", {{".org", SpanKind::kDomain}}},
      {"domain with a path",
       "see example.com/news, then",
       {{"example.com/news", SpanKind::kDomain}}},
      {"domain before a missing space",
       "see example.com.The firm",
       {{"example.com", SpanKind::kDomain}}},
      {"file name before a missing space",
       "open report.pdf.The file",
       {{"report.pdf", SpanKind::kPath}}},
      {"file name", "download report.pdf now", {{"report.pdf", SpanKind::kPath}}},
      {"file name at sentence end", "attached as report.pdf.", {{"report.pdf", SpanKind::kPath}}},
      {"script in the current folder",
       "run ./validate.sh first",
       {{"./validate.sh", SpanKind::kPath}}},
      {"parent folder", "go to ../x then", {{"../x", SpanKind::kPath}}},
      {"absolute path", "look in /usr/share/dict.", {{"/usr/share/dict", SpanKind::kPath}}},
      {"home path in brackets", "(~/notes/a.txt)", {{"~/notes/a.txt", SpanKind::kPath}}},
      {"Windows path", "saved to C:\\Users\\x.", {{"C:\\Users\\x", SpanKind::kPath}}},
      {"host in capitals", "shop at AMAZON.COM today", {{"AMAZON.COM", SpanKind::kDomain}}},
  });
}

TEST(ProtectedSpansTest, Numbers) {
  check_protected({
      {"decimal", "rose 3.5 percent", {{"3.5", SpanKind::kNumber}}},
      {"thousands separators", "about 1,000,000 people", {{"1,000,000", SpanKind::kNumber}}},
      {"time", "at 10:30 on Monday", {{"10:30", SpanKind::kNumber}}},
      {"score", "won 3:1.", {{"3:1", SpanKind::kNumber}}},
      {"euro with a decimal comma: the digits",
       "costs \xE2\x82\xAC"
       "2,45 each",
       {{"2,45", SpanKind::kNumber}}},
      {"leading decimal point", "fell by .5 points", {{".5", SpanKind::kNumber}}},
      {"version: the dotted digits", "upgrade to v2.1.3 now", {{"2.1.3", SpanKind::kNumber}}},
      {"number at sentence end keeps its full stop outside",
       "It was 3.5.",
       {{"3.5", SpanKind::kNumber}}},
  });
}

// The scan skips plain bytes sixteen at a time: a span is found wherever it stands, in a
// block of sixteen, across two, or in the bytes left over at the end.
TEST(ProtectedSpansTest, FoundAtEveryOffset) {
  const std::vector<Expected> spans = {
      {"^_^", SpanKind::kEmoticon},     {";)", SpanKind::kEmoticon},
      {"@copydesk", SpanKind::kHandle}, {"~/notes", SpanKind::kPath},
      {"1,000", SpanKind::kNumber},     {"example.org", SpanKind::kDomain},
      {"<3", SpanKind::kEmoticon},      {"a@example.org", SpanKind::kEmail},
  };
  for (const Expected& e : spans) {
    for (std::size_t lead = 0; lead < 40; ++lead) {
      for (const std::size_t tail : {0, 1, 7, 20}) {
        const std::string text = std::string(lead, 'a') + (lead > 0 ? " " : "") +
                                 std::string(e.text) + (tail > 0 ? " " : "") +
                                 std::string(tail, 'b');
        SCOPED_TRACE("\"" + text + "\"");
        check_span(text, spans_of(text), e);
      }
    }
  }
}

TEST(ProtectedSpansTest, AbbreviationsAndInitials) {
  check_protected({
      {"U.S.", "the U.S. economy", {{"U.S.", SpanKind::kAbbreviation}}},
      {"U.K. at sentence start", "U.K. officials said", {{"U.K.", SpanKind::kAbbreviation}}},
      {"e.g.", "fruit, e.g. apples", {{"e.g.", SpanKind::kAbbreviation}}},
      {"i.e.", "one, i.e. the first", {{"i.e.", SpanKind::kAbbreviation}}},
      {"E.g. capitalized at a sentence start", "E.g. apples", {{"E.g.", SpanKind::kAbbreviation}}},
      {"a.m.", "at 9 a.m. on Monday", {{"a.m.", SpanKind::kAbbreviation}}},
      {"listed with a two-letter part",
       "holds a Ph.D. in physics",
       {{"Ph.D.", SpanKind::kAbbreviation}}},
      {"title", "said Dr. Smith", {{"Dr.", SpanKind::kAbbreviation}}},
      {"unspaced initials", "C.S. Lewis wrote", {{"C.S.", SpanKind::kAbbreviation}}},
      {"spaced initials", "C. S. Lewis wrote", {{"C. S.", SpanKind::kInitials}}},
      {"spaced initials that spell a listed abbreviation",
       "E. G. Erdos spoke",
       {{"E. G.", SpanKind::kInitials}}},
      {"after a hyphen", "Sino-U.S. ties", {{"U.S.", SpanKind::kAbbreviation}}},
      {"before a hyphen", "U.S.-Mexico border", {{"U.S.", SpanKind::kAbbreviation}}},
      {"listed entry of two words", "Smith et al. found", {{"et al.", SpanKind::kAbbreviation}}},
      {"listed entry of two words at sentence end",
       "Smith et al.",
       {{"et al.", SpanKind::kAbbreviation}}},
      {"listed entry of two words before a comma",
       "Smith et al., 2020",
       {{"et al.", SpanKind::kAbbreviation}}},
      {"three dotted letters", "the U.S.A. team", {{"U.S.A.", SpanKind::kAbbreviation}}},
      {"time glued to its number", "at 5p.m. on Friday", {{"p.m.", SpanKind::kAbbreviation}}},
      {"time glued to a clock time",
       "met at 3:30p.m.",
       {{"3:30", SpanKind::kNumber}, {"p.m.", SpanKind::kAbbreviation}}},
  });
}

TEST(ProtectedSpansTest, MarkdownCode) {
  check_protected({
      {"inline code", "use `a,b` here", {{"`a,b`", SpanKind::kCode}}},
      {"inline code with double backticks", "use ``a ` b`` here", {{"``a ` b``", SpanKind::kCode}}},
      {"backtick fence",
       "Intro.\n```\nx=1,y=2\nfoo.Bar\n```\nAfter,this",
       {{"```\nx=1,y=2\nfoo.Bar\n```", SpanKind::kCode}}},
      {"tilde fence with an info string",
       "Intro.\n~~~ python\nprint(a,b)\n~~~\nend",
       {{"~~~ python\nprint(a,b)\n~~~", SpanKind::kCode}}},
      {"a shorter fence does not close a longer one",
       "````\na,b\n```\nc,d\n````\nend",
       {{"````\na,b\n```\nc,d\n````", SpanKind::kCode}}},
      {"unclosed fence runs to the end",
       "Intro.\n```\nx=1,y=2\nstill,code",
       {{"```\nx=1,y=2\nstill,code", SpanKind::kCode}}},
      {"inline code after a fenced block",
       "```\na\n```\nthen `b,c` here",
       {{"`b,c`", SpanKind::kCode}}},
      {"a stray backtick protects nothing beyond its paragraph",
       "He typed ` by mistake.\n\nNext paragraph,with `code` here.",
       {{"`code`", SpanKind::kCode}}},
      {"lines indented four spaces after a blank line",
       "Build it with:\n\n    cmake -S src -B build\n    cmake --build build\n\nThen run it.",
       {{"cmake -S src -B build", SpanKind::kCode}, {"cmake --build build", SpanKind::kCode}}},
      {"a tab, and a blank line inside the block",
       "Run:\n\n\tmake all\n\n\tmake install\r\nDone.",
       {{"make all", SpanKind::kCode}, {"make install", SpanKind::kCode}}},
  });
  // Indented lines that continue a paragraph, or come after a line set in less, are prose.
  check_no_code({"The minister said\n    the vote passed.", "  cmake builds it.\n\n  cmake runs.",
                 "Intro.\n\nA paragraph\n    indented under it."});
}

TEST(ProtectedSpansTest, MarkupAndVersionControlKeywords) {
  check_protected({
      {"an HTML tag with attributes",
       "## <a id=\"tcl\">2.</a> See Tcl",
       {{"<a id=\"tcl\">", SpanKind::kCode}, {"</a>", SpanKind::kCode}}},
      {"a self-closing tag", "one<br/>two", {{"<br/>", SpanKind::kCode}}},
      {"a tag with a hyphenated name",
       "<my-tag class=\"x\">",
       {{"<my-tag class=\"x\">", SpanKind::kCode}}},
      {"an RCS keyword",
       "$Id: README.Debian,v 1.2 2003/06/17 04:09:49 david Exp $\n\nText",
       {{"$Id: README.Debian,v 1.2 2003/06/17 04:09:49 david Exp $", SpanKind::kCode}}},
      {"an unexpanded RCS keyword", "see $Id$ here", {{"$Id$", SpanKind::kCode}}},
      {"a project's own RCS keyword",
       "-- $MawkId: README,v 1.6 2019/01/29 02:05:45 tom Exp $\nText",
       {{"$MawkId: README,v 1.6 2019/01/29 02:05:45 tom Exp $", SpanKind::kCode}}},
      {"a Markdown link named after its address's last part",
       "thanks to [marsonya](https://github.com/marsonya) and others",
       {{"marsonya", SpanKind::kCode}, {"https://github.com/marsonya", SpanKind::kUrl}}},
  });
  // Comparisons, arrows and hearts are no tags; nor is a tag that the line does not close, or
  // a link text that is no part of its address.
  check_no_code({"if a < b and c > d", "I <3 you > them", "x <- y", "<not closed\nhere>",
                 "$Idle $5",
                 "It cost $5,v 2 of it $3",  // ",v " after a dollar that opens no keyword
                 "read [the guide](https://example.org/guide) now"});
}

TEST(ProtectedSpansTest, QuotedCommands) {
  check_protected({
      {"a command line in quotes",
       "Try \"valgrind ls -l\". Either this works",
       {{"valgrind ls -l", SpanKind::kCode}}},
      {"a long option, in curly quotes",
       "Run \u201Cvim --clean\u201D to start afresh.",
       {{"vim --clean", SpanKind::kCode}}},
  });
  // Speech starts with a capital; a quote without an option, or across lines, is prose.
  check_no_code({"\"We have quality, style -and price,\" he said.",
                 "He called it \"a well-known fact\" and left.", "Type \"make\" then.",
                 "a \"split\nline -x\" quote"});
}

TEST(ProtectedSpansTest, EmoticonsAndByteOrderMark) {
  check_protected({
      {"emoticon", "Great :-) thanks", {{":-)", SpanKind::kEmoticon}}},
      {"emoticon at the end", "Great :)", {{":)", SpanKind::kEmoticon}}},
      {"byte order mark", "\xEF\xBB\xBFHello,world", {{"\xEF\xBB\xBF", SpanKind::kByteOrderMark}}},
  });
}

// The errors later stages must be able to fix: nothing here is protected at all.
TEST(ProtectedSpansTest, MissingSpacesAreNotProtected) {
  struct Row {
    const char* name;
    std::string_view text;
  };
  const std::vector<Row> rows = {
      {"closing bracket, full stop, capital", "(NATO).After"},
      {"word, full stop, capital", "narrowly.The"},
      {"word, comma, word", "markets,sending"},
      {"digit, full stop, capital", "2.Rebels"},
      {"year, full stop, capital", "in 2004.The"},
      {"capitalized word, full stop, capital", "Division.Those"},
      {"word, full stop, capitalized word that is a TLD in lower case", "the deal.Com"},
      {"word, question mark, capital", "Why?Because"},
      {"two sentences with digits", "It fell 2%.Then it rose 3 points.Analysts"},
      {"quote after a full stop", "he said.\xE2\x80\x9CNo"},
      {"a stray single backtick", "He typed ` by mistake,then left."},
      {"lower-case word that is an ambiguous TLD", "He went home.in the morning"},
      {"lower-case word that is a word-like country code", "the end.so what"},
      {"capitalized word that is a TLD", "Profits fell.Net income rose"},
      {"hyphenated word before a missing space", "the co-op.The next"},
      {"number before a missing space", "it was 50.The next"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.name) + ": \"" + std::string(row.text) + "\"");
    const ProtectedSpans spans = spans_of(row.text);
    EXPECT_TRUE(spans.spans().empty()) << describe(row.text, spans);
  }
}

// Abbreviations next to a missing space: the abbreviation is protected, and the space can still
// be inserted at its edge. '|' marks where a space belongs (it is not part of the text).
TEST(ProtectedSpansTest, AbbreviationsNextToMissingSpaces) {
  struct Row {
    const char* name;
    std::string_view marked;
    std::string_view protect;  // exactly one span
  };
  const std::vector<Row> rows = {
      {"space after U.K.", "U.K.|and", "U.K."},
      {"space before U.S.", "sentence.|U.S. officials", "U.S."},
      {"space after e.g.", "fruit, e.g.|apples", "e.g."},
      {"space after a.m.", "at 9 a.m.|on Monday", "a.m."},
      {"space after Dr.", "Dr.|Smith", "Dr."},
      {"space after et al.", "Smith et al.|Their", "et al."},
      {"space after a domain", "see example.com.|The firm", "example.com"},
      {"space after p.m. glued to its number", "at 5p.m.|on Friday", "p.m."},
      {"space after spaced initials", "C. S.|Lewis", "C. S."},
      {"space after U.S. before a quote", "the U.S.|\xE2\x80\x9Cplan", "U.S."},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.name) + ": \"" + std::string(row.marked) + "\"");
    const std::size_t mark = row.marked.find('|');
    std::string text(row.marked);
    text.erase(mark, 1);
    const ProtectedSpans spans = spans_of(text);
    ASSERT_EQ(spans.spans().size(), 1u) << describe(text, spans);
    const ProtectedSpan& span = spans.spans()[0];
    EXPECT_EQ(text.substr(span.begin, span.end - span.begin), row.protect) << describe(text, spans);
    EXPECT_TRUE(spans.allows(insert_at(mark))) << describe(text, spans);
  }
}

// allows(): an edit may not change a protected byte or insert strictly inside a span; edits at
// a span's edges and between spans are fine, and so is a deletion that takes whole spans away.
TEST(ProtectedSpansTest, Allows) {
  // Spans [5,10) and [20,25), touching spans [30,33) and [33,36).
  const ProtectedSpans spans({{5, 10, SpanKind::kUrl},
                              {20, 25, SpanKind::kNumber},
                              {30, 33, SpanKind::kByteOrderMark},
                              {33, 36, SpanKind::kCode}});
  struct Row {
    const char* name;
    Edit edit;
    bool allowed;
  };
  const std::vector<Row> rows = {
      {"insertion before all spans", insert_at(0), true},
      {"insertion at a span's start", insert_at(5), true},
      {"insertion just inside a span's start", insert_at(6), false},
      {"insertion in the middle", insert_at(7), false},
      {"insertion just before a span's end", insert_at(9), false},
      {"insertion at a span's end", insert_at(10), true},
      {"insertion between spans", insert_at(15), true},
      {"insertion between touching spans", insert_at(33), true},
      {"insertion after all spans", insert_at(40), true},
      {"replacement ending at a span's start", replace_range(3, 5), true},
      {"replacement starting at a span's end", replace_range(10, 12), true},
      {"replacement filling the gap between spans exactly", replace_range(10, 20), true},
      {"replacement over a span's first byte", replace_range(3, 6), false},
      {"replacement over a span's last byte", replace_range(9, 11), false},
      {"replacement of exactly a span", replace_range(5, 10), false},
      {"replacement inside a span", replace_range(6, 8), false},
      {"replacement covering a whole span", replace_range(4, 11), false},
      {"replacement covering two spans", replace_range(0, 30), false},
      {"replacement over the second span only", replace_range(19, 21), false},
      {"deletion of one byte before a span", Edit{4, 1, "", "test"}, true},
      {"deletion of a span's first byte", Edit{5, 1, "", "test"}, false},
      {"deletion of exactly a span", Edit{5, 5, "", "test"}, true},
      {"deletion of a line that holds two whole spans", Edit{0, 30, "", "test"}, true},
      {"deletion that cuts the second of two spans", Edit{0, 22, "", "test"}, false},
      {"replacement after all spans", replace_range(36, 40), true},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.name) + ": " + row.edit.describe());
    EXPECT_EQ(spans.allows(row.edit), row.allowed);
  }
}

// An insertion at a span's edge must not lengthen the span's word: the engine narrows a rule's
// "dialog" -> "dialogue" inside "https://example.com/dialog" to inserting "ue" at the URL's
// end. Inserting text that separates (a space, punctuation) stays allowed. '|' marks the place.
TEST(ProtectedSpansTest, InsertionsAtEdgesDoNotLengthenWords) {
  struct Row {
    const char* name;
    std::string_view marked;
    std::string inserted;
    bool allowed;
  };
  const std::vector<Row> rows = {
      {"letters after a URL ending in a letter", "see https://example.com/dialog|.", "ue", false},
      {"a space after a URL", "see https://example.com/dialog|.", " ", true},
      {"letters after a handle", "follow @dialog| now", "ue", false},
      {"letters after a path", "in /usr/share/dialog| now", "ue", false},
      {"letters after a domain", "Amazon.com|, Inc", "s", false},
      {"a digit after a number", "rose 3.5| percent", "0", false},
      {"a digit before a number", "rose |3.5 percent", "1", false},
      {"a letter before an abbreviation", "sentence.|U.S. officials", "x", false},
      {"a space before an abbreviation", "sentence.|U.S. officials", " ", true},
      {"a space and a word before an abbreviation", "sentence.|U.S. officials", " the ", true},
      {"a word glued to an abbreviation", "sentence.|U.S. officials", " the", false},
      {"a space after an abbreviation ending in a full stop", "U.K.|and", " ", true},
      {"letters after an abbreviation ending in a full stop", "U.K.|and", "x", true},
      {"a space after a number", "rose 3.5|percent", " ", true},
      {"a word and a space before a URL", "see |https://example.com/a", "it at ", true},
      {"letters after inline code", "use `a`|s", "x", true},
      {"a non-ASCII letter after a URL", "see https://example.com/caf|", "\xC3\xA9", false},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.name) + ": \"" + std::string(row.marked) + "\" + '" +
                 row.inserted + "'");
    const std::size_t mark = row.marked.find('|');
    std::string text(row.marked);
    text.erase(mark, 1);
    const ProtectedSpans spans = spans_of(text);
    EXPECT_EQ(spans.allows(Edit{mark, 0, row.inserted, "test"}), row.allowed)
        << describe(text, spans);
  }

  // The same with spans given directly: [5,10) ends in a word character, [20,25) starts with one.
  const ProtectedSpans spans(
      {{5, 10, SpanKind::kUrl, false, true}, {20, 25, SpanKind::kHandle, true, false}});
  EXPECT_FALSE(spans.allows(Edit{10, 0, "ue", "test"}));
  EXPECT_TRUE(spans.allows(Edit{10, 0, " ue", "test"}));
  EXPECT_TRUE(spans.allows(Edit{5, 0, "ue", "test"}));  // its start is no word character
  EXPECT_FALSE(spans.allows(Edit{20, 0, "pre", "test"}));
  EXPECT_TRUE(spans.allows(Edit{20, 0, "pre ", "test"}));
  EXPECT_TRUE(spans.allows(Edit{25, 0, "s", "test"}));  // its end is no word character
}

TEST(ProtectedSpansTest, NarrowedEditsStillMayNotChangeASpan) {
  // "https://x.org/dialog": a rule proposes dialog -> dialog-box; the engine narrows that to
  // inserting "-box" at the URL's end, which would still change the URL.
  const std::string text = "see https://x.org/dialog now";
  const ProtectedSpans spans({{4, 24, SpanKind::kUrl}});
  const Edit proposed{18, 6, "dialog-box", "house.x"};
  const Edit narrowed{24, 0, "-box", "house.x"};
  EXPECT_TRUE(spans.allows(narrowed));
  EXPECT_FALSE(spans.allows(narrowed, proposed));
  // An insertion proposed as such at the edge stays allowed ("U.K.and" -> "U.K. and").
  const Edit space{24, 0, " ", "spacing.x"};
  EXPECT_TRUE(spans.allows(space, space));
}

TEST(ProtectedSpansTest, AllowsEverythingWithoutSpans) {
  const ProtectedSpans none;
  EXPECT_TRUE(none.allows(insert_at(0)));
  EXPECT_TRUE(none.allows(replace_range(0, 100)));
  EXPECT_EQ(none.find(0), nullptr);
}

TEST(ProtectedSpansTest, MergesOverlappingSpans) {
  struct Layout {
    std::size_t begin, end;
    SpanKind kind;
  };
  struct Row {
    const char* name;
    std::vector<ProtectedSpan> given;
    std::vector<Layout> expected;
  };
  const std::vector<Row> rows = {
      {"disjoint spans are kept and sorted",
       {{20, 25, SpanKind::kNumber}, {5, 10, SpanKind::kUrl}},
       {{5, 10, SpanKind::kUrl}, {20, 25, SpanKind::kNumber}}},
      {"overlapping spans merge; the earlier one's kind is kept",
       {{8, 12, SpanKind::kNumber}, {5, 10, SpanKind::kUrl}},
       {{5, 12, SpanKind::kUrl}}},
      {"a span inside another disappears",
       {{6, 7, SpanKind::kNumber}, {5, 10, SpanKind::kUrl}},
       {{5, 10, SpanKind::kUrl}}},
      {"same start: the longer one's kind is kept",
       {{5, 7, SpanKind::kDomain}, {5, 10, SpanKind::kEmail}},
       {{5, 10, SpanKind::kEmail}}},
      {"a chain of overlaps merges into one",
       {{1, 4, SpanKind::kCode}, {3, 6, SpanKind::kNumber}, {5, 9, SpanKind::kUrl}},
       {{1, 9, SpanKind::kCode}}},
      {"touching spans stay apart",
       {{3, 5, SpanKind::kNumber}, {0, 3, SpanKind::kByteOrderMark}},
       {{0, 3, SpanKind::kByteOrderMark}, {3, 5, SpanKind::kNumber}}},
      {"empty spans are dropped",
       {{4, 4, SpanKind::kUrl}, {0, 2, SpanKind::kCode}},
       {{0, 2, SpanKind::kCode}}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    const ProtectedSpans spans(row.given);
    ASSERT_EQ(spans.spans().size(), row.expected.size());
    for (std::size_t i = 0; i < row.expected.size(); ++i) {
      EXPECT_EQ(spans.spans()[i].begin, row.expected[i].begin) << "span " << i;
      EXPECT_EQ(spans.spans()[i].end, row.expected[i].end) << "span " << i;
      EXPECT_EQ(spans.spans()[i].kind, row.expected[i].kind) << "span " << i;
    }
  }
  // A merged span protects what either of its parts did.
  const ProtectedSpans merged({{8, 12, SpanKind::kNumber}, {5, 10, SpanKind::kUrl}});
  EXPECT_FALSE(merged.allows(insert_at(11)));
  EXPECT_FALSE(merged.allows(insert_at(6)));
  EXPECT_TRUE(merged.allows(insert_at(12)));
  EXPECT_TRUE(merged.allows(insert_at(5)));
}

TEST(ProtectedSpansTest, Find) {
  const ProtectedSpans spans({{5, 10, SpanKind::kUrl}, {20, 25, SpanKind::kNumber}});
  EXPECT_EQ(spans.find(4), nullptr);
  ASSERT_NE(spans.find(5), nullptr);
  EXPECT_EQ(spans.find(5)->kind, SpanKind::kUrl);
  ASSERT_NE(spans.find(9), nullptr);
  EXPECT_EQ(spans.find(10), nullptr);
  ASSERT_NE(spans.find(24), nullptr);
  EXPECT_EQ(spans.find(24)->kind, SpanKind::kNumber);
  EXPECT_EQ(spans.find(25), nullptr);
}

TEST(ProtectedSpansTest, DefaultAbbreviationListLoads) {
  EXPECT_GT(default_abbreviations().size(), 50u);
  // Listed entries written in lower case also match capitalized at a sentence start.
  EXPECT_EQ(default_abbreviations().match("E.g. this", 0), 4u);
  EXPECT_EQ(default_abbreviations().match("et al. found", 0), 6u);
}

}  // namespace
}  // namespace copydesk
