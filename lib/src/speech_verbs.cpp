#include "speech_verbs.hpp"

#include <array>

#include "string_map.hpp"
#include "word_filter.hpp"

namespace copydesk {

namespace {

constexpr std::array kSpeechVerbs{
    "said",     "says",      "told",      "added",    "adds",      "announced", "reported",
    "warned",   "warns",     "argued",    "argues",   "claimed",   "claims",    "insisted",
    "insists",  "admitted",  "admits",    "declined", "denied",    "confirmed", "revealed",
    "stated",   "states",    "explained", "explains", "responded", "replied",   "wrote",
    "writes",   "declared",  "commented", "asked",    "stressed",  "continued", "continues",
    "recalled", "concluded", "remarked"};

}  // namespace

bool is_speech_verb(std::string_view word) {
  static const StringSet kWords(kSpeechVerbs.begin(), kSpeechVerbs.end());
  return kWords.find(word) != kWords.end();
}

bool is_speech_verb_hash(std::uint64_t hash) {
  static const WordHashSet kHashes = WordHashSet::of(kSpeechVerbs);
  return kHashes.contains(hash);
}

}  // namespace copydesk
