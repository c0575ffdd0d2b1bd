#include "census_names.hpp"

#include <gtest/gtest.h>

#include <string>

namespace copydesk {
namespace {

TEST(CensusNames, ReadsTheListsOfTheModule) {
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
      "COLLINS        0.176 12.011     52\n"
      "ENDNAMES\n";
  const auto names = CensusNames::parse(module);
  EXPECT_EQ(names->first_names(), 3u);
  EXPECT_EQ(names->surnames(), 2u);
  for (const std::string_view first : {"james", "terry", "lindsay"}) {
    EXPECT_TRUE(names->first_name(word_hash(first))) << first;
    EXPECT_FALSE(names->surname(word_hash(first))) << first;
  }
  for (const std::string_view surname : {"smith", "collins"}) {
    EXPECT_TRUE(names->surname(word_hash(surname))) << surname;
    EXPECT_FALSE(names->first_name(word_hash(surname))) << surname;
  }
  EXPECT_FALSE(names->missing());
}

TEST(CensusNames, NoListsNoNames) {
  EXPECT_TRUE(CensusNames::parse("package Text::Names;\n1;\n")->missing());
  EXPECT_TRUE(CensusNames::load("/nonexistent/Names.pm")->missing());
}

// The module Debian installs (scripts/build.sh installs libtext-names-perl).
TEST(CensusNames, ReadsTheInstalledModule) {
  const auto names = CensusNames::load(std::string(kCensusNamesPath));
  ASSERT_FALSE(names->missing()) << kCensusNamesPath;
  EXPECT_GT(names->first_names(), 5000u);
  EXPECT_GT(names->surnames(), 900u);
  for (const std::string_view name : {"lindsay", "terry", "dwayne", "liz", "courtney"}) {
    EXPECT_TRUE(names->first_name(word_hash(name))) << name;
  }
  for (const std::string_view place : {"piccadilly", "hollywood", "birmingham", "eurovision"}) {
    EXPECT_FALSE(names->first_name(word_hash(place))) << place;
    EXPECT_FALSE(names->surname(word_hash(place))) << place;
  }
  for (const std::string_view surname : {"collins", "white", "young", "smith"}) {
    EXPECT_TRUE(names->surname(word_hash(surname))) << surname;
  }
}

}  // namespace
}  // namespace copydesk
