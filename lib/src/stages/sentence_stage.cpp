#include "sentence_stage.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "casing.hpp"
#include "casing_document_names.hpp"
#include "common_words.hpp"
#include "sentence_starts.hpp"

namespace copydesk {

namespace {

constexpr std::string_view kParagraphStart = "sentence.paragraph-start";
constexpr std::string_view kAfterStop = "sentence.after-stop";
constexpr std::string_view kQuotationStart = "sentence.quotation-start";

class SentenceMatcher : public Matcher {
 public:
  explicit SentenceMatcher(const BuiltinContext& context)
      : paragraph_start_(context.is_enabled(kParagraphStart)),
        after_stop_(context.is_enabled(kAfterStop)),
        quotation_start_(context.is_enabled(kQuotationStart)),
        dictionary_(CommonWords::load(default_dictionary_paths())),
        common_(CommonWords::load(scowl_list_paths(kScowlCommonSize))) {}

  void propose(const Document& document, EditSink& sink) const override {
    const std::string_view text = document.text();
    const std::vector<Token>& tokens = document.tokens();
    SentenceLines lines(text);
    std::optional<bool> technical;  // whether the text holds code or file paths, asked once
    for (std::size_t i = 0; (i = next_candidate(text, tokens, i)) < tokens.size(); ++i) {
      const Token& token = tokens[i];
      const SentenceStart start = lowercase_sentence_start(document, i, lines);
      std::string_view rule;
      if (start == SentenceStart::kParagraph && paragraph_start_) rule = kParagraphStart;
      if (start == SentenceStart::kAfterStop && after_stop_) rule = kAfterStop;
      if (start == SentenceStart::kQuotation && quotation_start_) rule = kQuotationStart;
      if (!rule.empty() && spelled_in_lower_case_on_purpose(text, token)) {
        if (!technical) technical = holds_code_or_paths(document);
        if (*technical || written_in_lower_case_throughout(text, token)) rule = {};
      }
      if (!rule.empty()) {
        sink.propose(Edit{token.offset, token.length, capitalize_first(token.text(text)),
                          std::string(rule)});
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
    // From the second token on, two bytes stand before each token: one load of both, one
    // lookup, rather than && and ?:, which the compiler would make branches.
    const char* const bytes = text.data();
    const std::array<unsigned char, 0x10000>& may_start = may_start_after();
    for (; index < tokens.size(); ++index) {
      const Token& token = tokens[index];
      std::uint16_t before;
      std::memcpy(&before, bytes + token.offset - 2, 2);
      if (static_cast<unsigned>(token.casing == Casing::kLower) & may_start[before]) break;
    }
    return index;
  }

  // Whether a word may start a sentence, by the two bytes before it read as one 16-bit number
  // in the machine's byte order: kMayStart of their kBefore and kEndsWord. 64 KB, of which a
  // text reads a few lines: after a space, after a line break, after a mark.
  static const std::array<unsigned char, 0x10000>& may_start_after() {
    static const std::array<unsigned char, 0x10000> table = [] {
      std::array<unsigned char, 0x10000> starts{};
      for (unsigned first = 0; first < 0x100; ++first) {
        for (unsigned second = 0; second < 0x100; ++second) {
          const unsigned char bytes[2] = {static_cast<unsigned char>(first),
                                          static_cast<unsigned char>(second)};
          std::uint16_t both;
          std::memcpy(&both, bytes, 2);
          starts[both] = kMayStart[2 * kBefore[second] + kEndsWord[first]];
        }
      }
      return starts;
    }();
    return table;
  }

  // What the byte right before a word is.
  static constexpr unsigned char kMark = 0;   // an ASCII byte other than the two below
  static constexpr unsigned char kOther = 1;  // a line break, tab, opening quote or bracket,
                                              // or a byte of a longer character
  static constexpr unsigned char kSpace = 2;
  static constexpr std::array<unsigned char, 256> kBefore = [] {
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 0x100; ++c) classes[c] = c < 0x80 ? kMark : kOther;
    for (const char c : std::string_view("\t\n\r\"'([")) classes[c] = kOther;
    classes[' '] = kSpace;
    return classes;
  }();
  // By 2 * kBefore of the byte before the word + kEndsWord of the byte before that: whether
  // the word may start a sentence. After a mark no; after a line break or quote yes; after a
  // space, unless a word or comma stands before it.
  static constexpr std::array<unsigned char, 6> kMayStart = {0, 0, 1, 1, 1, 0};
  // The bytes that, before a space, leave the sentence going: "said that", "Lagos, said".
  static constexpr std::array<unsigned char, 256> kEndsWord = [] {
    std::array<unsigned char, 256> ends{};
    for (int c = 'a'; c <= 'z'; ++c) ends[c] = ends[c - 'a' + 'A'] = true;
    for (int c = '0'; c <= '9'; ++c) ends[c] = true;
    for (const char c : std::string_view(",;:-")) ends[c] = true;
    return ends;
  }();

  // A word that no English word list has in lower case, and that a technical text writes in
  // lower case elsewhere and never with a capital, is a name it spells so even at a sentence's
  // start: a program's (`tmux is a terminal multiplexer`, `…the socket. systemd will`). In news
  // such a word is more often a foreign one (`…or barley. happoshu has been`), which a sentence
  // starts with a capital: holds_code_or_paths tells the two texts apart.
  bool spelled_in_lower_case_on_purpose(std::string_view text, const Token& token) const {
    const std::string_view word = token.text(text);
    if (dictionary_->is_common(word) || common_->is_common(word)) return false;
    return written_only_in_lower_case(text, word, token.offset, /*copies=*/2);
  }
  // In any text, a word it writes in lower case three times more, and never with a capital:
  // `bc is a utility` in a README that writes `bc` sixteen times (not `...or barley. happoshu
  // has been` beside one more `happoshu`).
  static bool written_in_lower_case_throughout(std::string_view text, const Token& token) {
    constexpr std::size_t kOtherCopies = 3;
    return written_only_in_lower_case(text, token.text(text), token.offset, kOtherCopies + 1);
  }
  static bool holds_code_or_paths(const Document& document) {
    const std::vector<ProtectedSpan>& spans = document.protected_spans().spans();
    return std::any_of(spans.begin(), spans.end(), [](const ProtectedSpan& span) {
      return span.kind == SpanKind::kCode || span.kind == SpanKind::kPath;
    });
  }

  bool paragraph_start_;
  bool after_stop_;
  bool quotation_start_;
  std::shared_ptr<const CommonWords> dictionary_, common_;  // hunspell's and SCOWL's words
};

}  // namespace

const std::vector<std::string_view>& sentence_rule_ids() {
  static const std::vector<std::string_view> ids{kParagraphStart, kAfterStop, kQuotationStart};
  return ids;
}

std::unique_ptr<Matcher> make_sentence_matcher(const BuiltinContext& context) {
  return std::make_unique<SentenceMatcher>(context);
}

}  // namespace copydesk
