// Specification of the unicode stage's character rules: C1 controls read as Windows-1252,
// control characters, zero-width characters, soft hyphens, odd spaces (opt-in), NFC.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

Pipeline only(std::vector<std::string> globs, std::vector<std::string> enable = {}) {
  PipelineOptions options;
  options.only = std::move(globs);
  options.enable = std::move(enable);
  return Pipeline::load(options);
}

const Pipeline& unicode_stage() {
  static const Pipeline pipeline = only({"unicode.*"});
  return pipeline;
}

struct Row {
  const char* name;
  std::string before;
  std::string after;
};

void check(const Pipeline& pipeline, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.before, row.after);
  }
}

void check_unchanged(const Pipeline& pipeline, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(pipeline, text, text);
  }
}

TEST(UnicodeCharacters, C1ControlsAreWindows1252Punctuation) {
  check(unicode_stage(),
        {
            {"quotes", "\u0084Handwerk bringt dich überall hin\u0093: Von",
             "„Handwerk bringt dich überall hin“: Von"},
            {"ellipsis", "beaucoup parlé\u0085 Tu sais", "beaucoup parlé… Tu sais"},
            {"apostrophe", "it\u0092s", "it’s"},
        });
  // Bytes that Windows-1252 leaves undefined have no better reading.
  check_unchanged(unicode_stage(), {"apparently intentional \u0081"});
}

TEST(UnicodeCharacters, ControlCharactersGoTabsAndLineEndingsStay) {
  check(
      unicode_stage(),
      {
          {"C0 control", "a control\u0001 character", "a control character"},
          {"SUB", "These control characters \u001a are here", "These control characters  are here"},
          {"DEL", "de\u007Fleted", "deleted"},
          {"terminal colours", "\u001B[1;31mred\u001B[0m text", "red text"},
          {"lone escape", "a\u001Bb", "ab"},
          // A space, as it parts words: and the path after it stays a path,
          // which the stage leaves as written.
          {"vertical tab", "two\u000Bwords", "two words"},
          {"vertical tab before a path", "in\u000B/usr/\xE9t\u0001c", "in /usr/\xE9t\u0001c"},
      });
  check_unchanged(unicode_stage(), {"a\ttab\r\nand a line\n", "a page\fbreak"});
}

TEST(UnicodeCharacters, ZeroWidthCharactersInsideWords) {
  check(unicode_stage(),
        {
            {"zero-width space", "con\u200Btainer traffic", "container traffic"},
            {"zero-width joiner between Latin letters", "nego\u200Dtiators", "negotiators"},
            {"byte order mark inside the text", "the \uFEFFtalks", "the talks"},
            {"soft hyphen", "Under the agree\u00ADment", "Under the agreement"},
        });
  check_unchanged(unicode_stage(),
                  {
                      "\uFEFFa byte order mark at the start",
                      "a coder \U0001F469\u200D\U0001F4BB at work",
                      "a family \U0001F468\u200D\U0001F469\u200D\U0001F467",
                      "\u0915\u094D\u200D\u0937",                    // Devanagari half form
                      "\u0e2a\u0e27\u0e31\u0e2a\u200B\u0e14\u0e35",  // Thai word break
                      "\u1780\u200B\u200B\u200B\u1781",              // Khmer, several together
                      "\u65e5\u672c\u200B\u8a9e",                    // Japanese
                      "Persian uses ZWNJ: \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
                  });
}

TEST(UnicodeCharacters, OddSpacesAreKeptUnlessThePackAsks) {
  check_unchanged(unicode_stage(), {"10\u00A0km", "5\u2009kg", "a\u202Fb"});
  const Pipeline with_odd_spaces = only({"unicode.*"}, {"unicode.odd-spaces"});
  check(with_odd_spaces, {
                             {"no-break space", "10\u00A0km", "10 km"},
                             {"thin space", "5\u2009kg", "5 kg"},
                             {"narrow no-break space", "a\u202Fb", "a b"},
                             {"an entity's no-break space", "a&nbsp;b", "a b"},
                         });
  check_unchanged(with_odd_spaces, {"\u3000ideographic space stays"});
}

TEST(UnicodeCharacters, NfcOnlyWhereTheTextIsNotNfc) {
  check(unicode_stage(), {
                             {"combining acute", "a cafe\u0301 nearby", "a café nearby"},
                             {"combining diaeresis", "Zoe\u0308", "Zoë"},
                             {"angstrom sign", "10 \u212B", "10 Å"},
                             // A kept invalid byte before a mark stays: it is no character
                             // for the mark to compose with.
                             {"tone mark after an invalid byte", "a\x81\u0341b", "a\x81\u0301b"},
                         });
  check_unchanged(unicode_stage(),
                  {
                      "a café nearby",
                      "hotel $\u03366\u0336",  // a mark that composes with nothing
                      "\u05D1\u05BC\u05B8",    // Hebrew points in canonical order
                      "\u05D1\u05B8\u05BC",    // ... and in the order fonts expect: kept
                      "\uF900",                // CJK compatibility ideograph
                      "\u09A8\u09B9\u09DF",    // Bengali YYA, excluded from composition
                      "Η ¨ανατροφή¨ δυστυχώς",
                  });
}

TEST(UnicodeCharacters, EachRuleCanBeSwitchedOff) {
  PipelineOptions options;
  options.only = {"unicode.*"};
  options.disable = {"unicode.soft-hyphens"};
  const Pipeline pipeline = Pipeline::load(options);
  check(pipeline, {{"soft hyphen kept, zero-width space removed", "agree\u00ADment con\u200Btainer",
                    "agree\u00ADment container"}});
}

}  // namespace
}  // namespace copydesk
