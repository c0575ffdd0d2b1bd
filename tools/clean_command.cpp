#include "clean_command.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "file_io.hpp"
#include "jsonl_filter.hpp"
#include "report.hpp"
#include "text_diff.hpp"

namespace copydesk::cli {

namespace {

constexpr int kExitChanges = 1;
constexpr int kExitUsage = 2;
constexpr int kExitIo = 3;

// What cleaning one input produced, kept until it is its turn to be printed.
struct Outcome {
  std::string out;
  std::string err;
  int status = 0;
  bool changed = false;
};

bool is_review(const CleanOptions& o) {
  return o.diff || o.word_diff || o.check || o.explain || !o.report.empty();
}

// Everything the review options print for one text.
void review(const CleanOptions& options, const std::string& label, const std::string& diff_path,
            const std::string& input, const CleanResult& result, Outcome& outcome) {
  for (const std::string& conflict : result.conflicts) {
    outcome.err += "copydesk: " + label + ": refused conflicting " + conflict + '\n';
  }
  if (options.explain) outcome.out += explain(label, input, result);
  if (options.report == "json") outcome.out += json_report(label, result);
  if (options.diff || options.word_diff) {
    DiffOptions diff_options;
    diff_options.color = options.color;
    const std::string a = "a/" + diff_path, b = "b/" + diff_path;
    outcome.out += options.word_diff ? word_diff(input, result.text, a, b, diff_options)
                                     : unified_diff(input, result.text, a, b, diff_options);
  }
}

// The bytes of `path` ("-": standard input), or nullopt with the error in `outcome`.
std::optional<std::string> read_input(const std::string& path, const std::string& label,
                                      Outcome& outcome) {
  std::string error;
  auto input = path == "-" ? read_stdin(error) : read_file(path, error);
  if (!input) {
    outcome.err = "copydesk: cannot read " + label + ": " + error + '\n';
    outcome.status = kExitIo;
  }
  return input;
}

// What a cleaned file becomes: with --check, a note when it would change; with --in-place, the
// file rewritten when it changed; otherwise, without a review option, the text on the output.
void deliver(const CleanOptions& options, const std::string& path, const std::string& label,
             const std::string& input, const std::string& cleaned, std::size_t changes,
             Outcome& outcome) {
  outcome.changed = cleaned != input;
  if (options.check && outcome.changed) {
    outcome.err += "copydesk: would change " + label + " (" + std::to_string(changes) +
                   (changes == 1 ? " change)\n" : " changes)\n");
  }
  if (options.in_place) {
    std::string error;
    if (outcome.changed && !options.check &&
        !write_in_place(path, cleaned, input, options.backup_suffix, error)) {
      outcome.err += "copydesk: cannot write " + path + ": " + error + '\n';
      outcome.status = kExitIo;
    }
  } else if (!is_review(options)) {
    outcome.out += cleaned;
  }
}

Outcome clean_text_input(const CleanOptions& options, const Pipeline& pipeline,
                         const std::string& path) {
  Outcome outcome;
  const std::string label = path == "-" ? "<stdin>" : path;
  const auto input = read_input(path, label, outcome);
  if (!input) return outcome;
  const CleanResult result = pipeline.clean(*input);
  review(options, label, label, *input, result, outcome);
  deliver(options, path, label, *input, result.text, result.changes.size(), outcome);
  return outcome;
}

Outcome clean_jsonl_input(const CleanOptions& options, const Pipeline& pipeline,
                          const std::string& path) {
  Outcome outcome;
  const std::string label = path == "-" ? "<stdin>" : path;
  const auto input = read_input(path, label, outcome);
  if (!input) return outcome;
  std::size_t changes = 0;
  const std::string cleaned = clean_jsonl(
      *input, options.jsonl_field, pipeline,
      [&](std::size_t record, const std::string& text, const CleanResult& result) {
        changes += result.changes.size();
        const std::string record_label = label + '#' + std::to_string(record);
        review(options, record_label, record_label, text, result, outcome);
      },
      [&](std::size_t record, const std::string& problem) {
        outcome.err += "copydesk: " + label + '#' + std::to_string(record) + ": " + problem +
                       " (kept as it was)\n";
        outcome.status = kExitIo;
      });
  deliver(options, path, label, *input, cleaned, changes, outcome);
  return outcome;
}

}  // namespace

int run_clean(const CleanOptions& options, const Pipeline& pipeline, Output& out) {
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  if (options.in_place && std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    std::fputs("copydesk: --in-place needs file paths, not standard input\n", stderr);
    return kExitUsage;
  }
  if (paths.size() > 1 && !is_review(options) && !options.in_place) {
    std::fputs("copydesk: several files: use --in-place, --diff, --check or --explain\n", stderr);
    return kExitUsage;
  }

  // Workers take the next path; the main thread prints outcomes in path order as they arrive.
  std::vector<std::optional<Outcome>> outcomes(paths.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      Outcome outcome = options.jsonl_field.empty()
                            ? clean_text_input(options, pipeline, paths[i])
                            : clean_jsonl_input(options, pipeline, paths[i]);
      std::lock_guard lock(mutex);
      outcomes[i] = std::move(outcome);
      ready.notify_all();
    }
  };
  const unsigned workers =
      std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(paths.size())));
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  if (workers == 1) work();

  int status = 0;
  bool any_changes = false;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Outcome outcome;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return outcomes[i].has_value(); });
      outcome = std::move(*outcomes[i]);
      outcomes[i].reset();
    }
    out.write(outcome.out);
    if (!outcome.err.empty()) std::fputs(outcome.err.c_str(), stderr);
    status = std::max(status, outcome.status);
    any_changes |= outcome.changed;
  }
  for (std::thread& thread : pool) thread.join();
  if (!out.flush()) {
    std::fprintf(stderr, "copydesk: cannot write to standard output: %s\n", out.error().c_str());
    return kExitIo;
  }
  if (status != 0) return status;
  return options.check && any_changes ? kExitChanges : 0;
}

}  // namespace copydesk::cli
