// Specification of unicode.html-entities: character references left in plain text decode;
// text that only contains '&' stays; HTML markup keeps its references.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

const Pipeline& unicode_stage() {
  static const Pipeline pipeline = [] {
    PipelineOptions options;
    options.only = {"unicode.*"};
    return Pipeline::load(options);
  }();
  return pipeline;
}

struct Row {
  const char* name;
  const char* before;
  const char* after;
};

TEST(UnicodeHtmlEntities, ReferencesDecode) {
  const std::vector<Row> rows = {
      {"ampersand", "Harlow &amp; Finch", "Harlow & Finch"},
      {"decimal", "the ministers&#8217; statement", "the ministers’ statement"},
      {"hexadecimal", "the ministers&#x2019; statement", "the ministers’ statement"},
      {"hexadecimal, upper case X", "&#X2019;", "’"},
      {"named", "caf&eacute; &mdash; &hellip; &copy; &euro;5", "café — … © €5"},
      {"apostrophe", "it&apos;s", "it's"},
      {"pound", "&#163;1.8m fine", "£1.8m fine"},
      {"Windows-1252 numbers", "it&#146;s &#147;ok&#148;", "it’s “ok”"},
      {"no-break space", "a&nbsp;b", "a\u00A0b"},
      {"soft hyphen entity is removed too", "agree&shy;ment", "agreement"},
      {"escaped twice", "AT&amp;amp;T", "AT&T"},
      {"escaped twice, numeric", "the ministers&amp;#8217; statement", "the ministers’ statement"},
      {"less-than", "a &lt; b", "a < b"},
      {"inside mojibake", "10Î&frac14;s", "10μs"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(unicode_stage(), row.before, row.after);
  }
}

TEST(UnicodeHtmlEntities, TextThatIsNoReferenceStays) {
  for (const char* text : {
           "AT&T and M&S",
           "Q&A",
           "fish & chips",
           "&copy without a semicolon",
           "&unknown;",
           "&#;",
           "&#x;",
           "&#0;",
           "&#1;",
           "&#xD800;",
           "&#x110000;",
           "&#12345678;",
           "America&#191;s",  // a reference that was a wrong character already
           "https://example.org/report?id=3,4&amp;lang=en",
           "`a &amp; b` in code",
       }) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(unicode_stage(), text, text);
  }
}

TEST(UnicodeHtmlEntities, HtmlMarkupKeepsItsReferences) {
  EXPECT_CLEAN_WITH(unicode_stage(), "<p>Harlow &amp; Finch</p>", "<p>Harlow &amp; Finch</p>");
  EXPECT_CLEAN_WITH(unicode_stage(), "line<br/>Q&amp;A", "line<br/>Q&amp;A");
  EXPECT_CLEAN_WITH(unicode_stage(), "if a <b and c> d &amp; e", "if a <b and c> d &amp; e");
  EXPECT_CLEAN_WITH(unicode_stage(), "x < y &amp; y > z", "x < y & y > z");
}

}  // namespace
}  // namespace copydesk
