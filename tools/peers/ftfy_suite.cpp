// ftfy's test cases run through copydesk (see ftfy_suite.hpp). Each case is
// {label, comment?, original, fixed, fixed-encoding?, expect}: `fixed` is ftfy.fix_text's
// output, `fixed-encoding` (when present) is ftfy.fix_encoding's.
#include "ftfy_suite.hpp"

#include "corpus_files.hpp"

namespace copydesk::peers {

namespace {

namespace fs = std::filesystem;

enum class Expectation {
  kAsFtfyFixes,  // the output must be what ftfy produces
  kUnchanged,    // the output must be byte-identical to the input
};

struct FtfyFile {
  const char* file;
  const char* group;
  Expectation expectation;
  bool informational;
};

const FtfyFile kFiles[] = {
    {"in-the-wild.json", "in-the-wild", Expectation::kAsFtfyFixes, false},
    {"synthetic.json", "synthetic", Expectation::kAsFtfyFixes, false},
    {"negative.json", "negative (must not change)", Expectation::kUnchanged, false},
    {"language-names.json", "language-names", Expectation::kAsFtfyFixes, false},
    // ftfy's own known failures: `fixed` is what ftfy should produce but does not yet.
    {"known-failures.json", "known-failures (right)", Expectation::kAsFtfyFixes, true},
};

struct FtfyCase {
  std::string label;
  std::string original;
  std::string fixed;
  std::string fixed_encoding;  // empty when the case has none
  bool has_fixed_encoding = false;
};

// copydesk matches ftfy when it gives fix_encoding's output (encoding repair alone) or, quotes
// aside, fix_text's output (which also unescapes HTML, drops control characters and so on,
// some of which copydesk's unicode stage also does). Either is a correct ftfy answer.
bool matches_ftfy(const FtfyCase& c, const std::string& got) {
  if (c.has_fixed_encoding && got == c.fixed_encoding) return true;
  return straighten_quotes(got) == straighten_quotes(c.fixed);
}

// A negative case must come out byte-identical. The one exception is a case where ftfy itself
// expects a change beyond uncurling quotes (a C1 control character, U+0085, read as the "…" it
// was in Windows-1252): copydesk making that same repair is not a false positive.
bool passes_negative(const FtfyCase& c, const std::string& got) {
  if (got == c.original) return true;
  const bool ftfy_changes_it = straighten_quotes(c.fixed) != straighten_quotes(c.original);
  return ftfy_changes_it && matches_ftfy(c, got);
}

std::string expected_text(const FtfyCase& c, Expectation expectation) {
  if (expectation == Expectation::kUnchanged) return c.original;
  return c.has_fixed_encoding ? c.fixed_encoding : c.fixed;
}

std::string failure_note(const FtfyCase& c, Expectation expectation) {
  if (expectation == Expectation::kUnchanged) return "must not change";
  if (c.has_fixed_encoding && c.fixed_encoding != c.fixed)
    return "expected is fix_encoding's; fix_text's, compared with quotes straightened, is also "
           "accepted: \"" +
           c.fixed + '"';
  return "compared with quotes straightened";
}

FtfyCase read_case(const nlohmann::json& record, const std::string& at) {
  FtfyCase c;
  c.label = required_string(record, "label", at);
  c.original = required_string(record, "original", at);
  c.fixed = required_string(record, "fixed", at);
  c.has_fixed_encoding = has_string(record, "fixed-encoding");
  c.fixed_encoding = optional_string(record, "fixed-encoding", at);
  return c;
}

void run_file(const fs::path& path, const FtfyFile& file, const Pipeline& pipeline,
              SuiteResult& result) {
  const nlohmann::json cases = read_json_file(path);
  if (!cases.is_array()) throw CorpusError(path.string() + ": expected a JSON array of test cases");
  GroupResult group{file.group};
  group.informational = file.informational;
  std::size_t index = 0;
  for (const nlohmann::json& record : cases) {
    const FtfyCase c = read_case(record, path.string() + '[' + std::to_string(index++) + ']');
    const std::string got = pipeline.clean(c.original).text;
    const bool passed = file.expectation == Expectation::kUnchanged ? passes_negative(c, got)
                                                                    : matches_ftfy(c, got);
    ++group.total;
    if (passed) {
      ++group.passed;
    } else {
      result.failures.push_back({file.group, c.label, c.original,
                                 expected_text(c, file.expectation), got,
                                 failure_note(c, file.expectation)});
    }
  }
  result.groups.push_back(group);
}

}  // namespace

std::string straighten_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    // U+2018..U+201B are E2 80 98..9B; U+201C..U+201F are E2 80 9C..9F; U+02BC is CB BC.
    if (byte(i) == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80 && byte(i + 2) >= 0x98 &&
        byte(i + 2) <= 0x9F) {
      out += byte(i + 2) <= 0x9B ? '\'' : '"';
      i += 2;
    } else if (byte(i) == 0xCB && i + 1 < text.size() && byte(i + 1) == 0xBC) {
      out += '\'';
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

SuiteResult run_ftfy_suite(const fs::path& directory, const Pipeline& pipeline) {
  SuiteResult result{"ftfy"};
  if (!fs::exists(directory)) {
    result.skipped.push_back(directory.string());
    return result;
  }
  for (const FtfyFile& file : kFiles) {
    const fs::path path = directory / file.file;
    if (fs::exists(path))
      run_file(path, file, pipeline, result);
    else
      result.skipped.push_back(path.string());
  }
  return result;
}

}  // namespace copydesk::peers
