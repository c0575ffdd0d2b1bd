#include "corruptor.hpp"

#include <algorithm>
#include <unordered_set>

#include "capitalization_evidence.hpp"
#include "casing.hpp"
#include "glyph_table.hpp"
#include "injection_sites.hpp"
#include "random_streams.hpp"
#include "text_analysis.hpp"
#include "tokens.hpp"

namespace copydesk::corrupt {

namespace {

// Random streams of a file: one per class, and one to order the drawn injections. The order
// stream keeps the number it had before the lone-name class came, so that a seed draws the
// same corpus as before.
constexpr std::uint64_t kOrderStream = 6;

std::uint64_t stream_of(CorruptionClass kind) {
  return kind == CorruptionClass::kLoneName ? kOrderStream + 1 : static_cast<std::uint64_t>(kind);
}

std::vector<Injection> find_sites(CorruptionClass kind, const TextAnalysis& analysis,
                                  const CorruptionSettings& settings, Rng& rng) {
  switch (kind) {
    case CorruptionClass::kSpacing:
      return find_spacing_sites(analysis);
    case CorruptionClass::kSentence:
      return find_sentence_sites(analysis);
    case CorruptionClass::kCasing:
      return find_casing_sites(analysis, rng);
    case CorruptionClass::kTypo:
      return settings.misspellings ? find_typo_sites(analysis, *settings.misspellings, rng)
                                   : std::vector<Injection>{};
    case CorruptionClass::kUnicode:
      return find_unicode_sites(analysis);
    case CorruptionClass::kGlyph:
      return {};  // not a site in the text: see glyph_table.hpp
    case CorruptionClass::kLoneName:
      return find_lone_name_sites(analysis);
  }
  return {};
}

// Each class's sites, each drawn with the class's rate.
std::vector<Injection> draw_injections(const TextAnalysis& analysis, std::string_view name,
                                       const CorruptionSettings& settings) {
  std::vector<Injection> drawn;
  for (CorruptionClass kind : kAllCorruptionClasses) {
    const double rate = settings.rates[kind];
    if (rate <= 0) continue;
    Rng rng = make_stream(settings.seed, name, stream_of(kind));
    for (Injection& site : find_sites(kind, analysis, settings, rng)) {
      if (chance(rng, rate)) drawn.push_back(std::move(site));
    }
  }
  return drawn;
}

// Keeps the drawn injections that stay apart, taken in a random order so that no class
// crowds out another; returns them in text order.
std::vector<Injection> keep_apart(std::vector<Injection> drawn, const TextAnalysis& analysis,
                                  std::string_view name, const CorruptionSettings& settings) {
  Rng rng = make_stream(settings.seed, name, kOrderStream);
  shuffle(drawn, rng);
  InjectionClaims claims(analysis.chunks);
  std::vector<Injection> kept;
  for (Injection& injection : drawn) {
    if (claims.try_claim({injection.begin, injection.end})) kept.push_back(std::move(injection));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Injection& a, const Injection& b) { return a.begin < b.begin; });
  return kept;
}

// The folded words that appear capitalized anywhere in `text`.
std::unordered_set<std::string> capitalized_words(std::string_view text) {
  std::unordered_set<std::string> words;
  for (const Token& token : tokenize(text)) {
    if (starts_with_capital(token.text(text))) words.insert(fold_case(token.text(text)));
  }
  return words;
}

// Whether each lower-cased name still appears capitalized in the scraped text: by
// construction it does, unless another class's injection hit the kept occurrence.
void mark_casing_subclasses(CorruptedText& result) {
  bool any_casing = false;
  for (const InjectedError& error : result.injected)
    any_casing |= error.kind == CorruptionClass::kCasing;
  if (!any_casing) return;
  const auto capitalized = capitalized_words(result.scraped);
  for (InjectedError& error : result.injected) {
    if (error.kind != CorruptionClass::kCasing) continue;
    error.subclass =
        capitalized.contains(fold_case(error.after)) ? "known-elsewhere" : "not-elsewhere";
  }
}

}  // namespace

CorruptedText corrupt_text(std::string_view clean, std::string_view name,
                           const CorruptionSettings& settings) {
  const TextAnalysis analysis(clean);
  const std::vector<Injection> injections =
      keep_apart(draw_injections(analysis, name, settings), analysis, name, settings);

  CorruptedText result;
  result.edited = std::string(clean);
  result.scraped.reserve(clean.size() + 64);
  std::size_t copied = 0;
  for (const Injection& injection : injections) {
    result.scraped.append(clean, copied, injection.begin - copied);
    result.injected.push_back(
        {injection.kind, "", result.scraped.size(), injection.replacement,
         std::string(clean.substr(injection.begin, injection.end - injection.begin))});
    result.scraped += injection.replacement;
    copied = injection.end;
  }
  result.scraped.append(clean, copied);

  Rng glyph_rng = make_stream(settings.seed, name, stream_of(CorruptionClass::kGlyph));
  if (chance(glyph_rng, settings.rates[CorruptionClass::kGlyph])) {
    if (const auto table = make_glyph_table(analysis, glyph_rng)) {
      result.injected.push_back({CorruptionClass::kGlyph, "",
                                 result.scraped.size() + table->separator_offset,
                                 table->scraped_separator, table->clean_separator});
      result.scraped += table->scraped;
      result.edited += table->clean;
    }
  }
  mark_casing_subclasses(result);
  return result;
}

}  // namespace copydesk::corrupt
