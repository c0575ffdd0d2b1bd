#include "sentence_stage.hpp"

#include <string>

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
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      if (token.casing != Casing::kLower || !could_start(text, token)) continue;
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
  // A quick look at the byte before the word, to skip the common case of a word after a space
  // that follows a letter, digit or comma without any further work.
  static bool could_start(std::string_view text, const Token& token) {
    if (token.offset < 2) return true;
    const char before = text[token.offset - 1];
    if (before != ' ') return true;  // a line start, a quote or bracket: look closer
    const auto mark = static_cast<unsigned char>(text[token.offset - 2]);
    return !((mark >= 'a' && mark <= 'z') || (mark >= 'A' && mark <= 'Z') ||
             (mark >= '0' && mark <= '9') || mark == ',' || mark == ';' || mark == ':' ||
             mark == '-');
  }

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
