// The engine: loads packs into stages, then runs a document through them. Each stage pass
// builds a Document of the current text, collects its matchers' proposals, drops those that
// touch protected spans, refuses conflicts, applies the rest at once and composes the offset
// map so that every change is reported in the coordinates of the input.
#include <fnmatch.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "builtin_rules.hpp"
#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "edit.hpp"
#include "line_delete_matcher.hpp"
#include "list_lines.hpp"
#include "matcher.hpp"
#include "offset_map.hpp"
#include "pack_loader.hpp"
#include "proper_nouns_matcher.hpp"
#include "regex_matcher.hpp"
#include "rule.hpp"
#include "string_map.hpp"
#include "words_matcher.hpp"

namespace copydesk {

const char* to_string(Level level) {
  return level == Level::kFix ? "fix" : "suggest";
}

std::string SourceLocation::to_string() const {
  std::string out = file;
  if (line > 0) out += ':' + std::to_string(line) + ':' + std::to_string(column);
  return out;
}

std::string Diagnostic::to_string() const {
  std::string out = where.to_string() + ": ";
  if (!rule.empty()) out += rule + ": ";
  return out + message;
}

namespace {

std::string join_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    if (!out.empty()) out += '\n';
    out += d.to_string();
  }
  return out;
}

bool glob_matches(const std::string& glob, const std::string& id) {
  return fnmatch(glob.c_str(), id.c_str(), 0) == 0;
}

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Shrinks an edit to the bytes it really changes, on code point boundaries, so that
// "5 per cent" -> "5 percent" deletes one space and does not rewrite the protected "5".
Edit narrow(const Edit& edit, std::string_view text) {
  const std::string_view before = text.substr(edit.offset, edit.length);
  const std::string_view after = edit.replacement;
  std::size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
    ++prefix;
  while (prefix > 0 && ((prefix < before.size() && is_continuation(before[prefix])) ||
                        (prefix < after.size() && is_continuation(after[prefix])))) {
    --prefix;
  }
  std::size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
    ++suffix;
  }
  while (suffix > 0 &&
         ((suffix < before.size() && is_continuation(before[before.size() - suffix])) ||
          (suffix < after.size() && is_continuation(after[after.size() - suffix])))) {
    --suffix;
  }
  return Edit{edit.offset + prefix, before.size() - prefix - suffix,
              std::string(after.substr(prefix, after.size() - prefix - suffix)), edit.rule};
}

struct Stage {
  std::string name;
  std::vector<std::unique_ptr<Matcher>> matchers;
};

}  // namespace

RuleError::RuleError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_diagnostics(diagnostics)), diagnostics_(std::move(diagnostics)) {}

class Pipeline::Impl {
 public:
  std::vector<RuleDefinition> rules;  // all loaded, `enabled` after the options' filters
  StringMap<Level> levels;            // of enabled rules
  std::vector<Stage> stages;
  AbbreviationList abbreviations;
  std::vector<std::string> notes;
  bool force_suggest = false;
  // Built-in rules whose examples a house pack's names overrule (RuleSummary::examples_overruled).
  std::set<std::string> overruled;

  // `only_rule` runs one rule alone, at its own level whatever --level says (for examples).
  CleanResult clean(std::string_view input, const std::string* only_rule) const;
};

CleanResult Pipeline::Impl::clean(std::string_view input, const std::string* only_rule) const {
  CleanResult result;
  std::string current(input);
  OffsetMap map(input.size());
  std::optional<TextPositions> positions;  // of the input, made at the first change

  auto record = [&](const Edit& proposed, Level level, std::vector<Change>& into) {
    if (!positions) positions.emplace(input);
    const auto [begin, end] = map.to_original(proposed.offset, proposed.end());
    const TextPosition position = positions->at(begin);
    into.push_back({proposed.rule, level, begin, end - begin, position.line, position.column,
                    current.substr(proposed.offset, proposed.length), proposed.replacement});
  };

  // A pass that changes nothing leaves the Document (its tokens and spans) for the next one.
  std::optional<Document> shared;
  for (const Stage& stage : stages) {
    if (!shared) shared.emplace(current, abbreviations);
    const Document& document = *shared;
    EditSink sink(only_rule);
    for (const auto& matcher : stage.matchers) matcher->propose(document, sink);
    if (sink.proposals().empty()) continue;

    EditSet fixes;
    std::vector<std::pair<Edit, Level>> applied;
    for (EditSink::Proposal& proposal : sink.proposals()) {
      const Edit edit = narrow(proposal.edit, current);
      if (edit.length == 0 && edit.replacement.empty()) continue;
      if (!document.protected_spans().allows(edit, proposal.edit)) continue;
      const auto level = levels.find(edit.rule);
      const bool suggest = (force_suggest && only_rule == nullptr) || proposal.suggest_only ||
                           (level != levels.end() && level->second == Level::kSuggest);
      if (suggest) {
        record(proposal.edit, Level::kSuggest, result.suggestions);
        continue;
      }
      if (auto conflict = fixes.add(edit)) {
        // Two rules that agree on an edit are no conflict: the first one made it.
        const Edit& held = conflict->existing;
        if (held.offset != edit.offset || held.length != edit.length ||
            held.replacement != edit.replacement) {
          result.conflicts.push_back(conflict->message());
        }
        continue;
      }
      record(proposal.edit, Level::kFix, result.changes);
    }
    if (fixes.empty()) continue;
    shared.reset();
    current = apply_edits(current, fixes);
    map.compose(fixes);
  }
  auto by_offset = [](const Change& a, const Change& b) { return a.offset < b.offset; };
  std::stable_sort(result.changes.begin(), result.changes.end(), by_offset);
  std::stable_sort(result.suggestions.begin(), result.suggestions.end(), by_offset);
  result.text = std::move(current);
  return result;
}

Pipeline Pipeline::load(const PipelineOptions& options) {
  LoadedPacks packs;
  if (options.default_rules) {
    for (const std::string& path : default_pack_paths()) load_pack(embedded_files(), path, packs);
  }
  for (const std::string& path : options.rule_packs) load_pack(disk_files(), path, packs);

  std::map<std::string, const RuleDefinition*> by_id;
  for (const RuleDefinition& rule : packs.rules) {
    auto [it, inserted] = by_id.emplace(rule.id, &rule);
    if (!inserted) {
      packs.errors.push_back(
          {rule.where, rule.id,
           "duplicate rule id (first defined at " + it->second->where.to_string() + ")"});
    }
  }

  auto check_globs = [&](const std::vector<std::string>& globs, const char* option) {
    for (const std::string& glob : globs) {
      const bool any =
          std::any_of(packs.rules.begin(), packs.rules.end(),
                      [&](const RuleDefinition& r) { return glob_matches(glob, r.id); });
      if (!any)
        packs.errors.emplace_back(SourceLocation{option, 0, 0}, "",
                                  "no rule matches '" + glob + "'");
    }
  };
  check_globs(options.enable, "--enable");
  check_globs(options.disable, "--disable");
  check_globs(options.only, "--only");
  if (!packs.errors.empty()) throw RuleError(std::move(packs.errors));

  auto impl = std::make_shared<Impl>();
  impl->abbreviations = std::move(packs.abbreviations);
  impl->notes = std::move(packs.notes);
  impl->force_suggest = options.force_suggest;
  for (RuleDefinition& rule : packs.rules) {
    auto matches_any = [&](const std::vector<std::string>& globs) {
      return std::any_of(globs.begin(), globs.end(),
                         [&](const std::string& g) { return glob_matches(g, rule.id); });
    };
    if (matches_any(options.enable)) rule.enabled = true;
    if (matches_any(options.disable)) rule.enabled = false;
    // --only narrows what is on; it does not switch on an opt-in rule ('unicode.*' keeps
    // unicode.odd-spaces off unless --enable names it).
    if (!options.only.empty() && !matches_any(options.only)) rule.enabled = false;
    if (rule.enabled) impl->levels.emplace(rule.id, rule.level);
  }
  // A house's own names overrule the built-in lexicon's spelling of the same words.
  HouseNames house;
  for (const RuleDefinition& rule : packs.rules) {
    if (!rule.enabled || rule.kind != "proper-nouns") continue;
    house.names.insert(house.names.end(), rule.names.begin(), rule.names.end());
    house.names.insert(house.names.end(), rule.not_names.begin(), rule.not_names.end());
    for_each_list_entry(rule.name_list,
                        [&](std::string_view name) { house.names.emplace_back(name); });
    house.ambiguous.insert(house.ambiguous.end(), rule.ambiguous_names.begin(),
                           rule.ambiguous_names.end());
  }
  for (const std::string& name : stage_order()) {
    Stage stage{name, {}};
    // Built-in rules first: one matcher per built-in stage, for its enabled rules.
    for (const BuiltinStage& builtin : builtin_stages()) {
      if (builtin.stage != name) continue;
      BuiltinContext context;
      context.abbreviations = &impl->abbreviations;
      context.house = &house;
      for (const RuleDefinition& rule : packs.rules) {
        if (rule.kind != "builtin" || find_builtin(rule.id) != &builtin) continue;
        if (rule.enabled) context.enabled.insert(rule.id);
        context.options[rule.id] = rule.options;
      }
      if (!context.enabled.empty()) stage.matchers.push_back(builtin.make(context));
    }
    auto words = std::make_unique<WordsMatcher>();
    words->set_english_only(name == "typos");  // the typo lists are English
    auto regex = std::make_unique<RegexMatcher>();
    bool has_words = false, has_regex = false;
    std::vector<const RuleDefinition*> names, deleted_lines;
    for (const RuleDefinition& rule : packs.rules) {
      if (!rule.enabled || rule.stage != name) continue;
      if (rule.kind == "words") words->add_rule(rule), has_words = true;
      if (rule.kind == "regex") regex->add_rule(rule), has_regex = true;
      if (rule.kind == "proper-nouns") names.push_back(&rule);
      if (rule.kind == "delete-line") deleted_lines.push_back(&rule);
    }
    if (!deleted_lines.empty())
      stage.matchers.push_back(std::make_unique<LineDeleteMatcher>(deleted_lines));
    if (!names.empty()) stage.matchers.push_back(std::make_unique<ProperNounsMatcher>(names));
    if (has_words) stage.matchers.push_back(std::move(words));
    if (has_regex) {
      regex->compile();
      stage.matchers.push_back(std::move(regex));
    }
    if (!stage.matchers.empty()) impl->stages.push_back(std::move(stage));
  }
  // A house pack's names overrule the built-in casing rules on purpose, so the examples of those
  // rules may no longer hold ("a japan-based firm" stays with not_names = ["Japan"]).
  if (!house.names.empty() || !house.ambiguous.empty()) {
    for (const RuleDefinition& rule : packs.rules) {
      if (rule.kind == "builtin" && rule.stage == "casing") impl->overruled.insert(rule.id);
    }
  }
  impl->rules = std::move(packs.rules);

  Pipeline pipeline(std::move(impl));
  if (options.check_examples) {
    std::vector<Diagnostic> failures;
    for (const ExampleFailure& failure : pipeline.test()) {
      failures.push_back({failure.where, failure.rule,
                          "example fails: \"" + failure.before + "\" gave \"" + failure.actual +
                              "\", expected \"" + failure.expected + "\""});
    }
    if (!failures.empty()) throw RuleError(std::move(failures));
  }
  return pipeline;
}

CleanResult Pipeline::clean(std::string_view text) const {
  return impl_->clean(text, nullptr);
}

std::vector<ExampleFailure> Pipeline::test() const {
  std::vector<ExampleFailure> failures;
  for (const RuleDefinition& rule : impl_->rules) {
    if (!rule.enabled || impl_->overruled.count(rule.id) != 0) continue;
    for (const RuleExample& example : rule.examples) {
      CleanResult result = impl_->clean(example.before, &rule.id);
      if (result.text != example.after) {
        failures.push_back(
            {rule.id, example.where, example.before, example.after, std::move(result.text)});
      }
    }
  }
  return failures;
}

std::vector<RuleSummary> Pipeline::rules() const {
  std::vector<RuleSummary> out;
  for (const RuleDefinition& rule : impl_->rules) {
    out.push_back({rule.id, rule.kind, rule.stage, rule.level, rule.enabled, rule.description,
                   rule.where, rule.examples.size(), impl_->overruled.count(rule.id) != 0});
  }
  return out;
}

const std::vector<std::string>& Pipeline::notes() const {
  return impl_->notes;
}

}  // namespace copydesk
