#include "stages/spacing_glued_names.hpp"

namespace copydesk::spacing {

void GluedNames::add_list(std::string_view entries) {
  std::size_t i = 0;
  while (i < entries.size()) {
    while (i < entries.size() && (entries[i] == ' ' || entries[i] == '\t' || entries[i] == '\n'))
      ++i;
    const std::size_t begin = i;
    while (i < entries.size() && entries[i] != ' ' && entries[i] != '\t' && entries[i] != '\n') ++i;
    const std::string_view entry = entries.substr(begin, i - begin);
    const std::size_t mark = entry.find_first_of(".,;:!?", 1);
    if (entry.empty() || mark == std::string_view::npos) continue;
    names_[std::string(entry.substr(0, mark + 1))].emplace(entry.substr(mark + 1));
  }
}

bool GluedNames::contains(std::string_view left, std::string_view right) const {
  const auto found = names_.find(left);
  if (found == names_.end()) return false;
  return found->second.count(std::string_view()) > 0 || found->second.count(right) > 0;
}

}  // namespace copydesk::spacing
