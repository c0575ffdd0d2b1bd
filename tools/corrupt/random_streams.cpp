#include "random_streams.hpp"

namespace copydesk::corrupt {

namespace {

// SplitMix64's finalizer: spreads nearby inputs (seed 1, seed 2) over the whole seed space.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

Rng make_stream(std::uint64_t seed, std::string_view file_name, std::uint64_t purpose) {
  return Rng(mix(mix(seed + stable_hash(file_name)) + purpose));
}

double uniform_unit(Rng& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

bool chance(Rng& rng, double rate) {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return uniform_unit(rng) < rate;
}

std::size_t uniform_index(Rng& rng, std::size_t size) {
  return static_cast<std::size_t>(uniform_unit(rng) * static_cast<double>(size)) % size;
}

}  // namespace copydesk::corrupt
