// The corruption generator behind copydesk-corrupt (tools/corrupt): which sites each class
// picks and which it must leave alone, the mojibake it makes, and the contract with
// `copydesk eval`: rates 0 change nothing, injected errors are recorded so that undoing them
// gives the edited text back, and they stay apart. Compiles to nothing when the tool is not
// built (COPYDESK_HAVE_CORRUPTION comes with the copydesk_corruption library).
#ifdef COPYDESK_HAVE_CORRUPTION

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corrupt/corruptor.hpp"
#include "corrupt/injection_sites.hpp"
#include "corrupt/mojibake.hpp"
#include "corrupt/word_chunks.hpp"

namespace copydesk::corrupt {
namespace {

// The text each site would replace, in order.
std::vector<std::string> site_words(std::string_view text, const std::vector<Injection>& sites) {
  std::vector<std::string> words;
  for (const Injection& site : sites)
    words.emplace_back(text.substr(site.begin, site.end - site.begin));
  return words;
}

std::vector<std::string> spacing_marks(std::string_view text) {
  return site_words(text, find_spacing_sites(TextAnalysis(text)));
}

// Undoes the recorded errors in the scraped text, last first.
std::string undo(const CorruptedText& corrupted) {
  std::string text = corrupted.scraped;
  auto errors = corrupted.injected;
  std::sort(errors.begin(), errors.end(),
            [](const auto& a, const auto& b) { return a.offset > b.offset; });
  for (const InjectedError& error : errors) {
    EXPECT_EQ(text.substr(error.offset, error.before.size()), error.before);
    text.replace(error.offset, error.before.size(), error.after);
  }
  return text;
}

constexpr std::string_view kArticle =
    "Markets rally on Google news\n"
    "\n"
    "Shares in Google rose 5% on Monday, sending markets higher. The firm said it was pleased; "
    "analysts agreed. It’s the best week since March, when Google paid £10m for a café chain. "
    "The U.S. economy grew by 3.5% and e.g. exports rose. Japan said: Japan is watching Google, "
    "and the first reports were good.\n"
    "\n"
    "Analysts said the first half was strong. The outlook, however, is “uncertain” — for now.\n";

TEST(CorruptMojibake, ReadsUtf8AsWindows1252) {
  EXPECT_EQ(misdecode_as_windows_1252("it’s"), "itâ€™s");
  EXPECT_EQ(misdecode_as_windows_1252("£10"), "Â£10");
  EXPECT_EQ(misdecode_as_windows_1252("café"), "cafÃ©");
  EXPECT_EQ(misdecode_as_windows_1252("—"), "â€”");
  // 0x9D is undefined in Windows-1252: it becomes U+009D, as in ftfy's sloppy codec.
  EXPECT_EQ(misdecode_as_windows_1252("”"), "â€\u009D");
  EXPECT_EQ(misdecode_as_windows_1252("plain ASCII"), "plain ASCII");
}

TEST(CorruptSpacing, DeletesTheSpaceAfterPunctuationBetweenPlainWords) {
  EXPECT_EQ(spacing_marks("markets, sending"), std::vector<std::string>{", "});
  EXPECT_EQ(spacing_marks("it passed. The vote"), std::vector<std::string>{". "});
  EXPECT_EQ(spacing_marks("(NATO) said; then \"yes\": maybe"),
            (std::vector<std::string>{"; ", ": "}));
  const TextAnalysis analysis("markets, sending");
  const auto sites = find_spacing_sites(analysis);
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_EQ(sites[0].replacement, ",");
}

TEST(CorruptSpacing, LeavesNumbersAddressesAndAbbreviationsAlone) {
  EXPECT_TRUE(spacing_marks("the U.S. The end").empty());
  EXPECT_TRUE(spacing_marks("say e.g. the cat").empty());
  EXPECT_TRUE(spacing_marks("at 10:30 or 3.5 m, 1, 000").empty());
  EXPECT_TRUE(spacing_marks("see bbc.co.uk. Then").empty());
  EXPECT_TRUE(spacing_marks("mail a@b.com, then").empty());
  EXPECT_TRUE(spacing_marks("said Dr. Smith").empty());
  EXPECT_TRUE(spacing_marks("two  spaces, 5 then,  x").empty());
  EXPECT_TRUE(spacing_marks("plan a. The end").empty());
}

TEST(CorruptSentence, LowerCasesClearSentenceStartsButNotNames) {
  const std::string_view text =
      "The vote passed. The end came! Japan won. I agree. But Japan is big.\nA new line. Dr. Smith "
      "spoke.";
  EXPECT_EQ(site_words(text, find_sentence_sites(TextAnalysis(text))),
            (std::vector<std::string>{"The", "The", "But"}));
}

TEST(CorruptCasing, LowerCasesAlwaysCapitalizedNamesKeepingOne) {
  const std::string_view text =
      "We met Google and Google and Google. Apple, apple and Apple. Once Nokia spoke. said BBC and "
      "BBC.";
  Rng rng(1);
  const auto sites = find_casing_sites(TextAnalysis(text), rng);
  // Google: 3 mid-sentence occurrences, one kept. Apple: lower-case once. Nokia: once only.
  EXPECT_EQ(site_words(text, sites), (std::vector<std::string>{"Google", "Google"}));
  for (const Injection& site : sites) EXPECT_EQ(site.replacement, "google");
}

TEST(CorruptLoneName, LowerCasesNamesTheTextWritesOnce) {
  const std::string_view text =
      "We met Unilever and Google, then Google. Nokia spoke. Apple and apple. said Ed and BBC.";
  const auto sites = find_lone_name_sites(TextAnalysis(text));
  // Google: twice. Nokia: a sentence start. Apple: once capitalized, once not. Ed: two letters.
  EXPECT_EQ(site_words(text, sites), (std::vector<std::string>{"Unilever"}));
  EXPECT_EQ(sites.front().replacement, "unilever");
}

TEST(CorruptTypo, UsesSingleCandidateEntriesThatAreNotWords) {
  const Misspellings misspellings(
      "frist->first\nteh->the\nform->from\nwhcih->which, witch\nreson->reason, reason "
      "used\nsecnod->second\n",
      {"form"});
  EXPECT_EQ(misspellings.entries(), 2u);  // frist, secnod
  EXPECT_EQ(misspellings.skipped_as_english(), 1u);
  const std::string_view text =
      "First of all, the first and FIRST from second; McFirst and first's.";
  Rng rng(1);
  const auto sites = find_typo_sites(TextAnalysis(text), misspellings, rng);
  std::vector<std::string> replacements;
  for (const Injection& site : sites) replacements.push_back(site.replacement);
  EXPECT_EQ(replacements, (std::vector<std::string>{"Frist", "frist", "FRIST", "secnod"}));
}

TEST(CorruptTypo, ReadsHunspellWordsWithoutFlags) {
  const auto words = read_hunspell_words("3\nform/MS\nJapan/M\nteh\n");
  EXPECT_TRUE(words.contains("form"));
  EXPECT_TRUE(words.contains("japan"));
  EXPECT_TRUE(words.contains("teh"));
  EXPECT_FALSE(words.contains("3"));
}

TEST(CorruptUnicode, MangledWordsAreWholeWhitespaceSeparatedWords) {
  const std::string_view text = "It’s (£10m) — a café";
  const auto sites = find_unicode_sites(TextAnalysis(text));
  EXPECT_EQ(site_words(text, sites), (std::vector<std::string>{"It’s", "(£10m)", "—", "café"}));
  EXPECT_EQ(sites[0].replacement, "Itâ€™s");
}

TEST(CorruptClaims, KeepInjectionsOutOfTheSameAndAdjacentWords) {
  const WordChunks chunks("one two, three four five");
  InjectionClaims claims(chunks);
  EXPECT_TRUE(claims.try_claim({7, 9}));     // ", " joins "two," and "three"
  EXPECT_FALSE(claims.try_claim({0, 3}));    // "one" is next to "two,"
  EXPECT_FALSE(claims.try_claim({15, 19}));  // "four" is next to "three"
  EXPECT_TRUE(claims.try_claim({20, 24}));   // "five"
}

TEST(CorruptText, RatesZeroChangeNothing) {
  CorruptionSettings settings;
  settings.rates = CorruptionRates::none();
  const CorruptedText corrupted = corrupt_text(kArticle, "a", settings);
  EXPECT_EQ(corrupted.scraped, kArticle);
  EXPECT_EQ(corrupted.edited, kArticle);
  EXPECT_TRUE(corrupted.injected.empty());
}

TEST(CorruptText, RecordsUndoToTheEditedTextAndStayApart) {
  const Misspellings misspellings("frist->first\nrepotrs->reports\n", {});
  CorruptionSettings settings;
  settings.rates = CorruptionRates::none();
  ASSERT_FALSE(settings.rates.apply("all=1"));
  settings.misspellings = &misspellings;
  for (const char* name : {"a", "b", "c", "d"}) {
    const CorruptedText corrupted = corrupt_text(kArticle, name, settings);
    EXPECT_NE(corrupted.scraped, corrupted.edited);
    EXPECT_EQ(undo(corrupted), corrupted.edited);
    EXPECT_TRUE(corrupted.edited.starts_with(kArticle));
    // Every class but glyph is one word-level edit, with an untouched word between two.
    const WordChunks chunks(corrupted.scraped);
    InjectionClaims claims(chunks);
    for (const InjectedError& error : corrupted.injected) {
      if (error.kind == CorruptionClass::kGlyph) continue;
      EXPECT_TRUE(claims.try_claim({error.offset, error.offset + error.before.size()}))
          << name << ": " << error.before << " at " << error.offset;
      if (error.kind == CorruptionClass::kCasing) EXPECT_EQ(error.subclass, "known-elsewhere");
    }
  }
}

TEST(CorruptText, GlyphTableIsAppendedAfterABlankLine) {
  CorruptionSettings settings;
  settings.rates = CorruptionRates::none();
  settings.rates.set(CorruptionClass::kGlyph, 1);
  const CorruptedText corrupted = corrupt_text(kArticle, "a", settings);
  ASSERT_EQ(corrupted.injected.size(), 1u);
  const InjectedError& glyph = corrupted.injected[0];
  EXPECT_EQ(glyph.after, "|---|---|");
  EXPECT_NE(glyph.before.find("\u2014"), std::string::npos);
  EXPECT_EQ(corrupted.edited.substr(kArticle.size(), 3), "\n| ");
  EXPECT_EQ(corrupted.edited.substr(glyph.offset, glyph.after.size()), glyph.after);
  EXPECT_EQ(corrupted.scraped.substr(glyph.offset, glyph.before.size()), glyph.before);
  EXPECT_EQ(corrupted.edited.back(), '\n');
}

TEST(CorruptText, SameSeedAndNameGiveTheSameResult) {
  CorruptionSettings settings;
  const CorruptedText first = corrupt_text(kArticle, "a", settings);
  EXPECT_EQ(corrupt_text(kArticle, "a", settings).scraped, first.scraped);
  settings.seed = 2;
  bool any_differs = false;
  for (const char* name : {"a", "b", "c", "d", "e"}) {
    any_differs |= corrupt_text(kArticle, name, settings).scraped != first.scraped;
  }
  EXPECT_TRUE(any_differs);
}

TEST(CorruptRates, ParsesClassEqualsRate) {
  CorruptionRates rates = CorruptionRates::defaults();
  EXPECT_FALSE(rates.apply("typo=0.25"));
  EXPECT_DOUBLE_EQ(rates[CorruptionClass::kTypo], 0.25);
  EXPECT_FALSE(rates.apply("all=0"));
  EXPECT_DOUBLE_EQ(rates[CorruptionClass::kSpacing], 0);
  EXPECT_TRUE(rates.apply("bogus=0.1"));
  EXPECT_TRUE(rates.apply("typo=2"));
  EXPECT_TRUE(rates.apply("typo"));
  EXPECT_TRUE(rates.apply("typo=x"));
}

}  // namespace
}  // namespace copydesk::corrupt

#endif  // COPYDESK_HAVE_CORRUPTION
