#include "file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace copydesk::cli {

namespace {

bool read_all(int fd, std::string& out, std::string& error) {
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

bool write_all(int fd, std::string_view data, std::string& error) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Writes `content` to a temporary file beside `target` and renames it over `target`.
bool replace_atomically(const std::string& target, std::string_view content, mode_t mode,
                        std::string& error) {
  const std::size_t slash = target.rfind('/');
  const std::string folder = slash == std::string::npos ? "." : target.substr(0, slash);
  const std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string temp = folder + "/." + name + ".copydesk-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error =
        std::string("cannot create a temporary file in ") + folder + ": " + std::strerror(errno);
    return false;
  }
  bool ok = ::fchmod(fd, mode & 07777) == 0 || (error = std::strerror(errno), false);
  ok = ok && write_all(fd, content, error);
  ok = ok && (::fsync(fd) == 0 || (error = std::strerror(errno), false));
  ok = (::close(fd) == 0 || (ok && (error = std::strerror(errno), false))) && ok;
  ok = ok && (::rename(temp.c_str(), target.c_str()) == 0 || (error = std::strerror(errno), false));
  if (!ok) ::unlink(temp.c_str());
  return ok;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    error = "is a directory";
    return std::nullopt;
  }
  std::string content;
  const bool ok = read_all(fd, content, error);
  ::close(fd);
  if (!ok) return std::nullopt;
  return content;
}

std::optional<std::string> read_stdin(std::string& error) {
  std::string content;
  if (!read_all(STDIN_FILENO, content, error)) return std::nullopt;
  return content;
}

bool write_in_place(const std::string& path, std::string_view content, std::string_view original,
                    const std::string& backup_suffix, std::string& error) {
  char resolved[PATH_MAX];
  const std::string target = ::realpath(path.c_str(), resolved) != nullptr ? resolved : path;
  struct stat info {};
  if (::stat(target.c_str(), &info) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (!backup_suffix.empty() &&
      !replace_atomically(target + backup_suffix, original, info.st_mode, error)) {
    error = "cannot write backup " + target + backup_suffix + ": " + error;
    return false;
  }
  return replace_atomically(target, content, info.st_mode, error);
}

}  // namespace copydesk::cli
