// The default packs as a PackFiles source, read from the copy compiled into the library.
#include <algorithm>
#include <set>

#include "embedded_rules.hpp"
#include "pack_loader.hpp"

namespace copydesk {

namespace {

class EmbeddedFiles : public PackFiles {
 public:
  std::optional<std::string> read(const std::string& path) const override {
    for (const embedded::File& file : embedded::files()) {
      if (file.path == path) return std::string(file.content);
    }
    return std::nullopt;
  }
  bool is_directory(const std::string& path) const override {
    const std::string prefix = path.back() == '/' ? path : path + '/';
    return std::any_of(embedded::files().begin(), embedded::files().end(),
                       [&](const embedded::File& f) { return f.path.starts_with(prefix); });
  }
  std::vector<std::string> list(const std::string& directory) const override {
    const std::string prefix = directory.back() == '/' ? directory : directory + '/';
    std::set<std::string> names;
    for (const embedded::File& file : embedded::files()) {
      if (!file.path.starts_with(prefix)) continue;
      const std::string_view rest = file.path.substr(prefix.size());
      names.insert(std::string(rest.substr(0, rest.find('/'))));
    }
    return {names.begin(), names.end()};
  }
};

}  // namespace

const PackFiles& embedded_files() {
  static const EmbeddedFiles files;
  return files;
}

std::vector<std::string> default_pack_paths() {
  std::vector<std::string> packs;
  for (const std::string& name : embedded_files().list("rules")) {
    if (embedded_files().read("rules/" + name + "/pack.toml")) packs.push_back("rules/" + name);
  }
  return packs;
}

}  // namespace copydesk
