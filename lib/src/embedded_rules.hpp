// The files of copydesk's rules/ folder, compiled into the library (see
// cmake/EmbedFiles.cmake), under paths that start with "rules/".
#pragma once

#include <string_view>
#include <vector>

namespace copydesk::embedded {

struct File {
  std::string_view path;  // "rules/en/pack.toml"
  std::string_view content;
};

const std::vector<File>& files();

}  // namespace copydesk::embedded
