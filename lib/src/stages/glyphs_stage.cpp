#include "glyphs_stage.hpp"

#include <algorithm>
#include <string>

#include "glyphs_box_tables.hpp"
#include "glyphs_dashes.hpp"
#include "glyphs_lines.hpp"
#include "glyphs_punctuation.hpp"
#include "glyphs_quotes.hpp"
#include "glyphs_tables.hpp"

namespace copydesk {

namespace {

constexpr std::string_view kTableSeparators = "glyphs.table-separators";
constexpr std::string_view kTableColumns = "glyphs.table-columns";
constexpr std::string_view kBoxTables = "glyphs.box-tables";
constexpr std::string_view kLowQuoteComma = "glyphs.low-quote-comma";
constexpr std::string_view kDoublePeriod = "glyphs.double-period";
constexpr std::string_view kTexQuotes = "glyphs.tex-quotes";
constexpr std::string_view kBullets = "glyphs.bullets";
constexpr std::string_view kCurlyQuotes = "glyphs.curly-quotes";
constexpr std::string_view kStraightQuotes = "glyphs.straight-quotes";
constexpr std::string_view kDashes = "glyphs.dashes";
constexpr std::string_view kEllipses = "glyphs.ellipses";

struct Switches {
  bool table_separators = false;
  bool table_columns = false;
  bool box_tables = false;
  glyphs::PunctuationRules punctuation;
  glyphs::QuoteStyle quotes = glyphs::QuoteStyle::kKeep;
  bool dashes = false;
  glyphs::DashStyle dash_style = glyphs::DashStyle::kClosedEm;
  bool ellipses = false;
  glyphs::EllipsisStyle ellipsis_style = glyphs::EllipsisStyle::kCharacter;
};

class GlyphsMatcher : public Matcher {
 public:
  explicit GlyphsMatcher(Switches switches) : switches_(switches) {}

  // The rules run one after another; their edits go to the engine in text order, which is
  // the order its edit set takes them in cheaply.
  void propose(const Document& document, EditSink& sink) const override {
    EditSink found;
    collect(document, found);
    std::vector<EditSink::Proposal>& proposals = found.proposals();
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const auto& a, const auto& b) { return a.edit.offset < b.edit.offset; });
    for (EditSink::Proposal& p : proposals) {
      if (p.suggest_only) {
        sink.suggest(std::move(p.edit));
      } else {
        sink.propose(std::move(p.edit));
      }
    }
  }

 private:
  void collect(const Document& document, EditSink& sink) const {
    const std::string_view text = document.text();
    const bool tables = (switches_.table_separators || switches_.table_columns) &&
                        text.find('|') != std::string_view::npos;
    // Box-drawing characters are U+2500..U+257F: E2 94 xx and E2 95 xx.
    const bool boxes = switches_.box_tables && (text.find("\xE2\x94") != std::string_view::npos ||
                                                text.find("\xE2\x95") != std::string_view::npos);
    std::vector<glyphs::Line> lines;
    if (tables || boxes || switches_.punctuation.bullets) lines = glyphs::split_lines(text);
    if (tables)
      glyphs::propose_table_repairs(lines, switches_.table_separators, switches_.table_columns,
                                    sink);
    if (boxes) glyphs::propose_box_tables(lines, sink);
    std::vector<std::size_t> claimed;
    glyphs::propose_punctuation(document, lines, switches_.punctuation, sink, claimed);
    if (switches_.quotes != glyphs::QuoteStyle::kKeep) {
      std::sort(claimed.begin(), claimed.end());
      glyphs::propose_quote_style(text, switches_.quotes, claimed, sink);
    }
    if (switches_.dashes) glyphs::propose_dashes(text, switches_.dash_style, sink);
    if (switches_.ellipses) glyphs::propose_ellipses(text, switches_.ellipsis_style, sink);
  }

  Switches switches_;
};

std::string option(const BuiltinContext& context, std::string_view rule, const std::string& name,
                   const std::string& fallback) {
  const auto options = context.options.find(std::string(rule));
  if (options == context.options.end()) return fallback;
  const auto value = options->second.find(name);
  return value == options->second.end() ? fallback : value->second;
}

}  // namespace

const std::vector<std::string_view>& glyphs_rule_ids() {
  static const std::vector<std::string_view> ids{
      kTableSeparators, kTableColumns, kBoxTables,      kLowQuoteComma, kDoublePeriod, kTexQuotes,
      kBullets,         kCurlyQuotes,  kStraightQuotes, kDashes,        kEllipses};
  return ids;
}

std::unique_ptr<Matcher> make_glyphs_matcher(const BuiltinContext& context) {
  auto on = [&](std::string_view id) { return context.is_enabled(id); };
  Switches s;
  s.table_separators = on(kTableSeparators);
  s.table_columns = on(kTableColumns);
  s.box_tables = on(kBoxTables);
  s.punctuation.low_quote_comma = on(kLowQuoteComma);
  s.punctuation.double_period = on(kDoublePeriod);
  s.punctuation.tex_quotes = on(kTexQuotes);
  s.punctuation.bullets = on(kBullets);
  // Straight wins when a house switches both on: it changes less.
  if (on(kCurlyQuotes)) s.quotes = glyphs::QuoteStyle::kCurly;
  if (on(kStraightQuotes)) s.quotes = glyphs::QuoteStyle::kStraight;
  s.punctuation.straight_quotes = s.quotes == glyphs::QuoteStyle::kStraight;
  s.dashes = on(kDashes);
  const std::string dash_style = option(context, kDashes, "style", "em");
  s.dash_style = dash_style == "spaced-en"   ? glyphs::DashStyle::kSpacedEn
                 : dash_style == "spaced-em" ? glyphs::DashStyle::kSpacedEm
                                             : glyphs::DashStyle::kClosedEm;
  s.ellipses = on(kEllipses);
  s.ellipsis_style = option(context, kEllipses, "style", "character") == "dots"
                         ? glyphs::EllipsisStyle::kDots
                         : glyphs::EllipsisStyle::kCharacter;
  return std::make_unique<GlyphsMatcher>(s);
}

}  // namespace copydesk
