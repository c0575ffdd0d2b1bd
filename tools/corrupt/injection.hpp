// One error to inject, as a replacement of bytes of the clean text: the site finders propose
// them, the corruptor keeps those that stay apart and applies them.
#pragma once

#include <cstddef>
#include <string>

#include "corruption_class.hpp"

namespace copydesk::corrupt {

struct Injection {
  CorruptionClass kind = CorruptionClass::kSpacing;
  std::size_t begin = 0;  // bytes [begin, end) of the clean text
  std::size_t end = 0;
  std::string replacement;  // what the scraped text has there instead
};

}  // namespace copydesk::corrupt
