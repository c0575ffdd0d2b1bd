// Specification of every stage together on text full of stray bytes and control characters, as
// broken scrapes and binary files read as text are: cleaning the output again changes nothing,
// and no invalid byte is lost or joined into a character unless a rule repairs it on purpose.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "utf8.hpp"

namespace copydesk {
namespace {

// Half random bytes; half news words with runs of stray bytes and control characters between.
// Made once for both tests.
const std::vector<std::string>& stray_byte_texts() {
  static const std::vector<std::string> made = [] {
    std::mt19937 random(20261129);
    const std::vector<std::string> words = {"the",
                                            "government",
                                            "said",
                                            "on",
                                            "Monday",
                                            "that",
                                            "talks",
                                            "with",
                                            "Japan",
                                            "would",
                                            "resume",
                                            "in",
                                            "Paris",
                                            "http://example.com/path",
                                            "e.g.",
                                            "U.S.",
                                            "caf\u00E9",
                                            "\u20AC100",
                                            "\u201Cquoted\u201D",
                                            "it\u2019s",
                                            "/usr/share/doc"};
    const std::vector<std::string> gaps = {" ", " ", "\n", ", ", ". ", "? ", "! ", "  "};
    const std::string controls = {'\x0B', '\x0C', '\x01', '\x1B', '\x7F', '\0', '\r', '\t'};
    std::vector<std::string> texts;
    for (int n = 0; n < 400; ++n) {
      std::string text;
      const std::size_t size = 20 + random() % 600;
      while (text.size() < size) {
        const unsigned kind = random() % 100;
        if (n % 2 == 0) {
          text += static_cast<char>(random() % 256);
        } else if (kind < 70) {
          text += words[random() % words.size()] + gaps[random() % gaps.size()];
        } else if (kind < 85) {
          for (unsigned k = 1 + random() % 4; k > 0; --k) text += static_cast<char>(random() % 256);
        } else {
          text += controls[random() % controls.size()];
        }
      }
      texts.push_back(std::move(text));
    }
    return texts;
  }();
  return made;
}

// The bytes of `text` that are not UTF-8, in order.
std::string invalid_bytes(std::string_view text) {
  std::string bytes;
  for (std::size_t i = 0; i < text.size();) {
    const utf8::CodePoint cp = utf8::decode(text, i);
    if (cp.valid) {
      i += cp.length;
    } else {
      bytes += text[i++];
    }
  }
  return bytes;
}

TEST(StrayBytes, CleaningTheOutputAgainChangesNothing) {
  const Pipeline pipeline = Pipeline::load(PipelineOptions{});
  for (const std::string& text : stray_byte_texts()) {
    const std::string once = pipeline.clean(text).text;
    EXPECT_EQ(pipeline.clean(once).text, once) << testing::PrintToString(text);
  }
}

TEST(StrayBytes, EveryInvalidByteStaysWhenNoRuleRepairsThem) {
  PipelineOptions options;
  options.disable = {"unicode.invalid-bytes", "unicode.mojibake"};
  const Pipeline pipeline = Pipeline::load(options);
  for (const std::string& text : stray_byte_texts()) {
    EXPECT_EQ(invalid_bytes(pipeline.clean(text).text), invalid_bytes(text))
        << testing::PrintToString(text);
  }
}

}  // namespace
}  // namespace copydesk
