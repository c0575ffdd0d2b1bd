#include "speech_verbs.hpp"

#include <array>

#include "string_map.hpp"

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

std::span<const char* const> speech_verbs() {
  return kSpeechVerbs;
}

}  // namespace copydesk
