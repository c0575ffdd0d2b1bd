#include "sentence_stage.hpp"

#include <array>
#include <string>
#include <string_view>

#include "casing.hpp"
#include "sentence_starts.hpp"

namespace copydesk {

namespace {

constexpr std::string_view kParagraphStart = "sentence.paragraph-start";
constexpr std::string_view kAfterStop = "sentence.after-stop";

class SentenceMatcher : public Matcher {
 public:
  explicit SentenceMatcher(const BuiltinContext& context)
      : paragraph_start_(context.enabled.count(std::string(kParagraphStart)) != 0),
        after_stop_(context.enabled.count(std::string(kAfterStop)) != 0) {}

  void propose(const Document& document, EditSink& sink) const override {
    const std::string_view text = document.text();
    const std::vector<Token>& tokens = document.tokens();
    for (std::size_t i = 0; (i = next_candidate(text, tokens, i)) < tokens.size(); ++i) {
      const Token& token = tokens[i];
      const SentenceStart start = lowercase_sentence_start(document, i);
      if ((start == SentenceStart::kParagraph && paragraph_start_) ||
          (start == SentenceStart::kAfterStop && after_stop_)) {
        const std::string_view word = token.text(text);
        sink.propose(
            Edit{token.offset, token.length, capitalize_first(word),
                 std::string(start == SentenceStart::kParagraph ? kParagraphStart : kAfterStop)});
      }
    }
  }

 private:
  // The first lower-case token at or after `index` that may start a sentence, by a look at the
  // two bytes before it; the number of tokens when none may. Nearly every word follows a space
  // after a letter or comma, or a mark that is neither a space, a line break nor an opening
  // quote or bracket ("well-known"): lead_of would call them kOther. The test is made without
  // a branch on the word, whose casing and neighbours no branch predictor can follow.
  static std::size_t next_candidate(std::string_view text, const std::vector<Token>& tokens,
                                    std::size_t index) {
    if (index == 0 && !tokens.empty() && tokens[0].offset < 2) {
      if (tokens[0].casing == Casing::kLower) return 0;  // nothing, or one byte, before it
      index = 1;
    }
    // From the second token on, two bytes stand before each token.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (; index < tokens.size(); ++index) {
      const Token& token = tokens[index];
      const Before before = kBefore[bytes[token.offset - 1]];
      const bool after_word = before == Before::kSpace && kEndsWord[bytes[token.offset - 2]];
      if ((token.casing == Casing::kLower) & (before != Before::kMark) & !after_word) break;
    }
    return index;
  }

  enum class Before : unsigned char {
    kOther,  // a line break, an opening quote or bracket, a tab, a byte of a longer character
    kSpace,
    kMark,  // any other ASCII byte
  };
  static constexpr std::array<Before, 256> kBefore = [] {
    std::array<Before, 256> classes{};
    for (int c = 0; c < 0x80; ++c) classes[c] = Before::kMark;
    for (const char c : std::string_view("\t\n\r\"'([")) classes[c] = Before::kOther;
    classes[' '] = Before::kSpace;
    return classes;
  }();
  // The bytes that, before a space, leave the sentence going: "said that", "Lagos, said".
  static constexpr std::array<bool, 256> kEndsWord = [] {
    std::array<bool, 256> ends{};
    for (int c = 'a'; c <= 'z'; ++c) ends[c] = ends[c - 'a' + 'A'] = true;
    for (int c = '0'; c <= '9'; ++c) ends[c] = true;
    for (const char c : std::string_view(",;:-")) ends[c] = true;
    return ends;
  }();

  bool paragraph_start_;
  bool after_stop_;
};

}  // namespace

const std::vector<std::string_view>& sentence_rule_ids() {
  static const std::vector<std::string_view> ids{kParagraphStart, kAfterStop};
  return ids;
}

std::unique_ptr<Matcher> make_sentence_matcher(const BuiltinContext& context) {
  return std::make_unique<SentenceMatcher>(context);
}

}  // namespace copydesk
