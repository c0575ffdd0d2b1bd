#include "pack_loader.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "builtin_rules.hpp"
#include "regex_matcher.hpp"
#include "word_list.hpp"
#include "words_matcher.hpp"

namespace copydesk {

namespace {

namespace fs = std::filesystem;

class DiskFiles : public PackFiles {
 public:
  std::optional<std::string> read(const std::string& path) const override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return buffer.str();
  }
  bool is_directory(const std::string& path) const override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }
  std::vector<std::string> list(const std::string& directory) const override {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory, ec)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

std::string parent_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

SourceLocation location(const std::string& file, const toml::source_region& region) {
  return {file, region.begin.line, region.begin.column};
}

// Reads one TOML file of a pack and adds its rules.
class PackFileReader {
 public:
  PackFileReader(const PackFiles& files, std::string path, LoadedPacks& out,
                 std::string default_stage, bool is_pack_file)
      : files_(files),
        path_(std::move(path)),
        out_(out),
        default_stage_(std::move(default_stage)),
        is_pack_file_(is_pack_file) {}

  // Returns the pack's default stage (from [pack]) for the other files of the folder.
  std::string read() {
    const auto content = files_.read(path_);
    if (!content) {
      error({path_, 0, 0}, "", "cannot read file");
      return default_stage_;
    }
    toml::table root;
    try {
      root = toml::parse(*content, path_);
    } catch (const toml::parse_error& e) {
      error(location(path_, e.source()), "", std::string(e.description()));
      return default_stage_;
    }
    for (auto&& [key, node] : root) {
      if (key.str() == "pack") {
        if (!is_pack_file_ && !node.is_table()) error(at(node), "", "[pack] must be a table");
        if (const toml::table* pack = node.as_table()) read_pack(*pack);
      } else if (key.str() == "rule") {
        const toml::array* rules = node.as_array();
        if (rules == nullptr) {
          error(at(node), "", "'rule' must be an array of tables: write [[rule]]");
          continue;
        }
        for (const toml::node& rule : *rules) {
          if (const toml::table* table = rule.as_table()) {
            read_rule(*table);
          } else {
            error(at(rule), "", "each [[rule]] must be a table");
          }
        }
      } else {
        error(location(path_, key.source()), "",
              "unknown key '" + std::string(key.str()) + "' (expected [pack] or [[rule]])");
      }
    }
    return default_stage_;
  }

 private:
  SourceLocation at(const toml::node& node) const { return location(path_, node.source()); }
  void error(SourceLocation where, const std::string& rule, std::string message) {
    out_.errors.push_back({std::move(where), rule, std::move(message)});
  }

  std::optional<std::string> string_of(const toml::node& node, const std::string& rule,
                                       std::string_view key) {
    if (const auto* value = node.as_string()) return value->get();
    error(at(node), rule, "'" + std::string(key) + "' must be a string");
    return std::nullopt;
  }

  void read_pack(const toml::table& pack) {
    for (auto&& [key, node] : pack) {
      const std::string name(key.str());
      if (name == "name" || name == "description" || name == "language" || name == "version") {
        string_of(node, "", name);
      } else if (name == "stage") {
        if (auto stage = string_of(node, "", name)) {
          if (check_stage(*stage, node, "")) default_stage_ = *stage;
        }
      } else if (name == "abbreviations") {
        if (auto list = string_of(node, "", name)) {
          const std::string list_path = parent_of(path_) + *list;
          if (auto content = files_.read(list_path)) {
            out_.abbreviations.add_lines(*content);
          } else {
            error(at(node), "", "cannot read abbreviation list '" + list_path + "'");
          }
        }
      } else {
        error(location(path_, key.source()), "", "unknown key '" + name + "' in [pack]");
      }
    }
  }

  bool check_stage(const std::string& stage, const toml::node& node, const std::string& rule) {
    const auto& order = stage_order();
    if (std::find(order.begin(), order.end(), stage) != order.end()) return true;
    std::string known;
    for (const auto& s : order) known += (known.empty() ? "" : ", ") + s;
    error(at(node), rule, "unknown stage '" + stage + "' (stages: " + known + ")");
    return false;
  }

  void read_rule(const toml::table& table) {
    RuleDefinition rule;
    rule.where = location(path_, table.source());
    rule.stage = default_stage_;
    if (const toml::node* id = table.get("id")) {
      if (auto value = string_of(*id, "", "id")) rule.id = *value;
    } else {
      error(rule.where, "", "rule without an 'id'");
      return;
    }
    if (rule.id.empty() || !std::all_of(rule.id.begin(), rule.id.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                 c == '_';
        })) {
      error(at(*table.get("id")), rule.id,
            "rule id must be lower-case letters, digits, '.', '-' or '_'");
      return;
    }
    const std::size_t errors_before = out_.errors.size();
    bool has_description = false;
    const toml::node* list_node = nullptr;
    const toml::node* words_node = nullptr;
    std::map<std::string, const toml::node*> list_keys;  // options of a words rule's lists
    std::set<std::string> kind_keys;
    for (auto&& [key, node] : table) {
      const std::string name(key.str());
      if (name == "id") continue;
      if (name == "kind") {
        if (auto value = string_of(node, rule.id, name)) rule.kind = *value;
      } else if (name == "description") {
        if (auto value = string_of(node, rule.id, name)) rule.description = *value;
        has_description = true;
      } else if (name == "level") {
        if (auto value = string_of(node, rule.id, name)) {
          if (*value == "fix")
            rule.level = Level::kFix;
          else if (*value == "suggest")
            rule.level = Level::kSuggest;
          else
            error(at(node), rule.id,
                  "level must be \"fix\" or \"suggest\", not \"" + *value + "\"");
        }
      } else if (name == "enabled") {
        if (const auto* value = node.as_boolean())
          rule.enabled = value->get();
        else
          error(at(node), rule.id, "'enabled' must be true or false");
      } else if (name == "stage") {
        if (auto value = string_of(node, rule.id, name)) {
          if (check_stage(*value, node, rule.id)) rule.stage = *value;
        }
      } else if (name == "examples") {
        read_examples(node, rule);
      } else if (name == "words") {
        words_node = &node;
        kind_keys.insert(name);
      } else if (name == "names" || name == "ambiguous" || name == "not_names") {
        std::vector<std::string>& into = name == "names"       ? rule.names
                                         : name == "ambiguous" ? rule.ambiguous_names
                                                               : rule.not_names;
        for (const std::string& value : strings_of(node, rule.id, name)) into.push_back(value);
        kind_keys.insert(name);
      } else if (name == "list") {
        list_node = &node;
        kind_keys.insert(name);
      } else if (name == "cautious") {
        if (const auto* value = node.as_boolean())
          rule.cautious = value->get();
        else
          error(at(node), rule.id, "'cautious' must be true or false");
        kind_keys.insert(name);
      } else if (name == "system_list" || name == "real_words" || name == "variants" ||
                 name == "locale" || name == "entries" || name == "follow_document_spelling") {
        list_keys[name] = &node;
        kind_keys.insert(name);
      } else if (name == "options") {
        read_options(node, rule);
        kind_keys.insert(name);
      } else if (name == "pattern" || name == "replace") {
        if (auto value = string_of(node, rule.id, name))
          (name == "pattern" ? rule.pattern : rule.replace) = *value;
        kind_keys.insert(name);
      } else {
        error(location(path_, key.source()), rule.id, "unknown key '" + name + "' in rule");
      }
    }
    if (!has_description) error(rule.where, rule.id, "rule has no 'description'");
    // Keys of one kind that another kind does not read.
    auto refuse = [&](std::initializer_list<const char*> keys) {
      for (const char* key : keys) {
        if (kind_keys.count(key))
          error(at(*table.get(key)), rule.id,
                std::string("'") + key + "' is not used by kind \"" + rule.kind + "\"");
      }
    };
    // The keys of a words rule's lists and typo guards.
    auto refuse_list_keys = [&] {
      refuse({"system_list", "real_words", "variants", "locale", "entries", "cautious",
              "follow_document_spelling"});
    };
    if (rule.kind != "proper-nouns") refuse({"names", "ambiguous", "not_names"});
    if (rule.kind == "builtin") {
      refuse({"words", "list", "pattern", "replace"});
      refuse_list_keys();
      if (const BuiltinStage* builtin = find_builtin(rule.id)) {
        const toml::node* stage = table.get("stage");
        if (stage != nullptr && rule.stage != builtin->stage) {
          error(at(*stage), rule.id,
                "built-in rule belongs to stage '" + std::string(builtin->stage) + "'");
        }
        rule.stage = builtin->stage;
      } else {
        error(at(*table.get("id")), rule.id, "no built-in rule has this id");
      }
    } else if (rule.kind == "words") {
      refuse({"pattern", "replace", "options"});
      if (words_node == nullptr && list_node == nullptr && !list_keys.count("system_list")) {
        error(rule.where, rule.id, "a \"words\" rule needs 'words', 'list' or 'system_list'");
      }
      read_words_rule(words_node, list_node, list_keys, rule);
    } else if (rule.kind == "regex") {
      refuse({"words", "list", "options"});
      refuse_list_keys();
      if (!table.get("pattern") || !table.get("replace")) {
        error(rule.where, rule.id, "a \"regex\" rule needs 'pattern' and 'replace'");
      } else if (auto problem = RegexMatcher::check(rule.pattern, rule.replace); !problem.empty()) {
        error(at(*table.get("pattern")), rule.id, problem);
      }
    } else if (rule.kind == "proper-nouns") {
      refuse({"words", "pattern", "replace", "options"});
      refuse_list_keys();
      if (list_node != nullptr) {
        if (auto name = string_of(*list_node, rule.id, "list")) {
          if (auto content = read_named_file(*name)) {
            rule.name_list = *content;  // the lexicon reads it: one name a line, '#' comments
          } else {
            error(at(*list_node), rule.id,
                  "cannot read name list '" + parent_of(path_) + *name + "'");
          }
        }
      }
      if (rule.names.empty() && list_node == nullptr && rule.not_names.empty()) {
        error(rule.where, rule.id, "a \"proper-nouns\" rule needs 'names', 'list' or 'not_names'");
      }
    } else if (rule.kind == "delete-line") {
      refuse({"words", "list", "replace", "options"});
      refuse_list_keys();
      if (!table.get("pattern")) {
        error(rule.where, rule.id, "a \"delete-line\" rule needs 'pattern'");
      } else if (auto problem = RegexMatcher::check(rule.pattern, ""); !problem.empty()) {
        error(at(*table.get("pattern")), rule.id, problem);
      }
    } else if (const toml::node* kind = table.get("kind")) {
      error(at(*kind), rule.id,
            "unknown kind \"" + rule.kind +
                "\" (kinds: words, regex, builtin, proper-nouns, delete-line)");
    } else {
      error(rule.where, rule.id, "rule has no 'kind'");
    }
    if (out_.errors.size() == errors_before) out_.rules.push_back(std::move(rule));
  }

  // `options = { quotes = "curly", enabled = true, limit = 3 }`: flat values, kept as text.
  void read_options(const toml::node& node, RuleDefinition& rule) {
    const toml::table* options = node.as_table();
    if (options == nullptr) {
      error(at(node), rule.id, "'options' must be a table: { name = value }");
      return;
    }
    for (auto&& [key, value] : *options) {
      std::string text;
      if (const auto* s = value.as_string())
        text = s->get();
      else if (const auto* b = value.as_boolean())
        text = b->get() ? "true" : "false";
      else if (const auto* i = value.as_integer())
        text = std::to_string(i->get());
      else if (const auto* f = value.as_floating_point())
        text = std::to_string(f->get());
      else {
        error(at(value), rule.id,
              "option '" + std::string(key.str()) + "' must be a string, boolean or number");
        continue;
      }
      rule.options[std::string(key.str())] = text;
    }
  }

  void read_examples(const toml::node& node, RuleDefinition& rule) {
    const toml::array* examples = node.as_array();
    if (examples == nullptr) {
      error(at(node), rule.id, "'examples' must be an array of { before, after } or { unchanged }");
      return;
    }
    for (const toml::node& item : *examples) {
      const toml::table* example = item.as_table();
      if (example == nullptr) {
        error(at(item), rule.id,
              "an example must be { before = \"…\", after = \"…\" } or { unchanged = \"…\" }");
        continue;
      }
      RuleExample parsed;
      parsed.where = at(item);
      bool has_before = false, has_after = false, has_unchanged = false;
      for (auto&& [key, value] : *example) {
        const std::string name(key.str());
        auto text = (name == "before" || name == "after" || name == "unchanged")
                        ? string_of(value, rule.id, name)
                        : std::nullopt;
        if (name == "before")
          has_before = true, parsed.before = text.value_or("");
        else if (name == "after")
          has_after = true, parsed.after = text.value_or("");
        else if (name == "unchanged")
          has_unchanged = true, parsed.before = parsed.after = text.value_or("");
        else
          error(location(path_, key.source()), rule.id, "unknown key '" + name + "' in example");
      }
      if (has_unchanged ? (has_before || has_after) : !(has_before && has_after)) {
        error(parsed.where, rule.id, "an example needs 'before' and 'after', or 'unchanged' alone");
        continue;
      }
      rule.examples.push_back(std::move(parsed));
    }
  }

  void add_word(RuleDefinition& rule, std::string from, std::string to, SourceLocation where) {
    if (auto problem = WordsMatcher::check_key(from); !problem.empty()) {
      if (where.file.empty()) where.file = list_path_;
      error(where, rule.id, "'" + from + "': " + problem);
      return;
    }
    rule.words.push_back({std::move(from), std::move(to), std::move(where)});
  }

  void read_words(const toml::node& node, RuleDefinition& rule) {
    const toml::table* words = node.as_table();
    if (words == nullptr) {
      error(at(node), rule.id, "'words' must be a table: { dialog = \"dialogue\" }");
      return;
    }
    for (auto&& [key, value] : *words) {
      if (auto to = string_of(value, rule.id, key.str())) {
        add_word(rule, std::string(key.str()), *to, location(path_, key.source()));
      }
    }
  }

  std::vector<std::string> strings_of(const toml::node& node, const std::string& rule,
                                      std::string_view key) {
    std::vector<std::string> out;
    const toml::array* array = node.as_array();
    if (array == nullptr) {
      error(at(node), rule, "'" + std::string(key) + "' must be an array of strings");
      return out;
    }
    for (const toml::node& item : *array) {
      if (auto value = string_of(item, rule, key)) out.push_back(*value);
    }
    return out;
  }

  // A file a words rule names: an absolute path is read from the disk (a list that another
  // package installs), any other path from beside the pack.
  std::shared_ptr<const std::string> read_named_file(const std::string& name) {
    if (!name.empty() && name.front() == '/') return read_system_file(name);
    auto content = files_.read(parent_of(path_) + name);
    return content ? std::make_shared<const std::string>(std::move(*content)) : nullptr;
  }

  // Which entries of a list a rule takes: "all" (the ambiguous ones only reported), "fixes"
  // (single-candidate entries without a reason), "ambiguous" (the others).
  enum class Entries { kAll, kFixes, kAmbiguous };

  void read_words_rule(const toml::node* words_node, const toml::node* list_node,
                       const std::map<std::string, const toml::node*>& keys, RuleDefinition& rule) {
    auto key = [&](const char* name) -> const toml::node* {
      const auto found = keys.find(name);
      return found == keys.end() ? nullptr : found->second;
    };
    Entries entries = Entries::kAll;
    if (const toml::node* node = key("entries")) {
      if (auto value = string_of(*node, rule.id, "entries")) {
        if (*value == "all")
          entries = Entries::kAll;
        else if (*value == "fixes")
          entries = Entries::kFixes;
        else if (*value == "ambiguous")
          entries = Entries::kAmbiguous;
        else
          error(at(*node), rule.id, "entries must be \"all\", \"fixes\" or \"ambiguous\"");
      }
    }
    // On by default: a fix is written in the spelling the document itself uses.
    bool follows_document = true;
    if (const toml::node* node = key("follow_document_spelling")) {
      if (const auto* value = node->as_boolean())
        follows_document = value->get();
      else
        error(at(*node), rule.id, "'follow_document_spelling' must be true or false");
    }
    TypoFilter filter;
    std::vector<std::string> missing;        // system files the rule cannot do without
    std::vector<std::string> missing_words;  // real-word lists that are not installed
    std::size_t system_words = 0;            // real-word lists read from the disk
    if (const toml::node* node = key("locale")) {
      if (auto value = string_of(*node, rule.id, "locale")) {
        if (auto locale = parse_locale(*value))
          filter.locale = *locale;
        else
          error(at(*node), rule.id,
                "locale must be \"en-US\" or \"en-GB\", not \"" + *value + "\"");
      }
    }
    if (const toml::node* node = key("real_words")) {
      for (const std::string& name : strings_of(*node, rule.id, "real_words")) {
        std::shared_ptr<const WordSet> words;
        if (!name.empty() && name.front() == '/') {
          words = read_system_word_set(name);
          if (!words)
            missing_words.push_back(name);
          else
            ++system_words;
        } else if (auto content = read_named_file(name)) {
          auto set = std::make_shared<WordSet>();
          if (name.ends_with(".dic"))
            set->add_hunspell_dic(*content);
          else
            set->add_lines(*content);
          words = std::move(set);
        } else {
          error(at(*node), rule.id, "cannot read word list '" + parent_of(path_) + name + "'");
        }
        if (words) filter.real_words.push_back(std::move(words));
      }
    }
    if (const toml::node* node = key("variants")) {
      auto variants = std::make_shared<SpellingVariants>();
      for (const std::string& name : strings_of(*node, rule.id, "variants")) {
        if (auto content = read_named_file(name)) {
          variants->add_lines(*content);
        } else if (!name.empty() && name.front() == '/') {
          missing.push_back(name);
        } else {
          error(at(*node), rule.id, "cannot read variant list '" + parent_of(path_) + name + "'");
        }
      }
      filter.variants = std::move(variants);
    }

    if (words_node != nullptr) read_words(*words_node, rule);
    if (list_node != nullptr) {
      if (auto name = string_of(*list_node, rule.id, "list")) {
        if (auto content = read_named_file(*name)) {
          list_path_ = parent_of(path_) + *name;
          read_list(*content, list_path_, entries, rule);
        } else {
          error(at(*list_node), rule.id,
                "cannot read word list '" + parent_of(path_) + *name + "'");
        }
      }
    }
    const std::size_t owned = rule.words.size();  // entries the pack itself wrote
    if (const toml::node* node = key("system_list")) {
      const std::vector<std::string> candidates = strings_of(*node, rule.id, "system_list");
      bool found = false;
      for (const std::string& name : candidates) {
        if (name.empty() || name.front() != '/') {
          error(at(*node), rule.id,
                "'system_list' takes absolute paths; a list beside the pack is 'list'");
          continue;
        }
        if (auto content = read_system_file(name)) {
          if (missing.empty()) read_list(*content, name, entries, rule, true);
          found = true;
          break;
        }
      }
      if (!found && !candidates.empty()) {
        std::string looked;
        for (const std::string& name : candidates) looked += (looked.empty() ? "" : ", ") + name;
        missing.push_back(looked);
      }
    }
    if (!missing_words.empty()) {
      // One real-word list may be missing (en_GB.dic, say); with none at all, the entries
      // could not be checked, and a rule that cannot be checked does not run.
      std::string files;
      for (const std::string& name : missing_words) files += (files.empty() ? "" : ", ") + name;
      if (system_words == 0) {
        missing.push_back(files);
      } else if (rule.enabled) {
        out_.notes.push_back(rule.id + ": not installed, not used to filter its list: " + files);
      }
    }
    if (!missing.empty()) {
      // Precision first: a list that cannot be filtered, or is not there, is not used.
      std::string files;
      for (const std::string& name : missing) files += (files.empty() ? "" : "; ") + name;
      if (rule.enabled) out_.notes.push_back(rule.id + " is off: not installed: " + files);
      rule.enabled = false;
      rule.words.resize(owned);
    }
    apply_filter(filter, owned, rule);
    if (follows_document) follow_document_spelling(filter, rule);
  }

  // Lets the matcher write a fix in the variety the document uses (spelling_variety.hpp).
  // Only a rule that writes its fixes in one locale has a spelling of its own to set aside.
  static void follow_document_spelling(const TypoFilter& filter, RuleDefinition& rule) {
    if (!filter.variants || filter.variants->empty() || filter.locale == Locale::kAny) return;
    rule.locale = filter.locale;
    rule.document_spelling = filter.variants;
  }

  // Drops the entries whose typo is a real word or a spelling variant, writes fixes in the
  // locale's spelling, and refuses entries that would loop (an error for the pack's own
  // entries; a system list's are dropped).
  void apply_filter(const TypoFilter& filter, std::size_t owned, RuleDefinition& rule) {
    const bool filters = !filter.real_words.empty() || filter.variants;
    std::vector<WordPair>& words = rule.words;
    std::size_t kept = 0, kept_owned = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      WordPair& pair = words[i];
      if (filters && (!filter.keeps_typo(pair.from) || only_hyphenation(pair.from, pair.to)))
        continue;
      if (filter.variants && filter.locale != Locale::kAny) pair.to = filter.fix_in_locale(pair.to);
      if (kept != i) words[kept] = std::move(pair);
      ++kept;
      kept_owned += i < owned;
    }
    words.resize(kept);
    const std::vector<std::size_t> loops = find_loops(words);
    if (loops.empty()) return;
    std::vector<bool> drop(words.size(), false);
    for (std::size_t index : loops) {
      if (index < kept_owned) {
        SourceLocation where = words[index].where;
        if (where.file.empty()) where.file = list_path_;  // an entry of the rule's `list`
        error(where, rule.id,
              "'" + words[index].from + "->" + words[index].to +
                  "' loops: its fix holds a word that is itself a typo of this rule");
      }
      drop[index] = true;
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (drop[i]) continue;
      if (out != i) words[out] = std::move(words[i]);
      ++out;
    }
    words.resize(out);
  }

  // Entries of a system list that cannot be words ("doesnt'", "__cplusplus") are skipped:
  // that list is another project's, and only its words are of use here.
  void read_list(std::string_view content, const std::string& list_path, Entries entries,
                 RuleDefinition& rule, bool system = false) {
    rule.words.reserve(rule.words.size() + content.size() / 16);
    parse_typo_list(
        content,
        [&](const TypoEntry& entry) {
          const bool ambiguous = entry.ambiguous();
          if ((entries == Entries::kFixes && ambiguous) ||
              (entries == Entries::kAmbiguous && !ambiguous))
            return;
          if (system && !WordsMatcher::check_key(entry.typo).empty()) return;
          const std::size_t before = rule.words.size();
          // Entries keep only their line (a file name each would cost an allocation); an error
          // about one of the pack's own entries names list_path_, and none names a system one.
          SourceLocation where{std::string(), entry.line, 1};
          add_word(rule, std::string(entry.typo), std::string(entry.fix), std::move(where));
          if (rule.words.size() > before) rule.words.back().suggest_only = ambiguous;
        },
        [&](std::size_t line, std::string message) {
          error({list_path, line, 1}, rule.id, std::move(message));
        });
  }

  const PackFiles& files_;
  std::string path_;
  std::string list_path_;  // the `list` of the rule being read
  LoadedPacks& out_;
  std::string default_stage_;
  bool is_pack_file_;
};

}  // namespace

const PackFiles& disk_files() {
  static const DiskFiles files;
  return files;
}

void load_pack(const PackFiles& files, const std::string& path, LoadedPacks& out) {
  if (!files.is_directory(path)) {
    if (!files.read(path)) {
      out.errors.emplace_back(SourceLocation{path, 0, 0}, "",
                              "cannot read rule pack (no such file or folder)");
      return;
    }
    PackFileReader(files, path, out, "house", true).read();
    return;
  }
  std::string folder = path;
  if (!folder.empty() && folder.back() != '/') folder += '/';
  const std::string pack_file = folder + "pack.toml";
  if (!files.read(pack_file)) {
    out.errors.emplace_back(SourceLocation{pack_file, 0, 0}, "", "a pack folder needs a pack.toml");
    return;
  }
  const std::string stage = PackFileReader(files, pack_file, out, "house", true).read();
  for (const std::string& name : files.list(folder)) {
    if (name == "pack.toml" || name.size() < 5 || name.substr(name.size() - 5) != ".toml") continue;
    PackFileReader(files, folder + name, out, stage, false).read();
  }
}

}  // namespace copydesk
