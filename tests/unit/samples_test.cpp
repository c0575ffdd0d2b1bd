// Golden tests over samples/: each scraped article must come out of the default pipeline as
// its .expected version (which fills in as stages land), and the copy editor's .edited
// version must come out untouched: a correct text is never changed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "expect_clean.hpp"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// "news-summit.txt" -> "news-summit.<tag>.txt"
fs::path sibling(const fs::path& input, const std::string& tag) {
  return input.parent_path() / (input.stem().string() + "." + tag + input.extension().string());
}

std::vector<fs::path> scraped_samples() {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(fs::path(COPYDESK_SOURCE_DIR) / "samples")) {
    const std::string name = entry.path().filename().string();
    if (name.find(".expected.") != std::string::npos ||
        name.find(".edited.") != std::string::npos || name == "README.md") {
      continue;
    }
    inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

TEST(Samples, ThereAreAtLeastThree) {
  EXPECT_GE(scraped_samples().size(), 3u);
}

TEST(Samples, ScrapedArticlesComeOutAsExpected) {
  for (const fs::path& input : scraped_samples()) {
    SCOPED_TRACE(input.filename().string());
    const fs::path expected = sibling(input, "expected");
    ASSERT_TRUE(fs::exists(expected)) << expected;
    expect_clean(read(input), read(expected));
  }
}

TEST(Samples, EditedArticlesStayUnchanged) {
  for (const fs::path& input : scraped_samples()) {
    SCOPED_TRACE(input.filename().string());
    const fs::path edited = sibling(input, "edited");
    ASSERT_TRUE(fs::exists(edited)) << edited;
    const CleanResult result = testing::default_pipeline().clean(read(edited));
    EXPECT_EQ(result.text, read(edited));
    for (const Change& change : result.changes) {
      ADD_FAILURE() << "changed correct text: " << change.rule << " at " << change.line << ":"
                    << change.column << " '" << change.before << "' -> '" << change.after << "'";
    }
  }
}

}  // namespace
}  // namespace copydesk
