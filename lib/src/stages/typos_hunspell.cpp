#include "stages/typos_hunspell.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "tokens.hpp"

namespace copydesk {

namespace {

constexpr const char* kRuleId = "typos.hunspell";

// The few functions of hunspell's C API that this rule uses, found in the library at run time.
class HunspellLibrary {
 public:
  explicit HunspellLibrary(const std::string& dictionary) {
    library_ = ::dlopen("libhunspell-1.7.so.0", RTLD_NOW | RTLD_LOCAL);
    if (library_ == nullptr) return;
    create_ = reinterpret_cast<Create>(::dlsym(library_, "Hunspell_create"));
    destroy_ = reinterpret_cast<Destroy>(::dlsym(library_, "Hunspell_destroy"));
    spell_ = reinterpret_cast<Spell>(::dlsym(library_, "Hunspell_spell"));
    suggest_ = reinterpret_cast<Suggest>(::dlsym(library_, "Hunspell_suggest"));
    free_list_ = reinterpret_cast<FreeList>(::dlsym(library_, "Hunspell_free_list"));
    if (!create_ || !destroy_ || !spell_ || !suggest_ || !free_list_) return;
    const std::string aff = dictionary + ".aff", dic = dictionary + ".dic";
    if (::access(aff.c_str(), R_OK) != 0 || ::access(dic.c_str(), R_OK) != 0) return;
    handle_ = create_(aff.c_str(), dic.c_str());
  }
  ~HunspellLibrary() {
    if (handle_ != nullptr) destroy_(handle_);
    if (library_ != nullptr) ::dlclose(library_);
  }
  bool ready() const { return handle_ != nullptr; }

  // hunspell's first suggestion for an unknown word ("" for a known word or none).
  // Hunspell objects are not thread-safe, and a Pipeline is shared by threads: one lock.
  std::string check(const std::string& word) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto found = cache_.find(word); found != cache_.end()) return found->second;
    std::string suggestion;
    if (spell_(handle_, word.c_str()) == 0) {
      char** list = nullptr;
      const int count = suggest_(handle_, &list, word.c_str());
      if (count > 0) suggestion = list[0];
      if (list != nullptr) free_list_(handle_, &list, count);
    }
    if (cache_.size() < 200000) cache_.emplace(word, suggestion);
    return suggestion;
  }

 private:
  using Create = void* (*)(const char*, const char*);
  using Destroy = void (*)(void*);
  using Spell = int (*)(void*, const char*);
  using Suggest = int (*)(void*, char***, const char*);
  using FreeList = void (*)(void*, char***, int);
  void* library_ = nullptr;
  void* handle_ = nullptr;
  Create create_ = nullptr;
  Destroy destroy_ = nullptr;
  Spell spell_ = nullptr;
  Suggest suggest_ = nullptr;
  FreeList free_list_ = nullptr;
  std::mutex mutex_;
  std::unordered_map<std::string, std::string> cache_;
};

bool starts_sentence(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const char c = text[pos - 1];
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(') {
      --pos;
      continue;
    }
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':';
  }
  return true;
}

class HunspellMatcher : public Matcher {
 public:
  explicit HunspellMatcher(const std::string& dictionary) : hunspell_(dictionary) {}

  void propose(const Document& document, EditSink& sink) const override {
    if (!hunspell_.ready() || !sink.accepts(kRuleId)) return;
    const std::string_view text = document.text();
    for (const Token& token : document.tokens()) {
      // Words of lower-case letters, or capitalized at a sentence start; not names, acronyms,
      // identifiers, numbers or pieces of hyphenated or apostrophe-joined words.
      if (token.length < 3) continue;
      if (token.casing != Casing::kLower &&
          !(token.casing == Casing::kTitle && starts_sentence(text, token.offset))) {
        continue;
      }
      const std::string_view word = token.text(text);
      if (word.find_first_of("0123456789") != std::string_view::npos) continue;
      const char before = token.offset > 0 ? text[token.offset - 1] : ' ';
      const char after = token.end() < text.size() ? text[token.end()] : ' ';
      if (before == '-' || before == '_' || before == '\'' || after == '-' || after == '_' ||
          after == '\'')
        continue;
      std::string suggestion = hunspell_.check(std::string(word));
      if (suggestion.empty() || suggestion == word) continue;
      sink.suggest(Edit{token.offset, token.length, std::move(suggestion), kRuleId});
    }
  }

 private:
  mutable HunspellLibrary hunspell_;
};

}  // namespace

std::unique_ptr<Matcher> make_typos_hunspell_matcher(const BuiltinContext& context) {
  std::string dictionary = "/usr/share/hunspell/en_US";
  if (auto options = context.options.find(kRuleId); options != context.options.end()) {
    if (auto found = options->second.find("dictionary"); found != options->second.end())
      dictionary = found->second;
  }
  return std::make_unique<HunspellMatcher>(dictionary);
}

}  // namespace copydesk
