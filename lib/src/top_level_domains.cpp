#include "top_level_domains.hpp"

#include <unicode/uloc.h>

#include <algorithm>
#include <array>
#include <string>

#include "string_map.hpp"

namespace copydesk {

namespace {

constexpr std::array<std::string_view, 44> kGenericDomains = {
    "com",  "org",   "net",  "edu",   "gov",     "mil",    "int",     "info",  "biz",
    "name", "pro",   "aero", "coop",  "museum",  "mobi",   "asia",    "tel",   "travel",
    "jobs", "app",   "dev",  "tech",  "online",  "site",   "xyz",     "news",  "blog",
    "shop", "store", "club", "media", "example", "test",   "invalid", "local", "cloud",
    "io",   "ai",    "eu",   "uk",    "africa",  "global", "agency",  "world"};

constexpr std::array<std::string_view, 15> kWordLikeDomains = {
    "am", "as", "at", "be", "by", "do", "in", "is", "it", "me", "my", "no", "so", "to", "us"};

constexpr std::array<std::string_view, 66> kFileExtensions = {
    "pdf",  "doc", "docx", "txt", "csv", "tsv",  "xls",  "xlsx", "ppt", "pptx", "odt",
    "rtf",  "jpg", "jpeg", "png", "gif", "svg",  "webp", "html", "htm", "php",  "asp",
    "aspx", "sh",  "py",   "js",  "ts",  "json", "xml",  "yaml", "yml", "toml", "md",
    "zip",  "gz",  "tgz",  "tar", "exe", "dll",  "cpp",  "hpp",  "rs",  "java", "rb",
    "mp3",  "mp4", "wav",  "mov", "ini", "cfg",  "conf", "vim",  "el",  "lua",  "pl",
    "pm",   "cc",  "log",  "deb", "rpm", "iso",  "css",  "sql",  "pem", "crt",  "gpg"};

bool all_lower(std::string_view label) {
  return !label.empty() &&
         std::all_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

const StringSet& country_codes() {
  static const StringSet codes = [] {
    StringSet set;
    for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) {
      std::string lower(*code);
      for (char& c : lower) c = static_cast<char>(c | 0x20);
      set.insert(lower);
    }
    return set;
  }();
  return codes;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view label) {
  return std::find(list.begin(), list.end(), label) != list.end();
}

}  // namespace

bool is_top_level_domain(std::string_view label) {
  // Hosts are written in capitals now and then ("AMAZON.COM"); only the common endings count
  // then, since a capitalized two-letter word after a missing space is likelier ("IT.IS").
  static constexpr std::array<std::string_view, 5> kCapitalGeneric = {"COM", "ORG", "NET", "EDU",
                                                                      "GOV"};
  if (contains(kCapitalGeneric, label)) return true;
  if (!all_lower(label)) return false;
  if (label.size() == 2 && country_codes().contains(label)) return true;
  return contains(kGenericDomains, label);
}

bool is_ambiguous_top_level_domain(std::string_view label) {
  return contains(kWordLikeDomains, label);
}

bool is_file_extension(std::string_view label) {
  return all_lower(label) && contains(kFileExtensions, label);
}

}  // namespace copydesk
