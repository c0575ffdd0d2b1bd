#include "sentence_stage.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "casing.hpp"
#include "casing_document_names.hpp"
#include "common_words.hpp"
#include "sentence_position.hpp"
#include "sentence_starts.hpp"

namespace copydesk {

namespace {

constexpr std::string_view kParagraphStart = "sentence.paragraph-start";
constexpr std::string_view kAfterStop = "sentence.after-stop";
constexpr std::string_view kQuotationStart = "sentence.quotation-start";

// Whether a word after the bytes `first` and `second` may start a sentence, as lead_of and
// lowercase_sentence_start would judge it from them (with lead_of's own tests of the marks).
constexpr bool may_start_after(unsigned first, unsigned second) {
  if (second >= 0x80) return true;  // a byte of a longer character: a curly quote, a space...
  if (second == ' ') return !plain_before_space(static_cast<char>(first));  // not "5% rise"
  if (second == '\n' || second == '\r' || second == '\t') return true;
  if (is_opening_mark(second)) {
    // An opening mark right after a word, a digit or a mark opens nothing ("don't", "it's",
    // "Ministers'(the"): another opening mark, a space or a line break may come before one.
    return first >= 0x80 || is_opening_mark(first) || first == ' ' || first == '\t' ||
           first == '\n' || first == '\r';
  }
  return false;  // after a mark: "well-known", "and/or"
}

// What the two bytes before a word, read as one 16-bit number in the machine's byte order,
// say of it: bit 0, whether it may start a sentence; bit 1, whether they are a closing mark
// and a space, so that the byte before them decides. 64 KB, made when copydesk is compiled, of
// which a text reads a few lines: after a space, after a line break, after a mark.
constexpr std::array<unsigned char, 0x10000> kMayStartAfter = [] {
  std::array<unsigned char, 0x10000> starts{};
  for (unsigned first = 0; first < 0x100; ++first) {
    for (unsigned second = 0; second < 0x100; ++second) {
      const unsigned both = std::endian::native == std::endian::little ? first | (second << 8)
                                                                       : (first << 8) | second;
      const bool closer_and_space = first < 0x80 && is_closing_mark(first) && second == ' ';
      starts[both] =
          static_cast<unsigned char>(may_start_after(first, second) | (closer_and_space ? 2 : 0));
    }
  }
  return starts;
}();

// Whether a closing mark after byte `c` ends no sentence: `c` is no stop, no other closing
// mark and no part of a longer character ("…”", "?”").
constexpr bool closes_no_sentence(unsigned char c) {
  return c < 0x80 && c != '.' && c != '!' && c != '?' && !is_closing_mark(c);
}

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
  // three bytes before it; the number of tokens when none may. Nearly every word follows a
  // space after a letter or comma, or a mark that is neither a space, a line break nor an
  // opening quote or bracket ("well-known"), or sits inside a word ("don't", "it's"): lead_of
  // would call them kOther. The test is made without a branch on the word, whose casing and
  // neighbours no branch predictor can follow.
  static std::size_t next_candidate(std::string_view text, const std::vector<Token>& tokens,
                                    std::size_t index) {
    // The first tokens, with fewer than three bytes before them, are asked as they come.
    for (; index < tokens.size() && tokens[index].offset < 3; ++index) {
      if (tokens[index].casing == Casing::kLower) return index;
    }
    // From there, two bytes stand before each token: one load of both, one lookup, rather than
    // && and ?:, which the compiler would make branches. The byte before them is read only for
    // the few words that pass.
    const char* const bytes = text.data();
    const std::array<unsigned char, 0x10000>& may_start = kMayStartAfter;
    for (; index < tokens.size(); ++index) {
      const Token& token = tokens[index];
      std::uint16_t before;
      std::memcpy(&before, bytes + token.offset - 2, 2);
      const unsigned start = may_start[before];
      if ((static_cast<unsigned>(token.casing == Casing::kLower) & start) == 0) continue;
      // A space after a closing mark starts a sentence only after a stop ('." The'): a closing
      // mark after a word or a comma ('," he said', "the players' union") does not.
      if ((start & 2) == 0 ||
          !closes_no_sentence(static_cast<unsigned char>(bytes[token.offset - 3]))) {
        break;
      }
    }
    return index;
  }

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
