// LanguageTool's examples run through copydesk (see languagetool_suite.hpp). Field meanings are
// described in shared/corpora/SOURCES.md.
#include "languagetool_suite.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "corpus_files.hpp"

namespace copydesk::peers {

namespace {

namespace fs = std::filesystem;

const char* const kCorrectionsFile = "examples.jsonl";
const char* const kAcceptedFile = "examples-negative.jsonl";
const char* const kIncorrectOnlyFile = "examples-incorrect-only.jsonl";

const char* const kAcceptedGroup = "accepted (must not change)";
const char* const kIncorrectOnlyGroup = "incorrect-only (changed)";

std::string where(const fs::path& file, std::size_t line) {
  return file.string() + ':' + std::to_string(line);
}

// The rule id; one item in the data has none (its id was not captured), so it is named after
// the rule's description without the extractor's bracketed remark.
std::string rule_label(const nlohmann::json& record, const std::string& at) {
  std::string rule = optional_string(record, "rule", at);
  if (!rule.empty()) return rule;
  std::string name = optional_string(record, "rule_name", at);
  name = name.substr(0, name.find(" ["));
  return name.empty() ? "(no rule id)" : "(no rule id) " + name;
}

// The outputs LanguageTool would accept: its correction, and for an `ambiguous` item (several
// suggestions, `correction` is the first) any of `all_corrections`. An output equal to the
// incorrect text is never accepted, so an unchanged sentence can never pass.
std::vector<std::string> accepted_corrections(const nlohmann::json& record, const std::string& text,
                                              const std::string& at) {
  std::vector<std::string> accepted{required_string(record, "correction", at)};
  auto ambiguous_field = record.find("ambiguous");
  const bool ambiguous = ambiguous_field != record.end() && ambiguous_field->is_boolean() &&
                         ambiguous_field->get<bool>();
  auto alternatives = record.find("all_corrections");
  if (ambiguous && alternatives != record.end() && alternatives->is_array()) {
    for (const nlohmann::json& alternative : *alternatives) {
      if (!alternative.is_string()) continue;
      std::string correction = alternative.get<std::string>();
      if (std::find(accepted.begin(), accepted.end(), correction) == accepted.end())
        accepted.push_back(correction);
    }
  }
  std::erase(accepted, text);
  return accepted;
}

GroupResult& group_named(std::vector<GroupResult>& groups, const std::string& name) {
  auto found = std::find_if(groups.begin(), groups.end(),
                            [&](const GroupResult& g) { return g.name == name; });
  if (found != groups.end()) return *found;
  groups.push_back({name});
  return groups.back();
}

void run_corrections(const fs::path& file, const Pipeline& pipeline, SuiteResult& result) {
  std::vector<GroupResult> by_rule;
  for (const JsonLine& record : read_json_lines_file(file)) {
    const std::string at = where(file, record.line);
    const std::string text = required_string(record.value, "text", at);
    const std::string rule = rule_label(record.value, at);
    const std::vector<std::string> accepted = accepted_corrections(record.value, text, at);
    const std::string got = pipeline.clean(text).text;

    GroupResult& group = group_named(by_rule, rule);
    ++group.total;
    if (std::find(accepted.begin(), accepted.end(), got) != accepted.end()) {
      ++group.passed;
      continue;
    }
    std::string note = optional_string(record.value, "correction_source", at);
    if (accepted.size() > 1)
      note += "; also accepted: " + std::to_string(accepted.size() - 1) + " alternative(s)";
    result.failures.push_back(
        {rule, rule, text, required_string(record.value, "correction", at), got, note});
  }
  std::sort(by_rule.begin(), by_rule.end(), [](const GroupResult& a, const GroupResult& b) {
    // Rules with an id first, alphabetically; the unnamed one last.
    const bool a_unnamed = a.name.starts_with('(');
    const bool b_unnamed = b.name.starts_with('(');
    return a_unnamed != b_unnamed ? b_unnamed : a.name < b.name;
  });
  // List the failures in the order of the table's rows.
  const auto row_of = [&](const CaseFailure& failure) {
    return std::find_if(by_rule.begin(), by_rule.end(),
                        [&](const GroupResult& g) { return g.name == failure.group; });
  };
  std::stable_sort(
      result.failures.begin(), result.failures.end(),
      [&](const CaseFailure& a, const CaseFailure& b) { return row_of(a) < row_of(b); });
  result.groups.insert(result.groups.end(), by_rule.begin(), by_rule.end());
}

void run_accepted(const fs::path& file, const Pipeline& pipeline, SuiteResult& result) {
  GroupResult group{kAcceptedGroup};
  for (const JsonLine& record : read_json_lines_file(file)) {
    const std::string at = where(file, record.line);
    const std::string text = required_string(record.value, "text", at);
    const std::string got = pipeline.clean(text).text;
    ++group.total;
    if (got == text) {
      ++group.passed;
    } else {
      result.failures.push_back(
          {kAcceptedGroup, rule_label(record.value, at), text, text, got, "must not change"});
    }
  }
  result.groups.push_back(group);
}

void run_incorrect_only(const fs::path& file, const Pipeline& pipeline, SuiteResult& result) {
  GroupResult group{kIncorrectOnlyGroup};
  group.informational = true;
  for (const JsonLine& record : read_json_lines_file(file)) {
    const std::string at = where(file, record.line);
    const std::string text = required_string(record.value, "text", at);
    const std::string got = pipeline.clean(text).text;
    ++group.total;
    if (got != text) {
      ++group.passed;
    } else {
      std::string flagged = optional_string(record.value, "marker", at);
      result.failures.push_back(
          {kIncorrectOnlyGroup, rule_label(record.value, at), text,
           "(any change: LanguageTool flags an error but gives no reliable correction)", got,
           flagged.empty() ? "" : "LanguageTool marks \"" + flagged + '"'});
    }
  }
  result.groups.push_back(group);
}

}  // namespace

SuiteResult run_languagetool_suite(const fs::path& directory, const Pipeline& pipeline) {
  SuiteResult result{"languagetool"};
  if (!fs::exists(directory)) {
    result.skipped.push_back(directory.string());
    return result;
  }
  const struct {
    const char* file;
    void (*run)(const fs::path&, const Pipeline&, SuiteResult&);
  } parts[] = {{kCorrectionsFile, run_corrections},
               {kAcceptedFile, run_accepted},
               {kIncorrectOnlyFile, run_incorrect_only}};
  for (const auto& part : parts) {
    const fs::path file = directory / part.file;
    if (fs::exists(file))
      part.run(file, pipeline, result);
    else
      result.skipped.push_back(file.string());
  }
  return result;
}

}  // namespace copydesk::peers
