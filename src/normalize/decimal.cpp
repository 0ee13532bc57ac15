#include "factaudit/normalize/decimal.hpp"

#include <cctype>

namespace factaudit {

namespace {
constexpr std::size_t kMaxLiteralLength = 64;

mpz_class pow10(int exponent) {
  mpz_class result;
  mpz_ui_pow_ui(result.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
  return result;
}
}  // namespace

std::optional<DecimalLiteral> parse_decimal(std::string_view text) {
  if (text.empty() || text.size() > kMaxLiteralLength) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-') {
    negative = true;
    i = 1;
  }
  std::string digits;
  int decimals = 0;
  bool seen_point = false;
  bool any_digit = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    any_digit = true;
    digits += c;
    if (seen_point) ++decimals;
  }
  if (!any_digit || (seen_point && decimals == 0)) return std::nullopt;

  DecimalLiteral out;
  mpz_class mantissa(digits, 10);
  out.value = mpq_class(mantissa, pow10(decimals));
  out.value.canonicalize();
  if (negative) out.value = -out.value;
  out.decimals = decimals;
  out.half_unit = mpq_class(1, 2) / mpq_class(pow10(decimals));
  out.half_unit.canonicalize();

  // Significant digits: strip leading zeros; for integers also trailing zeros.
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    out.significant_digits = 1;
  } else if (decimals > 0) {
    out.significant_digits = static_cast<int>(digits.size() - first);
  } else {
    std::size_t last = digits.find_last_not_of('0');
    out.significant_digits = static_cast<int>(last - first + 1);
    out.trailing_zeros = last + 1 < digits.size();
  }
  return out;
}

std::optional<mpq_class> parse_rational(std::string_view text) {
  auto literal = parse_decimal(text);
  if (!literal) return std::nullopt;
  return literal->value;
}

mpq_class round_down(const mpq_class& value, int decimals) {
  mpz_class scale = pow10(decimals);
  mpq_class scaled = value * scale;
  mpz_class floor_value;
  mpz_fdiv_q(floor_value.get_mpz_t(), scaled.get_num_mpz_t(), scaled.get_den_mpz_t());
  mpq_class result(floor_value, scale);
  result.canonicalize();
  return result;
}

mpq_class round_up(const mpq_class& value, int decimals) {
  mpz_class scale = pow10(decimals);
  mpq_class scaled = value * scale;
  mpz_class ceil_value;
  mpz_cdiv_q(ceil_value.get_mpz_t(), scaled.get_num_mpz_t(), scaled.get_den_mpz_t());
  mpq_class result(ceil_value, scale);
  result.canonicalize();
  return result;
}

std::string format_decimal(const mpq_class& value, int max_decimals) {
  mpz_class scale = pow10(max_decimals);
  mpq_class scaled = abs(value) * scale;
  // round half away from zero
  mpz_class twice_num = scaled.get_num() * 2 + scaled.get_den();
  mpz_class rounded;
  mpz_fdiv_q(rounded.get_mpz_t(), twice_num.get_mpz_t(), mpz_class(scaled.get_den() * 2).get_mpz_t());
  std::string digits = rounded.get_str();
  if (static_cast<int>(digits.size()) <= max_decimals) {
    digits.insert(0, static_cast<std::size_t>(max_decimals) - digits.size() + 1, '0');
  }
  std::string integer = digits.substr(0, digits.size() - static_cast<std::size_t>(max_decimals));
  std::string fraction = digits.substr(digits.size() - static_cast<std::size_t>(max_decimals));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = (value < 0 && rounded != 0) ? "-" : "";
  out += integer;
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

}  // namespace factaudit
