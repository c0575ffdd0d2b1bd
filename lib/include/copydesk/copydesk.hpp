// copydesk: cleans scraped and machine-rewritten text the way a newspaper copy desk does.
//
// The whole public face is a Pipeline: load it once from rule packs (it checks every rule and
// its examples before any text is touched), then call clean() once per document, from as many
// threads as you like. Every change comes back with the id of the rule that made it and its
// place in the input.
//
//   copydesk::Pipeline pipeline = copydesk::Pipeline::load({});
//   copydesk::CleanResult result = pipeline.clean("markets,sending shares lower");
//   // result.text == "markets, sending shares lower" once the spacing stage is in the packs
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// `fix` rules change the text; `suggest` rules only report what they would change.
enum class Level { kFix, kSuggest };
const char* to_string(Level level);

// Where something was written in a rule file: "rules/en/typos.toml:12:3".
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string to_string() const;
};

// One change (or, at suggest level, one proposed change), in the coordinates of the input
// that was passed to clean().
struct Change {
  std::string rule;
  Level level = Level::kFix;
  std::size_t offset = 0;  // bytes into the original input
  std::size_t length = 0;  // bytes of the original input that the change covers
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points
  std::string before;      // the text the rule replaced, as its stage saw it
  std::string after;       // what the rule wrote instead
};

struct CleanResult {
  std::string text;                    // the cleaned text
  std::vector<Change> changes;         // applied, in input order
  std::vector<Change> suggestions;     // reported only, in input order
  std::vector<std::string> conflicts;  // edits refused because they overlapped another
  bool changed() const { return !changes.empty(); }
};

struct RuleSummary {
  std::string id;
  std::string kind;   // "words", "regex", ...
  std::string stage;  // "typos", "house", ...
  Level level = Level::kFix;
  bool enabled = true;
  std::string description;
  SourceLocation source;
  std::size_t examples = 0;
  // A house pack's names overrule this built-in rule on purpose (`not_names = ["Japan"]`), so
  // its examples are not checked: they may no longer hold.
  bool examples_overruled = false;
};

struct PipelineOptions {
  bool default_rules = true;            // the packs shipped in copydesk's rules/ folder
  std::vector<std::string> rule_packs;  // more packs: a folder with pack.toml, or a .toml file
  std::vector<std::string> enable;      // rule-id globs switched on ("casing.*")
  std::vector<std::string> disable;     // rule-id globs switched off
  std::vector<std::string> only;        // when not empty: of the rules on, run only those matching
  bool force_suggest = false;           // every rule at suggest level: report, change nothing
  bool check_examples = true;           // load() fails when an enabled rule's example fails
};

// One problem found while loading rules: a file, a place in it, and what is wrong.
struct Diagnostic {
  SourceLocation where;
  std::string rule;  // the rule's id when known
  std::string message;
  std::string to_string() const;  // "house.toml:7:11: house.percent: bad regex: ..."
};

// Thrown by Pipeline::load with every problem found, one Diagnostic each.
class RuleError : public std::runtime_error {
 public:
  explicit RuleError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// An example of a rule that did not come out as its pack says.
struct ExampleFailure {
  std::string rule;
  SourceLocation where;
  std::string before;
  std::string expected;
  std::string actual;
};

class Pipeline {
 public:
  // Loads and checks the packs, and (unless options say not to) runs every enabled rule's
  // examples; throws RuleError naming each problem's file, line and column.
  static Pipeline load(const PipelineOptions& options);

  // Cleans one document. Never throws on any input bytes; thread-safe.
  CleanResult clean(std::string_view text) const;

  // Runs every enabled rule's examples, each through its rule alone.
  std::vector<ExampleFailure> test() const;

  std::vector<RuleSummary> rules() const;
  // Notes from loading that are not errors ("codespell not installed: ...").
  const std::vector<std::string>& notes() const;

  class Impl;

 private:
  explicit Pipeline(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace copydesk
