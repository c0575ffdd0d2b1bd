// copydesk-peers: runs other tools' published test cases (LanguageTool's English examples,
// ftfy's mojibake cases) through copydesk's default pipeline and reports how many come out as
// those tools expect. Part of the quality report (docs/quality.md); a report, not a gate: exit
// 0 whatever the numbers, 2 for a usage or rule error or a test file that cannot be parsed,
// 3 when the report cannot be written.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "corpus_files.hpp"
#include "ftfy_suite.hpp"
#include "languagetool_suite.hpp"
#include "peers_report.hpp"

namespace {

using namespace copydesk;
using namespace copydesk::peers;

constexpr int kExitUsage = 2;
constexpr int kExitWrite = 3;

// --corpora, else $COPYDESK_CORPORA, else the path fixed at build time.
std::string default_corpora() {
  if (const char* from_environment = std::getenv("COPYDESK_CORPORA");
      from_environment && *from_environment)
    return from_environment;
  return COPYDESK_CORPORA_DIR;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Runs LanguageTool's and ftfy's published test cases through copydesk and reports how many "
      "come out as those tools expect.",
      "copydesk-peers"};
  std::string corpora = default_corpora();
  std::string format = "text";
  bool list_failures = false;
  PipelineOptions pipeline_options;
  app.add_option("--corpora", corpora,
                 "Folder holding languagetool-examples/ and ftfy-cases/ (also $COPYDESK_CORPORA)")
      ->capture_default_str();
  app.add_option("--format", format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_flag("--list-failures", list_failures,
               "Show each case that did not come out as expected");
  app.add_option("-r,--rules", pipeline_options.rule_packs,
                 "Add a rule pack to the default ones (repeatable)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : kExitUsage;
  }

  std::vector<SuiteResult> suites;
  try {
    const Pipeline pipeline = Pipeline::load(pipeline_options);
    for (const std::string& note : pipeline.notes())
      std::cerr << "copydesk-peers: " << note << '\n';
    suites.push_back(
        run_languagetool_suite(std::filesystem::path(corpora) / "languagetool-examples", pipeline));
    suites.push_back(run_ftfy_suite(std::filesystem::path(corpora) / "ftfy-cases", pipeline));
  } catch (const RuleError& error) {
    for (const Diagnostic& d : error.diagnostics())
      std::cerr << "copydesk-peers: " << d.to_string() << '\n';
    return kExitUsage;
  } catch (const CorpusError& error) {
    std::cerr << "copydesk-peers: " << error.what() << '\n';
    return kExitUsage;
  } catch (const std::filesystem::filesystem_error& error) {
    std::cerr << "copydesk-peers: " << error.what() << '\n';
    return kExitUsage;
  }

  const ReportOptions report_options{corpora, list_failures};
  if (format == "json") {
    // Keep standard output valid JSON: the skipped notices go to standard error as well.
    for (const SuiteResult& suite : suites)
      for (const std::string& path : suite.skipped)
        std::cerr << "skipped: " << path << " not found\n";
    std::cout << json_report(suites, report_options);
  } else {
    std::cout << text_report(suites, report_options);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "copydesk-peers: cannot write the report\n";
    return kExitWrite;
  }
  return 0;
}
