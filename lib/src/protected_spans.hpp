// Protected spans: the parts of a document that no rule may change. URLs, email addresses,
// domain names, file names and paths, numbers, abbreviations and initials, Markdown code, HTML
// tags, version-control keywords, link texts that name their address, command lines in quotes,
// a leading byte order mark. They are found once per stage pass and enforced in one place, the engine, which drops
// any edit that changes a protected byte (inserting at a span's edge stays allowed, so
// "U.K.and" can still become "U.K. and"). Rules never check them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"

namespace copydesk {

struct Edit;

enum class SpanKind {
  kUrl,
  kEmail,
  kDomain,        // daily-world-news.com, the .org domain
  kPath,          // ./validate.sh, report.pdf, /usr/share
  kNumber,        // 3.5, 1,000, 10:30, .5
  kAbbreviation,  // U.S., e.g., Dr., et al.
  kInitials,      // C. S., J.R.R.
  kHandle,        // @copydesk
  kEmoticon,      // :-)
  kCode,          // `code`, fenced blocks
  kByteOrderMark,
};

const char* to_string(SpanKind kind);

struct ProtectedSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  SpanKind kind = SpanKind::kCode;
  // Whether the span starts / ends with a word character ("https://x.org/dialog" ends with
  // one, "U.K." does not): an insertion of word characters there would lengthen the span's
  // word ("dialog" + "ue"), which is a change to it, not an insertion at its edge.
  bool word_first = false;
  bool word_last = false;
};

class ProtectedSpans {
 public:
  ProtectedSpans() = default;
  // `spans` in any order; overlapping spans are merged (the earlier one's kind is kept).
  explicit ProtectedSpans(std::vector<ProtectedSpan> spans);

  // False when the edit would change a protected byte or insert strictly inside a span, or
  // insert at a span's edge text that glues a word character onto the span's own word
  // character there. Insertions that separate ("U.K." + " and") stay allowed, and so does a
  // deletion that takes whole spans away (a deleted line with a URL in it).
  bool allows(const Edit& edit) const;
  // For an edit that the engine narrowed from `proposed` (common prefix and suffix dropped):
  // also false when the proposal reached into a span and was narrowed to an insertion at that
  // span's edge, which would still change what the span says.
  bool allows(const Edit& narrowed, const Edit& proposed) const;
  // The span that contains byte `pos`, or nullptr.
  const ProtectedSpan* find(std::size_t pos) const;
  const std::vector<ProtectedSpan>& spans() const { return spans_; }

 private:
  std::vector<ProtectedSpan> spans_;  // sorted, disjoint
};

// Scans `text` once. `abbreviations` adds listed entries to the generic patterns
// (two or more dotted single letters "U.S.", "a.m."; initials "C. S.").
ProtectedSpans find_protected_spans(std::string_view text, const AbbreviationList& abbreviations);

}  // namespace copydesk
