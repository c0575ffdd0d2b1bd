#include "line_delete_matcher.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "regex_matcher.hpp"

namespace copydesk {

LineDeleteMatcher::LineDeleteMatcher(const std::vector<const RuleDefinition*>& rules) {
  set_ = std::make_unique<RE2::Set>(regex_options(), RE2::ANCHOR_BOTH);
  for (const RuleDefinition* rule : rules) {
    if (set_->Add(rule->pattern, nullptr) >= 0) ids_.push_back(rule->id);
  }
  if (!set_->Compile()) set_.reset();
}

void LineDeleteMatcher::propose(const Document& document, EditSink& sink) const {
  if (!set_) return;
  const std::string_view text = document.text();
  std::vector<int> matched;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::size_t content_end = end;
    if (content_end > begin && text[content_end - 1] == '\r') --content_end;  // CRLF
    matched.clear();
    if (set_->Match(text.substr(begin, content_end - begin), &matched) && !matched.empty()) {
      // The first rule, in pack order, names the deletion.
      const int first = *std::min_element(matched.begin(), matched.end());
      const std::string& rule = ids_[static_cast<std::size_t>(first)];
      // The last line of a text without a final newline takes the newline before it, so that
      // no empty line is left at the end.
      std::size_t from = begin, to = next;
      if (next == text.size() && end == text.size() && begin > 0) {
        from = begin - 1;
        if (from > 0 && text[from - 1] == '\r') --from;
      }
      if (sink.accepts(rule)) sink.propose(Edit{from, to - from, "", rule});
    }
    begin = next;
  }
}

}  // namespace copydesk
