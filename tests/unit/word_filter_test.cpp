// WordFilter: no word added is ever missed, also when filters of different sizes are merged
// (the casing sieve probes the lexicon's and the dictionary's names as one filter).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "word_filter.hpp"

namespace copydesk {
namespace {

std::vector<std::uint64_t> hashes_of(const std::string& stem, int count) {
  std::vector<std::uint64_t> hashes;
  for (int i = 0; i < count; ++i) hashes.push_back(word_hash(stem + std::to_string(i)));
  return hashes;
}

TEST(WordFilterTest, HoldsEveryWordAddedAndFewOthers) {
  WordFilter filter = WordFilter::for_words(1000);
  for (const std::uint64_t hash : hashes_of("name", 1000)) filter.add(hash);
  for (const std::uint64_t hash : hashes_of("name", 1000)) EXPECT_TRUE(filter.may_contain(hash));
  int passed = 0;
  for (const std::uint64_t hash : hashes_of("other", 10000)) passed += filter.may_contain(hash);
  EXPECT_LT(passed, 500);  // under 5% by mistake at 16 bits a word
}

TEST(WordFilterTest, AddAllKeepsTheWordsOfASmallerAndALargerFilter) {
  WordFilter small(10), large(16);
  const std::vector<std::uint64_t> few = hashes_of("lexicon", 40);
  const std::vector<std::uint64_t> many = hashes_of("dictionary", 3000);
  for (const std::uint64_t hash : few) small.add(hash);
  for (const std::uint64_t hash : many) large.add(hash);
  for (const unsigned bits : {8u, 12u, 16u, 18u}) {
    WordFilter merged(bits);
    merged.add_all(small);
    merged.add_all(large);
    for (const std::uint64_t hash : few) EXPECT_TRUE(merged.may_contain(hash)) << bits;
    for (const std::uint64_t hash : many) EXPECT_TRUE(merged.may_contain(hash)) << bits;
  }
  // either() makes such a filter the size of the larger.
  const WordFilter both = WordFilter::either(small, large);
  EXPECT_EQ(both.bit_count(), large.bit_count());
  for (const std::uint64_t hash : few) EXPECT_TRUE(both.may_contain(hash));
  for (const std::uint64_t hash : many) EXPECT_TRUE(both.may_contain(hash));
}

TEST(WordFilterTest, ResetForWordsEmptiesAndSizesAsForWords) {
  // The casing evidence makes its filter again for each document in the memory of the last.
  WordFilter filter = WordFilter::for_words(5000);
  for (const std::uint64_t hash : hashes_of("before", 5000)) filter.add(hash);
  for (const std::size_t words : {std::size_t{10}, std::size_t{300}, std::size_t{20000}}) {
    filter.reset_for_words(words);
    EXPECT_EQ(filter.bit_count(), WordFilter::for_words(words).bit_count()) << words;
    int passed = 0;
    for (const std::uint64_t hash : hashes_of("before", 5000)) passed += filter.may_contain(hash);
    EXPECT_EQ(passed, 0) << words;
    for (const std::uint64_t hash : hashes_of("after", 300)) filter.add(hash);
    for (const std::uint64_t hash : hashes_of("after", 300)) EXPECT_TRUE(filter.may_contain(hash));
  }
}

TEST(WordFilterTest, AddAllOfEmptyFiltersHoldsNothing) {
  // A rule that is off gives the sieve an empty filter: merged, it lets no word through.
  WordFilter merged(14);
  merged.add_all(WordFilter(6));
  merged.add_all(WordFilter(16));
  for (const std::uint64_t hash : hashes_of("word", 1000)) EXPECT_FALSE(merged.may_contain(hash));
  EXPECT_EQ(merged.bit_count(), 16384u);
}

}  // namespace
}  // namespace copydesk
