// The copydesk command line: clean files or standard input, review what would change, and
// list or test the rules. Exit codes: 0 success, 1 `--check` found changes, 2 usage or rule
// error, 3 an input could not be read or an output written (the other files still run).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "clean_command.hpp"
#include "config_file.hpp"
#include "copydesk/copydesk.hpp"
#include "eval_command.hpp"
#include "output.hpp"
#include "rules_import.hpp"

namespace {

using namespace copydesk;
using namespace copydesk::cli;

constexpr int kExitChanges = 1;
constexpr int kExitUsage = 2;
constexpr int kExitIo = 3;

struct Options {
  CleanOptions clean;
  std::string color = "auto";
  std::string config;
  bool no_config = false;
  PipelineOptions pipeline;
  std::vector<std::string> test_packs;
};

int report_rule_error(const RuleError& error) {
  for (const Diagnostic& d : error.diagnostics())
    std::cerr << "copydesk: " << d.to_string() << '\n';
  return kExitUsage;
}

// `--in-place=SUFFIX` carries an optional value that must be attached, as with sed's -i: a
// separate word after -i is always a path. CLI11 cannot express that, so the value is taken
// off here and the flag left behind.
std::vector<std::string> split_in_place(int argc, char** argv, std::string& suffix) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--in-place=", 0) == 0) {
      suffix = arg.substr(11);
      arg = "--in-place";
    }
    args.push_back(arg);
  }
  std::reverse(args.begin(), args.end());  // CLI11 parses a reversed vector
  return args;
}

int list_rules(const Pipeline& pipeline, Output& out) {
  std::string text;
  for (const RuleSummary& rule : pipeline.rules()) {
    text += rule.id + '\t' + to_string(rule.level) + (rule.enabled ? "" : " (off)") + '\t' +
            rule.stage + '\t' + rule.description + '\t' + rule.source.to_string() + '\n';
  }
  for (const std::string& note : pipeline.notes()) text += "note: " + note + '\n';
  out.write(text);
  return out.flush() ? 0 : kExitIo;
}

int test_rules(const Pipeline& pipeline, Output& out) {
  std::size_t examples = 0, overruled = 0;
  for (const RuleSummary& rule : pipeline.rules()) {
    if (!rule.enabled) continue;
    (rule.examples_overruled ? overruled : examples) += rule.examples;
  }
  const auto failures = pipeline.test();
  std::string text;
  for (const ExampleFailure& f : failures) {
    text += f.where.to_string() + ": " + f.rule + ": example failed\n  input:    " + f.before +
            "\n  expected: " + f.expected + "\n  got:      " + f.actual + '\n';
  }
  text += std::to_string(examples - failures.size()) + " passed, " +
          std::to_string(failures.size()) + " failed";
  if (overruled > 0) {
    text += ", " + std::to_string(overruled) + " not checked (their rules are overruled by a " +
            "house pack's names)";
  }
  text += '\n';
  out.write(text);
  if (!out.flush()) return kExitIo;
  return failures.empty() ? 0 : kExitChanges;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe must become a write error, not a silent exit
  Options options;
  CLI::App app{"copydesk: cleans scraped and machine-rewritten news text with readable rules"};
  app.set_version_flag("--version", "copydesk 0.1.0");
  app.add_option("paths", options.clean.paths, "Files to clean; none or '-' reads standard input");
  app.add_flag("-i,--in-place", options.clean.in_place,
               "Rewrite the files (atomically); --in-place=SUFFIX keeps a backup");
  app.add_flag("--diff", options.clean.diff,
               "Show a unified diff of what would change; write nothing");
  app.add_flag("--word-diff", options.clean.word_diff,
               "Show changed words in context; write nothing");
  app.add_flag("--check", options.clean.check, "Exit 1 if anything would change; write nothing");
  app.add_flag("--explain", options.clean.explain,
               "One line per change: file:line:col rule before -> after");
  app.add_option("--report", options.clean.report, "Machine-readable report of every change")
      ->check(CLI::IsMember({"json"}));
  app.add_option("--color", options.color, "Colour the diff: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-r,--rules", options.pipeline.rule_packs,
                 "Add a rule pack (folder or .toml file)")
      ->allow_extra_args(false);
  bool no_default_rules = false;
  app.add_flag("--no-default-rules", no_default_rules, "Do not load the default packs");
  app.add_option("--enable", options.pipeline.enable,
                 "Switch on rules matching a glob ('casing.*')")
      ->allow_extra_args(false);
  app.add_option("--disable", options.pipeline.disable, "Switch off rules matching a glob")
      ->allow_extra_args(false);
  app.add_option("--only", options.pipeline.only, "Run only the rules matching a glob")
      ->allow_extra_args(false);
  app.add_option("--jsonl", options.clean.jsonl_field,
                 "Input is JSON Lines: clean this string field of each record, keep the rest");
  app.add_option("-j,--jobs", options.clean.jobs,
                 "Files cleaned in parallel (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--config", options.config,
                 "Use this config file instead of the nearest .copydesk.toml");
  app.add_flag("--no-config", options.no_config, "Ignore .copydesk.toml files");
  std::string level;
  app.add_option("--level", level, "suggest: report every change, make none")
      ->check(CLI::IsMember({"fix", "suggest"}));

  CLI::App* rules = app.add_subcommand("rules", "List or test the rules");
  CLI::App* rules_list =
      rules->add_subcommand("list", "List the rules: id, level, stage, description, source");
  CLI::App* rules_test = rules->add_subcommand("test", "Run the examples of the rules");
  rules_test->add_option("packs", options.test_packs, "Packs to test (default: all loaded packs)");
  ImportOptions import_options;
  CLI::App* rules_import =
      rules->add_subcommand("import", "Turn another tool's misspelling list into a pack");
  rules_import
      ->add_option("list", import_options.list, "The list: codespell, Wikipedia or misspell format")
      ->required();
  rules_import->add_option("-o,--output", import_options.output, "The pack folder to write")
      ->required();
  rules_import
      ->add_option("--format", import_options.format,
                   "auto (default), codespell, wikipedia or misspell")
      ->check(CLI::IsMember({"auto", "codespell", "wikipedia", "misspell"}));
  rules_import->add_option("--id", import_options.id, "Rule id (default: <pack name>.typos)");
  rules_import->add_option("--name", import_options.name, "Pack name (default: the folder's name)");
  std::vector<std::string> import_real_words;
  rules_import
      ->add_option("--real-words", import_real_words,
                   "Word lists whose words are never typos (default: hunspell's en_US.dic)")
      ->allow_extra_args(false);
  bool import_no_real_words = false;
  rules_import->add_flag("--no-real-words", import_no_real_words,
                         "Check no entry against a word list");
  rules->require_subcommand(1);

  EvalOptions eval_options;
  CLI::App* eval =
      app.add_subcommand("eval", "Score copydesk against an editor's version (files or folders)");
  eval->add_option("scraped", eval_options.scraped,
                   "The scraped text (a file, or a folder of files)")
      ->required();
  eval->add_option("edited", eval_options.edited,
                   "The editor's version (a file, or a folder with the same names)")
      ->required();
  eval->add_flag("--by-rule", eval_options.by_rule, "Also score each rule");
  eval->add_option("--format", eval_options.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  eval->add_option("--list", eval_options.list, "List each edit: false-positives, misses or all")
      ->check(CLI::IsMember({"false-positives", "misses", "all"}));
  eval->add_flag("--source-edits-apart", eval_options.source_edits_apart,
                 "Also clean the editor's version; a wrong edit made there too (an error of the "
                 "source text) is counted apart, not as wrong");
  // Pack and filter options may follow the subcommand: `copydesk rules list -r house.toml`.
  for (CLI::App* sub : {rules, rules_list, rules_test, eval}) sub->fallthrough();

  options.clean.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> args = split_in_place(argc, argv, options.clean.backup_suffix);
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }
  options.pipeline.force_suggest = level == "suggest";
  options.clean.color =
      options.color == "always" || (options.color == "auto" && isatty(STDOUT_FILENO));

  Output out(stdout);
  if (rules_import->parsed()) {
    if (!import_real_words.empty()) import_options.real_words = import_real_words;
    if (import_no_real_words) import_options.real_words.clear();
    return run_import(import_options, out);
  }
  try {
    // The config file comes first; options on the command line add to it.
    if (!options.no_config) {
      const auto config =
          options.config.empty() ? find_config(".") : std::optional<std::string>(options.config);
      if (config) {
        PipelineOptions from_file;
        apply_config(*config, from_file);
        auto prepend = [](std::vector<std::string>& to, std::vector<std::string> first) {
          first.insert(first.end(), to.begin(), to.end());
          to = std::move(first);
        };
        prepend(options.pipeline.rule_packs, from_file.rule_packs);
        prepend(options.pipeline.enable, from_file.enable);
        prepend(options.pipeline.disable, from_file.disable);
        prepend(options.pipeline.only, from_file.only);
        options.pipeline.default_rules = from_file.default_rules;
      }
    }
    if (no_default_rules) options.pipeline.default_rules = false;
    if (rules_test->parsed()) {
      if (!options.test_packs.empty()) {
        options.pipeline.rule_packs = options.test_packs;
        options.pipeline.default_rules = false;
      }
      options.pipeline.check_examples = false;
      return test_rules(Pipeline::load(options.pipeline), out);
    }
    if (eval->parsed()) return run_eval(eval_options, Pipeline::load(options.pipeline), out);
    if (rules_list->parsed()) {
      options.pipeline.check_examples = false;
      return list_rules(Pipeline::load(options.pipeline), out);
    }
    return run_clean(options.clean, Pipeline::load(options.pipeline), out);
  } catch (const RuleError& error) {
    return report_rule_error(error);
  }
}
