#include "text_diff.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace copydesk {

namespace {

// ---------------------------------------------------------------------------------------------
// Myers' O(ND) diff, linear-space form ("An O(ND) Difference Algorithm and Its Variations",
// E. Myers, 1986, section 4b), on token ids. The bisection follows diff-match-patch's
// diff_bisect. It marks the tokens that are not in the common subsequence it finds.
//
// A middle-snake search costs O(D^2) besides the snakes, so two unrelated texts of a million
// tokens would take hours. Like GNU diff, a search that passes kTooExpensive edits stops and
// splits at the point that got furthest instead: the script stays correct, and it is still
// minimal whenever fewer than 2 * kTooExpensive edits are needed. Measured on 2.6 MB one-line
// texts: 1000 scattered edits give the same output as an unbounded search, in 0.15 s; two
// unrelated texts take 2 s instead of hours (with 512: 4 s; with 2048: 12 s).
constexpr std::ptrdiff_t kTooExpensive = 256;

class Myers {
 public:
  Myers(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
        std::vector<char>& removed, std::vector<char>& added)
      : a_(a), b_(b), removed_(removed), added_(added) {}

  void run() { compare(0, a_.size(), 0, b_.size()); }

 private:
  // Marks the changes between a_[alo, ahi) and b_[blo, bhi): a minimal set, unless the search
  // was too expensive.
  void compare(std::size_t alo, std::size_t ahi, std::size_t blo, std::size_t bhi) {
    while (alo < ahi && blo < bhi && a_[alo] == b_[blo]) ++alo, ++blo;
    while (alo < ahi && blo < bhi && a_[ahi - 1] == b_[bhi - 1]) --ahi, --bhi;
    if (alo == ahi) {
      std::fill(added_.begin() + blo, added_.begin() + bhi, 1);
      return;
    }
    if (blo == bhi) {
      std::fill(removed_.begin() + alo, removed_.begin() + ahi, 1);
      return;
    }
    // Both sides are non-empty and differ at both ends, so at least two edits are needed and
    // the split leaves two strictly smaller problems.
    std::size_t x = 0, y = 0;
    const bool found = bisect(alo, ahi, blo, bhi, &x, &y);
    if (!found || (x == alo && y == blo) || (x == ahi && y == bhi)) {  // not reached
      std::fill(removed_.begin() + alo, removed_.begin() + ahi, 1);
      std::fill(added_.begin() + blo, added_.begin() + bhi, 1);
      return;
    }
    compare(alo, x, blo, y);
    compare(x, ahi, y, bhi);
  }

  // Finds the middle snake of an optimal path through a_[alo, ahi) x b_[blo, bhi) and stores a
  // point of it, in absolute indices, in (*x, *y); past `kTooExpensive` edits, the point of
  // either search that got furthest (largest x + y) instead.
  bool bisect(std::size_t alo, std::size_t ahi, std::size_t blo, std::size_t bhi, std::size_t* x,
              std::size_t* y) {
    using I = std::ptrdiff_t;
    const I n = static_cast<I>(ahi - alo);
    const I m = static_cast<I>(bhi - blo);
    const I max_d = std::min<I>((n + m + 1) / 2, kTooExpensive);  // iterations at most
    const I offset = max_d;
    const I length = 2 * max_d + 2;
    v1_.assign(static_cast<std::size_t>(length), -1);
    v2_.assign(static_cast<std::size_t>(length), -1);
    v1_[offset + 1] = 0;
    v2_[offset + 1] = 0;
    const I delta = n - m;
    const bool front = (delta % 2) != 0;  // odd: the forward search meets the reverse one
    I k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    const std::uint32_t* a = a_.data() + alo;
    const std::uint32_t* b = b_.data() + blo;
    I best_progress = 0, best_x = 0, best_y = 0;  // furthest point reached, as x + y from its
                                                  // search's start; forward coordinates
    for (I d = 0; d < max_d; ++d) {
      for (I k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const I k1o = offset + k1;
        I x1 = (k1 == -d || (k1 != d && v1_[k1o - 1] < v1_[k1o + 1])) ? v1_[k1o + 1]
                                                                      : v1_[k1o - 1] + 1;
        I y1 = x1 - k1;
        while (x1 < n && y1 < m && a[x1] == b[y1]) ++x1, ++y1;
        v1_[k1o] = x1;
        if (x1 > n) {
          k1end += 2;  // ran off the right edge
        } else if (y1 > m) {
          k1start += 2;  // ran off the bottom edge
        } else {
          if (y1 >= 0 && x1 + y1 > best_progress) {
            best_progress = x1 + y1, best_x = x1, best_y = y1;
          }
          if (!front) continue;
          const I k2o = offset + delta - k1;
          if (k2o >= 0 && k2o < length && v2_[k2o] != -1 && x1 >= n - v2_[k2o]) {
            *x = alo + static_cast<std::size_t>(x1);
            *y = blo + static_cast<std::size_t>(y1);
            return true;
          }
        }
      }
      for (I k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const I k2o = offset + k2;
        I x2 = (k2 == -d || (k2 != d && v2_[k2o - 1] < v2_[k2o + 1])) ? v2_[k2o + 1]
                                                                      : v2_[k2o - 1] + 1;
        I y2 = x2 - k2;
        while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) ++x2, ++y2;
        v2_[k2o] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else {
          if (y2 >= 0 && x2 + y2 > best_progress) {
            best_progress = x2 + y2, best_x = n - x2, best_y = m - y2;
          }
          if (front) continue;
          const I k1o = offset + delta - k2;
          if (k1o >= 0 && k1o < length && v1_[k1o] != -1) {
            const I x1 = v1_[k1o];
            const I y1 = offset + x1 - k1o;
            if (x1 >= n - x2) {
              *x = alo + static_cast<std::size_t>(x1);
              *y = blo + static_cast<std::size_t>(y1);
              return true;
            }
          }
        }
      }
      if (d + 1 >= kTooExpensive && best_progress > 0) {
        *x = alo + static_cast<std::size_t>(best_x);
        *y = blo + static_cast<std::size_t>(best_y);
        return true;
      }
    }
    return false;
  }

  const std::vector<std::uint32_t>& a_;
  const std::vector<std::uint32_t>& b_;
  std::vector<char>& removed_;
  std::vector<char>& added_;
  std::vector<std::ptrdiff_t> v1_, v2_;  // furthest x per diagonal, forward and reverse
};

// Appends `op` over before[i, i + di) and after[j, j + dj), extending the last run if it has
// the same op.
void push_run(std::vector<DiffRun>& runs, DiffOp op, std::size_t i, std::size_t di, std::size_t j,
              std::size_t dj) {
  if (!runs.empty() && runs.back().op == op) {
    runs.back().before_end += di;
    runs.back().after_end += dj;
    return;
  }
  runs.push_back(DiffRun{op, i, i + di, j, j + dj});
}

// ---------------------------------------------------------------------------------------------
// Tokens.

// Lines with their terminators; a last line without '\n' is a line too. "" has no lines.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

bool is_blank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

bool is_word_ascii(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Bytes of the punctuation character at s[i], or 0 if it starts no such character: any ASCII
// byte that is not a letter, digit, '_' or whitespace, and the UTF-8 encodings of U+0080-U+00BF
// (NBSP, guillemets, ...), U+2000-U+206F (typographic spaces, dashes, quotes, ellipsis) and
// U+3000-U+303F (CJK punctuation). Invalid UTF-8 is never punctuation.
std::size_t punct_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return (is_word_ascii(c) || is_blank(c) || c == '\n') ? 0 : 1;
  auto in = [&](std::size_t j, unsigned lo, unsigned hi) {
    if (j >= s.size()) return false;
    const auto b = static_cast<unsigned char>(s[j]);
    return b >= lo && b <= hi;
  };
  if (c == 0xC2 && in(i + 1, 0x80, 0xBF)) return 2;
  if (c == 0xE2 && ((in(i + 1, 0x80, 0x80) && in(i + 2, 0x80, 0xBF)) ||
                    (in(i + 1, 0x81, 0x81) && in(i + 2, 0x80, 0xAF)))) {
    return 3;
  }
  if (c == 0xE3 && in(i + 1, 0x80, 0x80) && in(i + 2, 0x80, 0xBF)) return 3;
  return 0;
}

// Splits text into words (letters, digits, '_' and any other non-ASCII bytes), runs of blanks,
// single line breaks and single punctuation characters. The tokens cover every byte, in order.
std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t j = i + 1;
    if (c == '\n') {
      // a token of its own
    } else if (is_blank(c)) {
      while (j < s.size() && is_blank(static_cast<unsigned char>(s[j]))) ++j;
    } else if (std::size_t p = punct_length(s, i); p > 0) {
      j = i + p;
    } else {
      while (j < s.size()) {
        const auto d = static_cast<unsigned char>(s[j]);
        if (d == '\n' || is_blank(d) || punct_length(s, j) > 0) break;
        ++j;
      }
    }
    tokens.push_back(s.substr(i, j - i));
    i = j;
  }
  return tokens;
}

// The bytes spanned by tokens[begin, end), which are consecutive slices of one text.
std::string_view span(const std::vector<std::string_view>& tokens, std::size_t begin,
                      std::size_t end) {
  if (begin == end) return {};
  const char* first = tokens[begin].data();
  const char* last = tokens[end - 1].data() + tokens[end - 1].size();
  return {first, static_cast<std::size_t>(last - first)};
}

// ---------------------------------------------------------------------------------------------
// Output.

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kGreen = "\x1b[32m";
constexpr std::string_view kRedBackground = "\x1b[41m";
constexpr std::string_view kGreenBackground = "\x1b[42m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kNoNewline = "\\ No newline at end of file\n";

// A group of changes shown together, with its context: runs [first, last] of the script and
// the line ranges [before_begin, before_end) and [after_begin, after_end) it prints.
struct Hunk {
  std::size_t first, last;
  std::size_t before_begin, before_end;
  std::size_t after_begin, after_end;
};

// Groups changes as GNU diff does: two changes share a hunk when at most 2 * context unchanged
// lines separate them.
std::vector<Hunk> make_hunks(const std::vector<DiffRun>& runs, std::size_t context) {
  std::vector<Hunk> hunks;
  std::size_t r = 0;
  while (r < runs.size()) {
    if (runs[r].op == DiffOp::kEqual) {
      ++r;
      continue;
    }
    const std::size_t first = r;
    std::size_t last = r;
    std::size_t k = r + 1;
    while (k < runs.size()) {
      if (runs[k].op != DiffOp::kEqual) {
        last = k++;
        continue;
      }
      const std::size_t gap = runs[k].before_end - runs[k].before_begin;
      if (k + 1 < runs.size() && gap <= 2 * context) {
        ++k;
        continue;
      }
      break;
    }
    // Runs before `first` and after `last` are equal, or absent.
    const std::size_t lead = std::min(
        context, runs[first].before_begin - (first > 0 ? runs[first - 1].before_begin : 0));
    const std::size_t trail =
        last + 1 < runs.size()
            ? std::min(context, runs[last + 1].before_end - runs[last + 1].before_begin)
            : 0;
    hunks.push_back(Hunk{first, last, runs[first].before_begin - lead,
                         runs[last].before_end + trail, runs[first].after_begin - lead,
                         runs[last].after_end + trail});
    r = k;
  }
  return hunks;
}

// "3,7", "5" for one line, "4,0" for no lines after line 4 (GNU's convention for empty ranges).
std::string range_text(std::size_t begin, std::size_t end) {
  if (begin == end) return std::to_string(begin) + ",0";
  if (end - begin == 1) return std::to_string(begin + 1);
  return std::to_string(begin + 1) + ',' + std::to_string(end - begin);
}

class Printer {
 public:
  explicit Printer(bool color) : color_(color) {}

  // Appends `text` followed by '\n', in `style` when coloring.
  void styled_line(std::string_view style, std::string_view text) {
    if (color_) out_ += style;
    out_ += text;
    if (color_) out_ += kReset;
    out_ += '\n';
  }

  void headers(std::string_view before_label, std::string_view after_label) {
    styled_line(kBold, std::string("--- ").append(before_label));
    styled_line(kBold, std::string("+++ ").append(after_label));
  }

  void hunk_header(const Hunk& h) {
    styled_line(kCyan, "@@ -" + range_text(h.before_begin, h.before_end) + " +" +
                           range_text(h.after_begin, h.after_end) + " @@");
  }

  // One line of a unified diff: `mark` (' ', '-' or '+') and the line without its '\n'; a line
  // that had none is followed by GNU's marker.
  void diff_line(char mark, std::string_view line) {
    const bool complete = !line.empty() && line.back() == '\n';
    if (complete) line.remove_suffix(1);
    const std::string_view style = mark == '-' ? kRed : mark == '+' ? kGreen : std::string_view();
    const bool paint = color_ && !style.empty();
    if (paint) out_ += style;
    out_ += mark;
    out_ += line;
    if (paint) out_ += kReset;
    out_ += '\n';
    if (!complete) out_ += kNoNewline;
  }

  // Text from a word diff; `op` says how it is marked. A marked run is marked piece by piece
  // between line breaks, and a piece is marked even when empty if a removed or added line
  // break follows it ("shares[--]" ends a line whose break was removed).
  void word_run(DiffOp op, std::string_view text) {
    if (op == DiffOp::kEqual) {
      out_ += text;
      return;
    }
    std::size_t start = 0;
    while (true) {
      const std::size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) {
        if (start < text.size()) marked(op, text.substr(start));
        return;
      }
      marked(op, text.substr(start, nl - start));
      out_ += '\n';
      start = nl + 1;
    }
  }

  // Ends the text of word_run calls: a last line without '\n' gets one and GNU's marker.
  void end_words() {
    if (!out_.empty() && out_.back() != '\n') {
      out_ += '\n';
      out_ += kNoNewline;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void marked(DiffOp op, std::string_view piece) {
    const bool removed = op == DiffOp::kDelete;
    if (!color_) {
      out_ += removed ? "[-" : "{+";
      out_ += piece;
      out_ += removed ? "-]" : "+}";
      return;
    }
    if (piece.empty()) return;
    // Removed or added blanks are invisible in a foreground color: paint their background.
    const bool blank = std::all_of(piece.begin(), piece.end(),
                                   [](char c) { return is_blank(static_cast<unsigned char>(c)); });
    out_ += removed ? (blank ? kRedBackground : kRed) : (blank ? kGreenBackground : kGreen);
    out_ += piece;
    out_ += kReset;
  }

  bool color_;
  std::string out_;
};

std::size_t context_lines(const DiffOptions& options) {
  return static_cast<std::size_t>(std::max(0, options.context));
}

}  // namespace

std::vector<DiffRun> diff_sequences(const std::vector<std::string_view>& before,
                                    const std::vector<std::string_view>& after) {
  // The common prefix and suffix are compared as bytes; only the middle is diffed.
  const std::size_t na = before.size();
  const std::size_t nb = after.size();
  std::size_t prefix = 0;
  while (prefix < na && prefix < nb && before[prefix] == after[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < na - prefix && suffix < nb - prefix &&
         before[na - 1 - suffix] == after[nb - 1 - suffix]) {
    ++suffix;
  }
  const std::size_t ma = na - prefix - suffix;
  const std::size_t mb = nb - prefix - suffix;

  // Token ids, numbered in order of first appearance so that nothing depends on hashing order.
  std::unordered_map<std::string_view, std::uint32_t> ids;
  ids.reserve(ma + mb);
  std::vector<std::uint32_t> ida(ma), idb(mb);
  for (std::size_t i = 0; i < ma; ++i) {
    ida[i] =
        ids.try_emplace(before[prefix + i], static_cast<std::uint32_t>(ids.size())).first->second;
  }
  for (std::size_t j = 0; j < mb; ++j) {
    idb[j] =
        ids.try_emplace(after[prefix + j], static_cast<std::uint32_t>(ids.size())).first->second;
  }

  // A token found on one side only is certainly changed; Myers sees only the others.
  std::vector<char> in_a(ids.size(), 0), in_b(ids.size(), 0);
  for (std::uint32_t id : ida) in_a[id] = 1;
  for (std::uint32_t id : idb) in_b[id] = 1;
  std::vector<char> removed(ma, 0), added(mb, 0);
  std::vector<std::uint32_t> ca, cb;          // the tokens Myers sees
  std::vector<std::size_t> where_a, where_b;  // their indices in ida, idb
  for (std::size_t i = 0; i < ma; ++i) {
    if (!in_b[ida[i]]) {
      removed[i] = 1;
    } else {
      ca.push_back(ida[i]);
      where_a.push_back(i);
    }
  }
  for (std::size_t j = 0; j < mb; ++j) {
    if (!in_a[idb[j]]) {
      added[j] = 1;
    } else {
      cb.push_back(idb[j]);
      where_b.push_back(j);
    }
  }
  std::vector<char> removed_c(ca.size(), 0), added_c(cb.size(), 0);
  Myers(ca, cb, removed_c, added_c).run();
  for (std::size_t i = 0; i < ca.size(); ++i) removed[where_a[i]] = removed_c[i];
  for (std::size_t j = 0; j < cb.size(); ++j) added[where_b[j]] = added_c[j];

  std::vector<DiffRun> runs;
  if (prefix > 0) push_run(runs, DiffOp::kEqual, 0, prefix, 0, prefix);
  std::size_t i = 0, j = 0;
  while (i < ma || j < mb) {
    if (i < ma && removed[i]) {
      push_run(runs, DiffOp::kDelete, prefix + i++, 1, prefix + j, 0);
    } else if (j < mb && added[j]) {
      push_run(runs, DiffOp::kInsert, prefix + i, 0, prefix + j++, 1);
    } else {  // both unchanged: they are matched to each other
      push_run(runs, DiffOp::kEqual, prefix + i++, 1, prefix + j++, 1);
    }
  }
  if (suffix > 0) push_run(runs, DiffOp::kEqual, na - suffix, suffix, nb - suffix, suffix);
  return runs;
}

std::string unified_diff(std::string_view before, std::string_view after,
                         std::string_view before_label, std::string_view after_label,
                         const DiffOptions& options) {
  if (before == after) return "";
  const std::vector<std::string_view> a = split_lines(before);
  const std::vector<std::string_view> b = split_lines(after);
  const std::vector<DiffRun> runs = diff_sequences(a, b);
  Printer p(options.color);
  p.headers(before_label, after_label);
  for (const Hunk& h : make_hunks(runs, context_lines(options))) {
    p.hunk_header(h);
    for (std::size_t i = h.before_begin; i < runs[h.first].before_begin; ++i)
      p.diff_line(' ', a[i]);
    for (std::size_t r = h.first; r <= h.last; ++r) {
      const DiffRun& run = runs[r];
      if (run.op == DiffOp::kInsert) {
        for (std::size_t j = run.after_begin; j < run.after_end; ++j) p.diff_line('+', b[j]);
      } else {
        const char mark = run.op == DiffOp::kEqual ? ' ' : '-';
        for (std::size_t i = run.before_begin; i < run.before_end; ++i) p.diff_line(mark, a[i]);
      }
    }
    for (std::size_t i = runs[h.last].before_end; i < h.before_end; ++i) p.diff_line(' ', a[i]);
  }
  return p.take();
}

std::string word_diff(std::string_view before, std::string_view after,
                      std::string_view before_label, std::string_view after_label,
                      const DiffOptions& options) {
  if (before == after) return "";
  const std::vector<std::string_view> a = split_lines(before);
  const std::vector<std::string_view> b = split_lines(after);
  const std::vector<DiffRun> runs = diff_sequences(a, b);
  Printer p(options.color);
  p.headers(before_label, after_label);
  for (const Hunk& h : make_hunks(runs, context_lines(options))) {
    p.hunk_header(h);
    auto context = [&](std::size_t begin, std::size_t end) {
      if (begin == end) return;
      p.word_run(DiffOp::kEqual, span(a, begin, end));
      p.end_words();
    };
    context(h.before_begin, runs[h.first].before_begin);
    for (std::size_t r = h.first; r <= h.last; ++r) {
      const DiffRun& run = runs[r];
      if (run.op == DiffOp::kEqual) {
        context(run.before_begin, run.before_end);
        continue;
      }
      // A change block: a deletion, an insertion, or a deletion and the insertion after it.
      std::size_t b_begin = run.after_begin, b_end = run.after_end;
      if (run.op == DiffOp::kDelete && r < h.last && runs[r + 1].op == DiffOp::kInsert) {
        ++r;
        b_begin = runs[r].after_begin;
        b_end = runs[r].after_end;
      }
      const std::vector<std::string_view> wa =
          split_words(span(a, run.before_begin, run.before_end));
      const std::vector<std::string_view> wb = split_words(span(b, b_begin, b_end));
      for (const DiffRun& w : diff_sequences(wa, wb)) {
        if (w.op == DiffOp::kInsert) {
          p.word_run(w.op, span(wb, w.after_begin, w.after_end));
        } else {
          p.word_run(w.op, span(wa, w.before_begin, w.before_end));
        }
      }
      p.end_words();
    }
    context(runs[h.last].before_end, h.before_end);
  }
  return p.take();
}

}  // namespace copydesk
