// Specification of the tokenizer: word tokens are runs of letters, digits and combining marks,
// with their offsets, casing and case-blind hash. ASCII words shorter than sixteen bytes take a
// fast path (sixteen bytes at a time); every other word is read a byte at a time, and both must
// give the same tokens.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "tokens.hpp"
#include "word_filter.hpp"

namespace copydesk {
namespace {

struct Expected {
  std::string text;
  Casing casing;
};

std::vector<Expected> words_of(std::string_view text) {
  std::vector<Expected> words;
  for (const Token& token : tokenize(text))
    words.push_back({std::string(token.text(text)), token.casing});
  return words;
}

void expect_words(std::string_view text, const std::vector<Expected>& expected) {
  const std::vector<Expected> words = words_of(text);
  ASSERT_EQ(words.size(), expected.size()) << text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].text, expected[i].text) << text;
    EXPECT_EQ(words[i].casing, expected[i].casing) << text << ": " << words[i].text;
  }
}

TEST(Tokenize, SplitsAtWhatIsNoLetterOrDigit) {
  expect_words("japan's  Okafor,NATO-led 1984 iPhone I", {{"japan", Casing::kLower},
                                                          {"s", Casing::kLower},
                                                          {"Okafor", Casing::kTitle},
                                                          {"NATO", Casing::kUpper},
                                                          {"led", Casing::kLower},
                                                          {"1984", Casing::kNone},
                                                          {"iPhone", Casing::kMixed},
                                                          {"I", Casing::kTitle}});
  expect_words("", {});
  expect_words("... --- !!!", {});
  expect_words("x", {{"x", Casing::kLower}});
  expect_words("3G G7 McDonald O'neil", {{"3G", Casing::kTitle},
                                         {"G7", Casing::kTitle},
                                         {"McDonald", Casing::kMixed},
                                         {"O", Casing::kTitle},
                                         {"neil", Casing::kLower}});
}

TEST(Tokenize, ReadsWordsOfOtherScriptsAndMarks) {
  expect_words("Straße naïve ÆRØ Ελλάδα über-cool", {{"Straße", Casing::kTitle},
                                                     {"naïve", Casing::kLower},
                                                     {"ÆRØ", Casing::kUpper},
                                                     {"Ελλάδα", Casing::kTitle},
                                                     {"über", Casing::kLower},
                                                     {"cool", Casing::kLower}});
  // An ASCII start that goes on in another script is one word: "cafe" + U+0301.
  expect_words(
      "the cafe\xCC\x81 opened",
      {{"the", Casing::kLower}, {"cafe\xCC\x81", Casing::kLower}, {"opened", Casing::kLower}});
  // Quotes, dashes and invalid bytes end words.
  expect_words("it’s—done \xFF\xFEok", {{"it", Casing::kLower},
                                        {"s", Casing::kLower},
                                        {"done", Casing::kLower},
                                        {"ok", Casing::kLower}});
}

TEST(Tokenize, LongWordsAndTheTextsEnd) {
  const std::string long_word = "Antidisestablishmentarianism";  // longer than sixteen bytes
  expect_words("a " + long_word + " b",
               {{"a", Casing::kLower}, {long_word, Casing::kTitle}, {"b", Casing::kLower}});
  // A word that starts near the end of sixteen bytes, and one that ends the text.
  expect_words("0123456789abcd Wordy",
               {{"0123456789abcd", Casing::kLower}, {"Wordy", Casing::kTitle}});
  expect_words("               Fifteen", {{"Fifteen", Casing::kTitle}});
}

TEST(Tokenize, HashIgnoresCase) {
  const std::string text = "Japan JAPAN japan";
  const std::vector<Token> tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].hash, word_hash("japan"));
  EXPECT_EQ(tokens[1].hash, tokens[0].hash);
  EXPECT_EQ(tokens[2].hash, tokens[0].hash);
}

// A reference for ASCII text: runs of letters and digits, cased as the Casing enum says.
std::vector<Expected> reference_words(const std::string& text) {
  std::vector<Expected> words;
  auto word_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && word_byte(text[end])) ++end;
    const std::string word = text.substr(i, end - i);
    std::string letters;
    for (const char c : word) {
      if (!(c >= '0' && c <= '9')) letters += c;
    }
    Casing casing = Casing::kNone;
    if (!letters.empty()) {
      std::size_t uppers = 0;
      for (const char c : letters) uppers += c >= 'A' && c <= 'Z';
      const bool first = letters[0] >= 'A' && letters[0] <= 'Z';
      if (uppers == 0) {
        casing = Casing::kLower;
      } else if (uppers == letters.size()) {
        casing = letters.size() == 1 ? Casing::kTitle : Casing::kUpper;
      } else {
        casing = first && uppers == 1 ? Casing::kTitle : Casing::kMixed;
      }
    }
    words.push_back({word, casing});
    i = end;
  }
  return words;
}

TEST(Tokenize, AgreesWithAReferenceOnRandomAsciiText) {
  std::mt19937 random(20261129);
  const std::string alphabet = "abcxyzABCXYZ0189 .,'-\n\t";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const std::size_t length = random() % 200;
    for (std::size_t i = 0; i < length; ++i) {
      // Runs of one kind now and then, so that words of any length up to 40 bytes occur.
      const char c = alphabet[random() % alphabet.size()];
      text.append(random() % 8 == 0 ? 1 + random() % 40 : 1, c);
    }
    expect_words(text, reference_words(text));
  }
}

}  // namespace
}  // namespace copydesk
