#include "factaudit/ingest/json_locate.hpp"

#include <iterator>
#include <vector>

#include <nlohmann/json.hpp>

namespace factaudit {

namespace {

/// An iterator over the text that publishes how far the parser has read.
struct CountingIterator {
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at = nullptr;
  const char** furthest = nullptr;

  reference operator*() const { return *at; }
  CountingIterator& operator++() {
    ++at;
    if (at > *furthest) *furthest = at;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator copy = *this;
    ++*this;
    return copy;
  }
  bool operator==(const CountingIterator& other) const { return at == other.at; }
  bool operator!=(const CountingIterator& other) const { return at != other.at; }
};

std::string escape_token(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

class Locator : public nlohmann::json_sax<nlohmann::json> {
 public:
  Locator(std::string_view text, std::string target, const char** furthest)
      : text_(text), target_(std::move(target)), furthest_(furthest) {}

  std::optional<std::size_t> best() const { return found_ ? found_ : best_; }

  bool null() override { return value(false); }
  bool boolean(bool) override { return value(false); }
  bool number_integer(number_integer_t) override { return value(false); }
  bool number_unsigned(number_unsigned_t) override { return value(false); }
  bool number_float(number_float_t, const string_t&) override { return value(false); }
  bool string(string_t&) override { return value(false); }
  bool binary(binary_t&) override { return value(false); }
  bool start_object(std::size_t) override { return open(false); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override {
    frames_.back().key = name;
    key_offset_ = token_start();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool array = false;
    std::size_t index = 0;
    std::string key;
    bool on_target_path = false;  // this container's pointer is the target or encloses it
  };

  std::size_t consumed() const { return static_cast<std::size_t>(*furthest_ - text_.data()); }

  /// Start of the token just read: for a string, its opening quote.
  std::size_t token_start() const {
    std::size_t end = consumed();
    std::size_t i = end;
    while (i > 0 && text_[i - 1] != '"') --i;  // closing quote
    if (i == 0) return end;
    std::size_t j = i - 1;
    while (j > 0) {
      --j;
      if (text_[j] == '"') {
        std::size_t backslashes = 0;
        while (j >= backslashes + 1 && text_[j - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return j;
      }
    }
    return j;
  }

  std::string current_pointer() const {
    std::string out;
    for (std::size_t i = 1; i < frames_.size(); ++i) {
      const Frame& parent = frames_[i - 1];
      out += "/" + (parent.array ? std::to_string(parent.index) : escape_token(parent.key));
    }
    return out;
  }

  std::string child_pointer() const {
    if (frames_.empty()) return "";
    const Frame& f = frames_.back();
    return current_pointer() + "/" + (f.array ? std::to_string(f.index) : escape_token(f.key));
  }

  std::size_t value_offset(bool container) const {
    if (container) return consumed() - 1;
    if (!frames_.empty() && !frames_.back().array) return key_offset_;
    return scalar_start();
  }

  /// Start of the scalar just read: a string's opening quote, or the first character of a number or
  /// literal (the parser may have read one delimiter past a number).
  std::size_t scalar_start() const {
    std::size_t i = consumed();
    auto delimiter = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}'; };
    while (i > 0 && delimiter(text_[i - 1])) --i;
    if (i > 0 && text_[i - 1] == '"') return token_start();
    while (i > 0 && !delimiter(text_[i - 1]) && text_[i - 1] != '[' && text_[i - 1] != ':') --i;
    return i;
  }

  bool encloses_target(const std::string& pointer) const {
    return target_.compare(0, pointer.size(), pointer) == 0 &&
           (pointer.size() == target_.size() || target_[pointer.size()] == '/');
  }

  void consider(const std::string& pointer, std::size_t offset) {
    if (found_) return;
    if (pointer == target_) {
      found_ = offset;
    } else if (encloses_target(pointer)) {
      best_ = offset;  // an enclosing value: the best answer so far
    }
  }

  /// Only values inside a container on the way to the target can be it or enclose it: pointers are
  /// built for those alone, so that deep nesting elsewhere costs nothing (and none is built twice).
  bool inside_target_path() const { return frames_.empty() || frames_.back().on_target_path; }

  bool value(bool container) {
    if (inside_target_path()) consider(child_pointer(), value_offset(container));
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    return !found_;  // found: the parse can stop
  }

  bool open(bool array) {
    bool on_path = false;
    if (inside_target_path()) {
      std::string pointer = frames_.empty() ? "" : child_pointer();
      consider(pointer, consumed() - 1);
      on_path = encloses_target(pointer);
    }
    frames_.push_back({array, 0, {}, on_path});
    return !found_;
  }

  bool close() {
    frames_.pop_back();
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    return true;
  }

  std::string_view text_;
  std::string target_;
  const char** furthest_;
  std::vector<Frame> frames_;
  std::size_t key_offset_ = 0;
  std::optional<std::size_t> found_, best_;
};

}  // namespace

std::optional<std::size_t> locate_json_pointer(std::string_view text, const std::string& pointer) {
  const char* furthest = text.data();
  Locator locator(text, pointer, &furthest);
  CountingIterator first{text.data(), &furthest};
  CountingIterator last{text.data() + text.size(), &furthest};
  try {
    nlohmann::json::sax_parse(first, last, &locator);
  } catch (const std::exception&) {
  }
  return locator.best();
}

Json JsonFile::parse() const { return parse_with(nullptr); }

Json JsonFile::parse_with(const Json::parser_callback_t& callback) const {
  try {
    return Json::parse(text_, callback);
  } catch (const Json::parse_error& e) {
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    auto colon = what.find("syntax error");
    throw InputError(at_offset(offset), "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon)));
  } catch (const Json::out_of_range&) {
    // a number beyond a double ("1e400"): parse again, counting, to find where the parser stopped
    const char* furthest = text_.data();
    CountingIterator first{text_.data(), &furthest};
    CountingIterator last{text_.data() + text_.size(), &furthest};
    try {
      Json reparsed = Json::parse(first, last);  // throws again; only `furthest` matters
      (void)reparsed;
    } catch (const Json::exception&) {
    }
    std::size_t end = static_cast<std::size_t>(furthest - text_.data());
    auto in_number = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; };
    while (end > 0 && !in_number(text_[end - 1])) --end;
    std::size_t start = end;
    while (start > 0 && in_number(text_[start - 1])) --start;
    throw InputError(at_offset(start), "number " + text_.substr(start, end - start) +
                                           " is out of range: expected a number within about ±1.8e308");
  }
}

void JsonFile::fail(const std::string& pointer, const std::string& message) const {
  SourcePosition at{path_};
  if (auto offset = locate_json_pointer(text_, pointer)) lines_.locate(*offset, at.line, at.column);
  throw InputError(at, message);
}

SourcePosition JsonFile::at_offset(std::size_t offset) const {
  SourcePosition at{path_};
  lines_.locate(offset, at.line, at.column);
  return at;
}

}  // namespace factaudit
