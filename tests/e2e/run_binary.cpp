#include "run_binary.hpp"

#include <cstdio>
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

}  // namespace factaudit::testing
