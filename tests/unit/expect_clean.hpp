// The specification helper for rules: clean `input`, compare with `expected`, then clean
// `expected` and check that nothing changes (output is stable). Failures name the calling
// line, as clang-format's verifyFormat does.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/copydesk.hpp"

namespace copydesk::testing {

// The default packs plus, when given, the packs at `extra` (paths relative to the source tree).
const Pipeline& default_pipeline();
Pipeline pipeline_with(std::initializer_list<std::string_view> extra_packs,
                       bool default_rules = true);

void expect_clean_impl(const Pipeline& pipeline, std::string_view input, std::string_view expected,
                       const char* file, int line);
void expect_unchanged_impl(const Pipeline& pipeline, std::string_view input, const char* file,
                           int line);

// The default packs, and the packs of `extra_packs` (paths relative to the source tree), with
// only the rules matching `globs` switched on; built once per set of globs and packs and kept
// for the test program's life: only_rules({"casing.*"}),
// only_rules({"typos.*"}, {"rules/locales/en-gb"}).
const Pipeline& only_rules(std::initializer_list<std::string_view> globs,
                           std::initializer_list<std::string_view> extra_packs = {});

// One row of a specification table: a name for the failure message, the text, what it becomes.
struct Row {
  const char* name;
  std::string before;
  std::string after;
};

// expect_clean for each row (and each text, which must come out unchanged), naming the row.
void check_rows(const Pipeline& pipeline, const std::vector<Row>& rows);
void check_unchanged(const Pipeline& pipeline, const std::vector<std::string>& texts);

}  // namespace copydesk::testing

#define EXPECT_CLEAN_WITH(pipeline, input, expected) \
  ::copydesk::testing::expect_clean_impl(pipeline, input, expected, __FILE__, __LINE__)
#define expect_clean(input, expected) \
  EXPECT_CLEAN_WITH(::copydesk::testing::default_pipeline(), input, expected)
#define expect_unchanged(input)                                                              \
  ::copydesk::testing::expect_unchanged_impl(::copydesk::testing::default_pipeline(), input, \
                                             __FILE__, __LINE__)
