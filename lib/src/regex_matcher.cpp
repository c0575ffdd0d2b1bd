#include "regex_matcher.hpp"

namespace copydesk {

RE2::Options regex_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

RegexMatcher::RegexMatcher() = default;

std::string RegexMatcher::check(const std::string& pattern, const std::string& replace) {
  RE2 regex(pattern, regex_options());
  if (!regex.ok()) return "bad regex: " + regex.error();
  std::string error;
  if (!regex.CheckRewriteString(replace, &error)) return "bad replacement: " + error;
  return "";
}

void RegexMatcher::add_rule(const RuleDefinition& rule) {
  rules_.push_back({rule.id, std::make_unique<RE2>(rule.pattern, regex_options()), rule.replace});
}

void RegexMatcher::compile() {
  set_ = std::make_unique<RE2::Set>(regex_options(), RE2::UNANCHORED);
  set_ok_ = true;
  for (const Compiled& rule : rules_) {
    if (set_->Add(rule.regex->pattern(), nullptr) < 0) set_ok_ = false;
  }
  set_ok_ = set_ok_ && set_->Compile();
}

void RegexMatcher::propose(const Document& document, EditSink& sink) const {
  const std::string_view text = document.text();
  std::vector<int> fired;
  RE2::Set::ErrorInfo error{};
  if (set_ok_ && set_->Match(text, &fired, &error)) {
    for (int index : fired) run(rules_[static_cast<std::size_t>(index)], text, sink);
  } else if (!set_ok_ || error.kind != RE2::Set::kNoError) {
    // The set could not decide (for example its DFA ran out of memory): run every rule.
    for (const Compiled& rule : rules_) run(rule, text, sink);
  }
}

void RegexMatcher::run(const Compiled& rule, std::string_view text, EditSink& sink) const {
  const int groups = std::min(rule.regex->NumberOfCapturingGroups() + 1, 10);
  std::vector<re2::StringPiece> match(static_cast<std::size_t>(groups));
  std::size_t pos = 0;
  while (pos <= text.size() &&
         rule.regex->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                           RE2::UNANCHORED, match.data(), groups)) {
    const std::size_t begin = static_cast<std::size_t>(match[0].data() - text.data());
    const std::size_t end = begin + match[0].size();
    std::string replacement;
    if (rule.regex->Rewrite(&replacement, rule.rewrite, match.data(), groups) &&
        std::string_view(match[0].data(), match[0].size()) != replacement) {
      sink.propose(Edit{begin, end - begin, std::move(replacement), rule.id});
    }
    pos = end > pos ? end : pos + 1;
  }
}

}  // namespace copydesk
