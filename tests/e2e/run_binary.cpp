#include "run_binary.hpp"

#include <cerrno>
#include <cstdio>
#include <pty.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace factaudit::testing {

std::string temp_folder(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("factaudit-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

RunResult run_factaudit(const std::string& arguments) { return run_factaudit_in(FACTAUDIT_SOURCE_DIR, arguments); }

RunResult run_factaudit_in(const std::string& folder, const std::string& arguments) {
  std::string dir = temp_folder("run");
  std::string out = dir + "/out", err = dir + "/err";
  // the default cache folder is the build tree's, however the suite is started
  std::string command = std::string("cd '") + folder + "' && XDG_CACHE_HOME='" + FACTAUDIT_TEST_CACHE_HOME + "' '" +
                        FACTAUDIT_BINARY + "' " + arguments + " >'" + out + "' 2>'" + err + "'";
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  };
  result.out = slurp(out);
  result.err = slurp(err);
  std::filesystem::remove_all(dir);
  // a signal or a sanitizer report fails the test whatever exit code it expects
  bool sanitizer = result.err.find("Sanitizer") != std::string::npos || result.err.find("runtime error:") != std::string::npos;
  if (!WIFEXITED(status) || result.exit_code >= 128 || sanitizer) {
    throw std::runtime_error("factaudit " + arguments + " ended with status " + std::to_string(status) + ":\n" +
                             result.err.substr(0, 4000));
  }
  return result;
}

RunResult run_factaudit_on_terminal(const std::string& arguments, const std::string& environment) {
  std::string dir = temp_folder("terminal");
  std::string out = dir + "/out";
  std::string command = std::string("cd '") + FACTAUDIT_SOURCE_DIR + "' && XDG_CACHE_HOME='" + FACTAUDIT_TEST_CACHE_HOME +
                        "' " + environment + " '" + FACTAUDIT_BINARY + "' " + arguments + " >'" + out + "'";
  int terminal = -1;
  pid_t child = ::forkpty(&terminal, nullptr, nullptr, nullptr);
  if (child < 0) throw std::runtime_error("forkpty failed");
  if (child == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  RunResult result;
  char buffer[4096];
  for (;;) {  // until the child's side closes (EIO)
    ssize_t n = ::read(terminal, buffer, sizeof buffer);
    if (n > 0) result.err.append(buffer, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  ::close(terminal);
  int status = 0;
  ::waitpid(child, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(out);
  std::stringstream report;
  report << in.rdbuf();
  result.out = report.str();
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace factaudit::testing
