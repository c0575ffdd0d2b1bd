// Words as a reader counts them, the runs of text between whitespace ("markets,", "(£600m)",
// "Franco-German"), and the claims that keep injections apart: an injection claims the words
// it touches, and no other injection may touch the same or an adjacent word. Each injected
// error then stays one separate word-level edit, which is how `copydesk eval` aligns and
// classifies it; two errors in one word would be scored as one edit of neither class.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk::corrupt {

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class WordChunks {
 public:
  explicit WordChunks(std::string_view text);

  const std::vector<ByteRange>& chunks() const { return chunks_; }
  // The chunks that the bytes [begin, end) touch, as indexes [first, last]; a range that
  // ends where a chunk starts or starts where one ends touches it too, since deleting the
  // space between two words joins them. Returns false when none is touched.
  bool touched(ByteRange range, std::size_t& first, std::size_t& last) const;

 private:
  std::vector<ByteRange> chunks_;
};

class InjectionClaims {
 public:
  explicit InjectionClaims(const WordChunks& chunks);

  // Claims the words `range` touches, unless one of them or a neighbour is claimed already.
  bool try_claim(ByteRange range);

 private:
  const WordChunks& chunks_;
  std::vector<bool> claimed_;
};

}  // namespace copydesk::corrupt
