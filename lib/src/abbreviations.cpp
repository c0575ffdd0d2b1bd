#include "abbreviations.hpp"

#include <algorithm>

#include "casing.hpp"
#include "list_lines.hpp"
#include "tokens.hpp"
#include "utf8.hpp"

namespace copydesk {

namespace {

// The leading run of word characters of `text` from `pos`.
std::string_view first_word(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size()) {
    const auto c = static_cast<unsigned char>(text[end]);
    if (c < 0x80) {
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')) break;
      ++end;
    } else if (word_char_after(text, end)) {
      end += utf8::decode(text, end).length;
    } else {
      break;
    }
  }
  return text.substr(pos, end - pos);
}

// The last run of word characters of `entry`.
std::string_view last_word(std::string_view entry) {
  std::size_t end = entry.size();
  while (end > 0 && !word_char_before(entry, end)) --end;
  std::size_t begin = end;
  while (begin > 0 && word_char_before(entry, begin)) --begin;
  return entry.substr(begin, end - begin);
}

}  // namespace

void AbbreviationList::add(std::string_view entry) {
  if (entry.empty()) return;
  std::vector<std::string> variants{std::string(entry)};
  const std::string capitalized = capitalize_first(entry);
  if (capitalized != entry) variants.push_back(capitalized);
  for (const std::string& variant : variants) {
    const std::string_view key = first_word(variant, 0);
    if (key.empty()) continue;
    longest_first_word_ = std::max(longest_first_word_, key.size());
    if (key.size() < variant.size() && word_char_after(variant, key.size() + 1)) {
      const std::string_view last = last_word(variant);
      last_words_.insert(std::string(last));
      longest_last_word_ = std::max(longest_last_word_, last.size());
    }
    auto& bucket = by_first_word_[std::string(key)];
    if (std::find(bucket.begin(), bucket.end(), variant) != bucket.end()) continue;
    bucket.push_back(variant);
    std::stable_sort(bucket.begin(), bucket.end(), [](const std::string& a, const std::string& b) {
      return a.size() > b.size();
    });
  }
  ++count_;
}

std::size_t AbbreviationList::add_lines(std::string_view lines) {
  std::size_t added = 0;
  for_each_list_entry(lines, [&](std::string_view entry) {
    add(entry);
    ++added;
  });
  return added;
}

std::size_t AbbreviationList::match(std::string_view text, std::size_t pos) const {
  const std::string_view word = first_word(text, pos);
  if (word.empty() || word.size() > longest_first_word_) return 0;
  const auto it = by_first_word_.find(word);
  if (it == by_first_word_.end()) return 0;
  for (const std::string& entry : it->second) {
    if (text.substr(pos, entry.size()) != entry) continue;
    if (entry.back() != '.' && word_char_after(text, pos + entry.size())) continue;
    return entry.size();
  }
  return 0;
}

}  // namespace copydesk
