#include "given_names.hpp"

#include <gtest/gtest.h>

#include <string>

namespace copydesk {
namespace {

bool has(const GivenNames& names, std::string_view word) {
  return names.contains(word_hash(word));
}

TEST(GivenNames, ReadsTheFirstNameListsOfTheModule) {
  const std::string module =
      "our %commonSurnames;\n"
      "$COMMON_MALE_FIRSTNAMES = <<ENDNAMES;\n"
      "JAMES          3.318  3.318      1\n"
      "TERRY          0.311 45.321     42\n"
      "ENDNAMES\n"
      "\n"
      "$COMMON_FEMALE_FIRSTNAMES = <<ENDNAMES;\n"
      "LINDSAY        0.043 71.190    257\n"
      "ENDNAMES\n"
      "\n"
      "$COMMON_SURNAMES = <<ENDNAMES;\n"
      "SMITH          1.006  1.006      1\n"
      "ENDNAMES\n";
  const auto names = GivenNames::parse(module);
  EXPECT_EQ(names->size(), 3u);
  EXPECT_TRUE(has(*names, "james"));
  EXPECT_TRUE(has(*names, "terry"));
  EXPECT_TRUE(has(*names, "lindsay"));
  EXPECT_FALSE(has(*names, "smith"));  // a surname, not a first name
  EXPECT_FALSE(names->missing());
}

TEST(GivenNames, NoListsNoNames) {
  EXPECT_TRUE(GivenNames::parse("package Text::Names;\n1;\n")->missing());
  EXPECT_TRUE(GivenNames::load("/nonexistent/Names.pm")->missing());
}

// The module Debian installs (scripts/build.sh installs libtext-names-perl).
TEST(GivenNames, ReadsTheInstalledModule) {
  const auto names = GivenNames::load(std::string(kGivenNamesPath));
  ASSERT_FALSE(names->missing()) << kGivenNamesPath;
  EXPECT_GT(names->size(), 5000u);
  for (const std::string_view name : {"lindsay", "terry", "dwayne", "liz", "courtney"}) {
    EXPECT_TRUE(has(*names, name)) << name;
  }
  for (const std::string_view place : {"piccadilly", "hollywood", "birmingham", "eurovision"}) {
    EXPECT_FALSE(has(*names, place)) << place;
  }
}

}  // namespace
}  // namespace copydesk
