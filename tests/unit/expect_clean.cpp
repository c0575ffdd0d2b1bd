#include "expect_clean.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace copydesk::testing {

const Pipeline& default_pipeline() {
  static const Pipeline pipeline = Pipeline::load({});
  return pipeline;
}

Pipeline pipeline_with(std::initializer_list<std::string_view> extra_packs, bool default_rules) {
  PipelineOptions options;
  options.default_rules = default_rules;
  for (std::string_view pack : extra_packs) {
    options.rule_packs.push_back(std::string(COPYDESK_SOURCE_DIR) + "/" + std::string(pack));
  }
  return Pipeline::load(options);
}

void expect_clean_impl(const Pipeline& pipeline, std::string_view input, std::string_view expected,
                       const char* file, int line) {
  SCOPED_TRACE(::testing::Message() << "expect_clean called here: " << file << ":" << line);
  const CleanResult result = pipeline.clean(input);
  EXPECT_EQ(result.text, expected) << "input: " << input;
  const CleanResult again = pipeline.clean(expected);
  EXPECT_EQ(again.text, expected) << "not stable: cleaning the expected text changes it";
}

void expect_unchanged_impl(const Pipeline& pipeline, std::string_view input, const char* file,
                           int line) {
  expect_clean_impl(pipeline, input, input, file, line);
}

const Pipeline& only_rules(std::initializer_list<std::string_view> globs,
                           std::initializer_list<std::string_view> extra_packs) {
  using Key = std::pair<std::vector<std::string>, std::vector<std::string>>;
  static std::map<Key, std::unique_ptr<Pipeline>> cache;
  static std::mutex mutex;
  Key key{{globs.begin(), globs.end()}, {}};
  for (const std::string_view pack : extra_packs)
    key.second.push_back(std::string(COPYDESK_SOURCE_DIR) + "/" + std::string(pack));
  std::lock_guard lock(mutex);
  auto& slot = cache[key];
  if (!slot) {
    PipelineOptions options;
    options.only = key.first;
    options.rule_packs = key.second;
    slot = std::make_unique<Pipeline>(Pipeline::load(options));
  }
  return *slot;
}

void check_rows(const Pipeline& pipeline, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_CLEAN_WITH(pipeline, row.before, row.after);
  }
}

void check_unchanged(const Pipeline& pipeline, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_CLEAN_WITH(pipeline, text, text);
  }
}

}  // namespace copydesk::testing
