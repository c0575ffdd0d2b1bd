// Reproducible randomness: one std::mt19937_64 stream per file and per purpose, seeded from
// the run's seed, a stable hash of the file's name and the purpose, so that a file's
// corruption depends neither on the order files are processed in nor on the rates of the
// other classes. The draws are written out here rather than left to std::*_distribution,
// whose results differ between standard libraries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace copydesk::corrupt {

using Rng = std::mt19937_64;

// FNV-1a: stable across platforms and runs, unlike std::hash.
std::uint64_t stable_hash(std::string_view text);

// The stream for one purpose (a class index, or another small number) of one file.
Rng make_stream(std::uint64_t seed, std::string_view file_name, std::uint64_t purpose);

// A uniform double in [0, 1).
double uniform_unit(Rng& rng);
// True with probability `rate`.
bool chance(Rng& rng, double rate);
// A uniform index in [0, size), size > 0.
std::size_t uniform_index(Rng& rng, std::size_t size);

// Fisher-Yates, with the draws above.
template <typename T>
void shuffle(std::vector<T>& items, Rng& rng) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::swap(items[i - 1], items[uniform_index(rng, i)]);
  }
}

}  // namespace copydesk::corrupt
