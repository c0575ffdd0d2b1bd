// The site finders, one per word-level class (one .cpp each): every place in a clean text
// where the class can inject an error, as the injection it would make there. They decide
// where an error is plausible and unambiguous to repair; the corruptor decides, with the
// class's rate, which sites are corrupted. The glyph class has no sites in the text (see
// glyph_table.hpp).
#pragma once

#include <vector>

#include "injection.hpp"
#include "misspellings.hpp"
#include "random_streams.hpp"
#include "text_analysis.hpp"

namespace copydesk::corrupt {

// ", . ; : ? !" after a lower-case letter, ')' or a closing quote, followed by exactly one
// space and a letter, outside numbers, URLs, emails and dotted abbreviations: the space is
// deleted ("markets, sending" -> "markets,sending").
std::vector<Injection> find_spacing_sites(const TextAnalysis& text);

// A Title-case word of two letters or more at a clear sentence start, that the text never
// capitalizes mid-sentence: lower-cased ("The vote" -> "the vote"). A word the text does
// capitalize mid-sentence ("Japan") is a name, and lower-casing it would make a casing error,
// not a sentence-start one.
std::vector<Injection> find_sentence_sites(const TextAnalysis& text);

// A mid-sentence, Title-case word of three letters or more that the text capitalizes at every
// mid-sentence occurrence, at least twice: lower-cased ("Google" -> "google"). One occurrence
// of each such word, drawn from `rng`, is never a site, so that the text keeps the evidence
// that repairs the others.
std::vector<Injection> find_casing_sites(const TextAnalysis& text, Rng& rng);

// A mid-sentence, Title-case word of three letters or more that the text writes only once, in
// any case: lower-cased ("said Unilever" -> "said unilever"). Nothing else in the text shows it
// is a name, so only a lexicon can repair it.
std::vector<Injection> find_lone_name_sites(const TextAnalysis& text);

// A word (not a mid-sentence Title-case name, not part of a contraction) whose lower-case form
// is the fix of some misspellings: replaced by one of them, drawn from `rng`, in the word's
// casing ("First" -> "Frist", "FIRST" -> "FRIST").
std::vector<Injection> find_typo_sites(const TextAnalysis& text, const Misspellings& misspellings,
                                       Rng& rng);

// A whitespace-separated word with non-ASCII characters, valid UTF-8, outside protected spans:
// its bytes read as Windows-1252 ("it’s" -> "itâ€™s").
std::vector<Injection> find_unicode_sites(const TextAnalysis& text);

}  // namespace copydesk::corrupt
