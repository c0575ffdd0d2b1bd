#include "unicode_stage.hpp"

#include <cstring>
#include <optional>
#include <string>

#include "unicode_characters.hpp"
#include "unicode_code_pages.hpp"
#include "unicode_html_entities.hpp"
#include "unicode_invalid_bytes.hpp"
#include "unicode_line.hpp"
#include "unicode_mojibake.hpp"
#include "unicode_normalization.hpp"
#include "unicode_scan.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

using unicode::Repair;

constexpr std::string_view kMojibake = "unicode.mojibake";
constexpr std::string_view kInvalidBytes = "unicode.invalid-bytes";
constexpr std::string_view kHtmlEntities = "unicode.html-entities";
constexpr std::string_view kC1Controls = "unicode.c1-controls";
constexpr std::string_view kControlCharacters = "unicode.control-characters";
constexpr std::string_view kInvisible = "unicode.invisible-characters";
constexpr std::string_view kSoftHyphens = "unicode.soft-hyphens";
constexpr std::string_view kNfc = "unicode.nfc";
constexpr std::string_view kOddSpaces = "unicode.odd-spaces";

std::string_view rule_of(Repair repair) {
  switch (repair) {
    case Repair::kMojibake:
      return kMojibake;
    case Repair::kHtmlEntity:
      return kHtmlEntities;
    case Repair::kInvalidByte:
      return kInvalidBytes;
    case Repair::kC1Control:
      return kC1Controls;
    case Repair::kControl:
      return kControlCharacters;
    case Repair::kInvisible:
      return kInvisible;
    case Repair::kSoftHyphen:
      return kSoftHyphens;
    case Repair::kOddSpace:
      return kOddSpaces;
    case Repair::kNfc:
      return kNfc;
    case Repair::kNone:
      break;
  }
  return {};
}

struct Switches {
  bool mojibake = false;
  bool invalid_bytes = false;
  bool html_entities = false;
  bool nfc = false;
  unicode::CharacterPolicy characters;
};

// What a line needs, found on the way through its bytes.
struct LineSurvey {
  bool invalid = false;
  bool reference = false;   // an '&' that starts an HTML character reference
  bool characters = false;  // a character the policy may change
  bool non_nfc = false;
  bool non_ascii = false;
  bool mojibake = false;  // a pair of characters that could be a UTF-8 sequence misread
};

class UnicodeMatcher : public Matcher {
 public:
  explicit UnicodeMatcher(Switches switches) : switches_(switches) {}

  void propose(const Document& document, EditSink& sink) const override {
    const std::string_view text = document.text();
    std::size_t pos = unicode::find_unusual_byte(text, 0);
    if (pos == std::string_view::npos) return;
    Pass pass(text, sink);
    while (pos != std::string_view::npos) {
      const std::size_t newline_before =
          pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
      const std::size_t begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      repair_line(pass, begin, end);
      pos = end < text.size() ? unicode::find_unusual_byte(text, end + 1) : std::string_view::npos;
    }
  }

 private:
  // Scratch for one propose() call.
  struct Pass {
    Pass(std::string_view document, EditSink& edits) : text(document), sink(edits) {}
    std::string_view text;
    EditSink& sink;
    std::optional<bool> html;  // whether the document is HTML markup, once asked
    unicode::RepairLine line;
    unicode::MojibakeRepairer mojibake;
    unicode::DecodedReference reference;
    std::u32string scratch;
  };

  bool decode_references(Pass& pass) const {
    if (!switches_.html_entities) return false;
    if (!pass.html) pass.html = unicode::looks_like_html(pass.text);
    return !*pass.html;
  }

  // One pass over the bytes of a line that can need work (the ASCII between them is skipped
  // with the fast scan): what repairs the line may need.
  LineSurvey survey(Pass& pass, std::size_t begin, std::size_t end) const {
    LineSurvey s;
    const std::string_view text = pass.text;
    const std::string_view line = text.substr(0, end);
    const unicode::CodePages& pages = unicode::CodePages::get();
    const unicode::PageBytes* previous = nullptr;  // of the non-ASCII character just before
    char32_t previous_cp = 0;
    std::size_t previous_end = std::string_view::npos;
    for (std::size_t i = unicode::find_unusual_byte(line, begin); i != std::string_view::npos;
         i = unicode::find_unusual_byte(line, i)) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        if (c == '&' && decode_references(pass) &&
            unicode::decode_html_reference(text, i, pass.reference)) {
          s.reference = true;
          // A reference can be part of mojibake: "Î&frac14;" is "Î¼", which is "μ".
          const char32_t decoded = pass.reference.text[0];
          const unicode::PageBytes* bytes = pages.find(decoded);
          if (previous_end == i) s.mojibake |= unicode::could_pair_as_mojibake(previous, bytes);
          previous = bytes;
          previous_cp = decoded;
          previous_end = i + pass.reference.length;
          i += pass.reference.length;
          continue;
        }
        if (c != '&') {
          s.characters |= unicode::is_policy_character(c);
        }
        ++i;
        continue;
      }
      s.non_ascii = true;
      const utf8::CodePoint cp = utf8::decode(text, i);
      if (!cp.valid) {
        s.invalid = true;
        previous = nullptr;
        ++i;
        continue;
      }
      s.characters |= unicode::is_policy_character(cp.value);
      s.non_nfc |= unicode::may_change_under_nfc(cp.value);
      if (switches_.mojibake && !s.mojibake) {
        const unicode::PageBytes* bytes = pages.find(cp.value);
        if (previous_end == i) {
          s.mojibake = unicode::could_pair_as_mojibake(previous, bytes) ||
                       unicode::could_end_as_mojibake(previous_cp, previous, cp.value);
        }
        const std::size_t after = i + cp.length;
        if (after < end && static_cast<unsigned char>(text[after]) < 0x80) {
          s.mojibake |= unicode::could_end_as_mojibake(cp.value, bytes,
                                                       static_cast<unsigned char>(text[after]));
        }
        previous = bytes;
        previous_cp = cp.value;
        previous_end = after;
      }
      i += cp.length;
    }
    return s;
  }

  void repair_line(Pass& pass, std::size_t begin, std::size_t end) const {
    LineSurvey s = survey(pass, begin, end);
    // Bytes read as Windows-1252 may make mojibake with their neighbours ("\x82\xA8\xF8" reads
    // as "‚¨ø", which is MacRoman for "⬿"): the repair looks at them in the same pass, or
    // cleaning the output again would change it.
    s.mojibake |= s.invalid && switches_.mojibake;
    const std::string_view text = pass.text;
    if (!(s.invalid || s.reference || s.characters || s.mojibake || (s.non_nfc && switches_.nfc)))
      return;

    unicode::RepairLine& line = pass.line;
    line.clear();
    for (std::size_t i = begin; i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        if (c == '&' && s.reference && unicode::decode_html_reference(text, i, pass.reference)) {
          line.append(pass.reference.text, i, i + pass.reference.length, Repair::kHtmlEntity);
          i += pass.reference.length;
        } else {
          line.append(c, i, i + 1, Repair::kNone);
          ++i;
        }
        continue;
      }
      const utf8::CodePoint cp = utf8::decode(text, i);
      if (cp.valid) {
        line.append(cp.value, i, i + cp.length, Repair::kNone);
        i += cp.length;
        continue;
      }
      std::size_t run_end = i + 1;
      while (run_end < end && static_cast<unsigned char>(text[run_end]) >= 0x80 &&
             !utf8::decode(text, run_end).valid) {
        ++run_end;
      }
      if (switches_.invalid_bytes &&
          unicode::read_invalid_bytes(text.substr(i, run_end - i), pass.scratch)) {
        line.append(pass.scratch, i, run_end, Repair::kInvalidByte);
      } else {
        for (std::size_t k = i; k < run_end; ++k) {
          line.append(unicode::kRawByte + static_cast<unsigned char>(text[k]), k, k + 1,
                      Repair::kNone);
        }
      }
      i = run_end;
    }

    if (s.mojibake) pass.mojibake.repair(line);
    const std::size_t before_policy = line.size();
    apply_character_policy(line, switches_.characters, begin == 0);
    // A character the policy deleted may have parted what now reads as mojibake ("\xE2", an
    // escape character, "\x80" reads as "â€"): read the line again, or cleaning the output
    // again would change it.
    if (s.mojibake && line.size() != before_policy) {
      pass.mojibake.repair(line);
      apply_character_policy(line, switches_.characters, begin == 0);
    }
    if (switches_.nfc) unicode::normalize_to_nfc(line);

    line.for_each_change(
        text, [&](std::size_t from, std::size_t to, const std::string& replacement, Repair repair) {
          pass.sink.propose(Edit{from, to - from, replacement, std::string(rule_of(repair))});
        });
  }

  Switches switches_;
};

}  // namespace

const std::vector<std::string_view>& unicode_rule_ids() {
  static const std::vector<std::string_view> ids{
      kMojibake,  kInvalidBytes, kHtmlEntities, kC1Controls, kControlCharacters,
      kInvisible, kSoftHyphens,  kNfc,          kOddSpaces};
  return ids;
}

std::unique_ptr<Matcher> make_unicode_matcher(const BuiltinContext& context) {
  auto on = [&](std::string_view id) { return context.is_enabled(id); };
  Switches switches;
  switches.mojibake = on(kMojibake);
  switches.invalid_bytes = on(kInvalidBytes);
  switches.html_entities = on(kHtmlEntities);
  switches.nfc = on(kNfc);
  switches.characters.c1_controls = on(kC1Controls);
  switches.characters.control_characters = on(kControlCharacters);
  switches.characters.invisible = on(kInvisible);
  switches.characters.soft_hyphens = on(kSoftHyphens);
  switches.characters.odd_spaces = on(kOddSpaces);
  return std::make_unique<UnicodeMatcher>(switches);
}

}  // namespace copydesk
