#include "alignment.hpp"

#include "casing.hpp"
#include "text_diff.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_whitespace_unit(std::string_view unit) {
  return !unit.empty() && is_space_byte(unit[0]);
}

}  // namespace

std::vector<std::string_view> alignment_units(std::string_view text) {
  std::vector<std::string_view> units;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    if (is_space_byte(text[i])) {
      while (i < text.size() && is_space_byte(text[i])) ++i;
    } else if (word_char_after(text, i)) {
      while (i < text.size() && word_char_after(text, i)) i += utf8::decode(text, i).length;
    } else {
      // A run of punctuation and symbols is one unit: a table rule "|———|" is one edit.
      while (i < text.size() && !is_space_byte(text[i]) && !word_char_after(text, i)) {
        i += utf8::decode(text, i).length;
      }
    }
    units.push_back(text.substr(start, i - start));
  }
  return units;
}

namespace {

// Offsets of units in their text: offsets[k] is where unit k starts; offsets[size] the end.
std::vector<std::size_t> unit_offsets(std::string_view text,
                                      const std::vector<std::string_view>& units) {
  std::vector<std::size_t> offsets;
  offsets.reserve(units.size() + 1);
  for (std::string_view unit : units)
    offsets.push_back(static_cast<std::size_t>(unit.data() - text.data()));
  offsets.push_back(text.size());
  return offsets;
}

struct Block {
  std::size_t source_begin, source_end;  // unit indices
  std::size_t target_begin, target_end;
};

class Splitter {
 public:
  Splitter(std::string_view source, std::string_view target,
           const std::vector<std::string_view>& s_units,
           const std::vector<std::string_view>& t_units)
      : source_(source),
        target_(target),
        s_units_(s_units),
        t_units_(t_units),
        s_offsets_(unit_offsets(source, s_units)),
        t_offsets_(unit_offsets(target, t_units)) {}

  void emit(std::size_t sb, std::size_t se, std::size_t tb, std::size_t te,
            std::vector<TextEdit>& out) const {
    const std::size_t begin = s_offsets_[sb], end = s_offsets_[se];
    const std::string_view before = source_.substr(begin, end - begin);
    const std::string_view after = target_.substr(t_offsets_[tb], t_offsets_[te] - t_offsets_[tb]);
    if (before != after) out.push_back({begin, end, std::string(before), std::string(after)});
  }

  // One edit per block; or, when its non-space units pair up one to one and differ at most in
  // letter case, one per unit and per whitespace gap (a space and a capital, two rules' work).
  void split(const Block& b, std::vector<TextEdit>& out) const {
    std::vector<std::size_t> s_words, t_words;
    for (std::size_t k = b.source_begin; k < b.source_end; ++k)
      if (!is_whitespace_unit(s_units_[k])) s_words.push_back(k);
    for (std::size_t k = b.target_begin; k < b.target_end; ++k)
      if (!is_whitespace_unit(t_units_[k])) t_words.push_back(k);
    bool pairs_up = s_words.size() == t_words.size();
    for (std::size_t k = 0; pairs_up && k < s_words.size(); ++k) {
      pairs_up = fold_case(s_units_[s_words[k]]) == fold_case(t_units_[t_words[k]]);
    }
    if (!pairs_up) {
      emit(b.source_begin, b.source_end, b.target_begin, b.target_end, out);
      return;
    }
    std::size_t s = b.source_begin, t = b.target_begin;
    for (std::size_t k = 0; k < s_words.size(); ++k) {
      emit(s, s_words[k], t, t_words[k], out);  // the gap before the k-th word
      emit(s_words[k], s_words[k] + 1, t_words[k], t_words[k] + 1, out);
      s = s_words[k] + 1;
      t = t_words[k] + 1;
    }
    emit(s, b.source_end, t, b.target_end, out);
  }

 private:
  std::string_view source_, target_;
  const std::vector<std::string_view>& s_units_;
  const std::vector<std::string_view>& t_units_;
  std::vector<std::size_t> s_offsets_, t_offsets_;
};

}  // namespace

std::vector<TextEdit> align(std::string_view source, std::string_view target) {
  std::vector<TextEdit> edits;
  if (source == target) return edits;
  const auto s_units = alignment_units(source);
  const auto t_units = alignment_units(target);
  const Splitter splitter(source, target, s_units, t_units);
  const auto runs = diff_sequences(s_units, t_units);
  for (std::size_t i = 0; i < runs.size();) {
    if (runs[i].op == DiffOp::kEqual) {
      ++i;
      continue;
    }
    // A block: the consecutive non-equal runs (a deletion and the insertion beside it).
    Block block{runs[i].before_begin, runs[i].before_end, runs[i].after_begin, runs[i].after_end};
    while (++i < runs.size() && runs[i].op != DiffOp::kEqual) {
      block.source_end = runs[i].before_end;
      block.target_end = runs[i].after_end;
    }
    splitter.split(block, edits);
  }
  return edits;
}

}  // namespace copydesk
