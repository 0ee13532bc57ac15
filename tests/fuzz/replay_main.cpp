// Replays inputs through the fuzz targets without libFuzzer: `factaudit-fuzz-replay TARGET PATH...`
// runs every file given (folders: every file in them, sorted) through TARGET. The test suite runs it
// over the seed corpus and the regression inputs, in the normal and the sanitized build.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "fuzz_target.hpp"

namespace factaudit::fuzz {

namespace {
std::map<std::string, TargetFunction>& targets() {
  static std::map<std::string, TargetFunction> registry;
  return registry;
}
}  // namespace

bool register_target(const char* name, TargetFunction function) {
  targets()[name] = function;
  return true;
}

}  // namespace factaudit::fuzz

namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  auto& registry = factaudit::fuzz::targets();
  if (argc < 3 || !registry.count(argv[1])) {
    std::cerr << "usage: factaudit-fuzz-replay TARGET PATH...\ntargets:";
    for (const auto& [name, function] : registry) std::cerr << ' ' << name;
    std::cerr << '\n';
    return 2;
  }
  auto target = registry.at(argv[1]);
  std::size_t replayed = 0;
  for (int i = 2; i < argc; ++i) {
    if (!std::filesystem::exists(argv[i])) {
      std::cerr << argv[i] << ": no such file or folder\n";
      return 2;
    }
    for (const auto& file : files_in(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      target(input);
      ++replayed;
    }
  }
  if (replayed == 0) {
    std::cerr << "no inputs to replay\n";
    return 1;
  }
  std::cout << argv[1] << ": " << replayed << " inputs replayed\n";
  return 0;
}
