#include "expect_clean.hpp"

#include <string>

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

}  // namespace copydesk::testing
