// Standard output that remembers failure: a full disk or a closed pipe must end the run with
// an error, never a silent success.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace copydesk::cli {

class Output {
 public:
  explicit Output(std::FILE* file) : file_(file) {}
  void write(std::string_view text) {
    if (failed_ || text.empty()) return;
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail();
  }
  bool flush() {
    if (!failed_ && std::fflush(file_) != 0) fail();
    return !failed_;
  }
  const std::string& error() const { return error_; }

 private:
  void fail() {
    failed_ = true;
    error_ = std::strerror(errno);
  }
  std::FILE* file_;
  bool failed_ = false;
  std::string error_;
};

}  // namespace copydesk::cli
