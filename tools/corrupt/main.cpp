// copydesk-corrupt: makes the test data that measures copydesk's recall. It takes clean text,
// injects the errors copydesk fixes (with a seed and a rate per class), and writes the
// corrupted and clean versions side by side, so that
//   copydesk eval OUTDIR/scraped OUTDIR/edited
// scores copydesk against a known answer. With every rate at 0 the two sides are identical,
// which measures false positives on clean text. Exit codes: 0 success, 2 usage or list error,
// 3 an input could not be read or an output written.
#include <CLI/CLI.hpp>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "corpus_reader.hpp"
#include "corpus_writer.hpp"
#include "corruption_class.hpp"
#include "corruptor.hpp"
#include "misspellings.hpp"

namespace {

using namespace copydesk::corrupt;

constexpr int kExitUsage = 2;
constexpr int kExitIo = 3;
constexpr const char* kProgram = "copydesk-corrupt: ";

struct Options {
  std::string input;
  std::string outdir;
  std::uint64_t seed = 1;
  std::vector<std::string> rates;
  std::string misspellings;
  std::string field = "text";
  std::size_t limit = 0;
};

std::string classes_help() {
  const CorruptionRates defaults = CorruptionRates::defaults();
  std::string text =
      "Classes (default rate: what a candidate site is, and what is injected there):\n";
  for (CorruptionClass kind : kAllCorruptionClasses) {
    char rate[16];
    std::snprintf(rate, sizeof rate, "%.2f", defaults[kind]);
    text += std::string("  ") + to_string(kind) + " (" + rate + "): " + describe(kind) + "\n";
  }
  text +=
      "Injections stay apart: never two in the same or adjacent words (whitespace-separated).\n"
      "Writes OUTDIR/scraped/NAME.txt, OUTDIR/edited/NAME.txt and OUTDIR/injected.jsonl; then run\n"
      "  copydesk eval OUTDIR/scraped OUTDIR/edited --list misses";
  return text;
}

// The typo class's list: --misspellings, or codespell's as Debian installs it. Nullopt when
// there is none to use (the typo class is then skipped); `failed` when a given list is unreadable.
std::optional<Misspellings> load_typo_list(const Options& options, bool typo_wanted, bool& failed) {
  failed = false;
  if (!typo_wanted) return std::nullopt;
  const bool given = !options.misspellings.empty();
  const std::string path = given ? options.misspellings : kDefaultMisspellingsPath;
  if (!given && !std::filesystem::exists(path)) {
    std::cerr << kProgram << "no misspellings list at " << path
              << " (install codespell or pass --misspellings FILE): the typo class is skipped\n";
    return std::nullopt;
  }
  std::string error, warning;
  auto misspellings = load_misspellings(path, kDefaultDictionaryPath, error, warning);
  if (!misspellings) {
    std::cerr << kProgram << "cannot read the misspellings list " << path << ": " << error << '\n';
    failed = true;
    return std::nullopt;
  }
  if (!warning.empty()) std::cerr << kProgram << warning << '\n';
  return misspellings;
}

int run(const Options& options) {
  CorruptionSettings settings;
  settings.seed = options.seed;
  for (const std::string& setting : options.rates) {
    if (const auto error = settings.rates.apply(setting)) {
      std::cerr << kProgram << "--rate: " << *error << '\n';
      return kExitUsage;
    }
  }
  bool failed = false;
  const auto misspellings =
      load_typo_list(options, settings.rates[CorruptionClass::kTypo] > 0, failed);
  if (failed) return kExitUsage;
  settings.misspellings = misspellings ? &*misspellings : nullptr;

  std::string error;
  auto writer = CorpusWriter::open(options.outdir, error);
  if (!writer) {
    std::cerr << kProgram << error << '\n';
    return kExitIo;
  }
  std::size_t files = 0;
  std::array<std::size_t, kCorruptionClassCount> injected{};
  int status = 0;
  const auto visit = [&](const CorpusRecord& record) {
    const CorruptedText corrupted = corrupt_text(record.text, record.name, settings);
    std::string write_error;
    if (!writer->write(record.name, corrupted, write_error)) {
      std::cerr << kProgram << write_error << '\n';
      status = kExitIo;
      return;
    }
    ++files;
    for (const InjectedError& e : corrupted.injected) ++injected[static_cast<std::size_t>(e.kind)];
  };
  const auto warn = [](const std::string& message) { std::cerr << kProgram << message << '\n'; };
  CorpusReadOptions read_options;
  read_options.field = options.field;
  read_options.limit = options.limit;
  if (!read_corpus(options.input, read_options, visit, warn, error)) {
    std::cerr << kProgram << error << '\n';
    return kExitIo;
  }
  if (!writer->close(error)) {
    std::cerr << kProgram << error << '\n';
    status = kExitIo;
  }

  std::size_t total = 0;
  std::string counts;
  for (CorruptionClass kind : kAllCorruptionClasses) {
    const std::size_t n = injected[static_cast<std::size_t>(kind)];
    total += n;
    counts += std::string(counts.empty() ? "" : ", ") + to_string(kind) + " " + std::to_string(n);
  }
  std::cerr << kProgram << files << (files == 1 ? " file" : " files") << " written to "
            << options.outdir << " (seed " << options.seed << ")\n"
            << kProgram << "injected " << total << ": " << counts << '\n';
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Injects the errors copydesk fixes into clean text, for measuring recall with `copydesk "
      "eval`."};
  app.footer(classes_help());
  app.add_option("--seed", options.seed, "Seed of the random draws (each file also by its name)")
      ->capture_default_str();
  app.add_option("--rate", options.rates,
                 "Rate of one class, CLASS=R with R in [0, 1]; 'all=R' sets every class")
      ->allow_extra_args(false)
      ->type_name("CLASS=R");
  app.add_option("--misspellings", options.misspellings,
                 std::string("Misspellings list in codespell's format (typo->fix); default ") +
                     kDefaultMisspellingsPath);
  app.add_option("--field", options.field, "JSON Lines input: the field holding the text")
      ->capture_default_str();
  app.add_option("--limit", options.limit, "Process only the first N records or files (0: all)");
  app.add_option("INPUT", options.input, "A text file, a folder of text files, or a .jsonl file")
      ->required();
  app.add_option("OUTDIR", options.outdir, "Where to write scraped/, edited/ and injected.jsonl")
      ->required();
  CLI11_PARSE(app, argc, argv);
  try {
    return run(options);
  } catch (const std::exception& e) {
    std::cerr << kProgram << e.what() << '\n';
    return kExitIo;
  }
}
