// Decimal literals as stated ("636.5", "545700") → exact rationals with their precision; printing.
#include <catch2/catch.hpp>

#include <string>

#include "factaudit/normalize/decimal.hpp"
#include "../unit_support.hpp"

using factaudit::format_decimal;
using factaudit::parse_decimal;
using factaudit::parse_rational;
using factaudit::round_down;
using factaudit::round_up;
using factaudit::unit::dec;

TEST_CASE("parse_decimal reads an exact figure with its precision", "[decimal]") {
  auto literal = parse_decimal("636.5");
  REQUIRE(literal);
  CHECK(literal->value == mpq_class(1273, 2));
  CHECK(literal->decimals == 1);
  CHECK(literal->half_unit == mpq_class(1, 20));  // half a unit of the last digit (0.1 / 2)
  CHECK(literal->significant_digits == 4);
  CHECK_FALSE(literal->trailing_zeros);
}

TEST_CASE("parse_decimal: an integer with trailing zeros keeps only its meaningful digits", "[decimal]") {
  auto literal = parse_decimal("545700");
  REQUIRE(literal);
  CHECK(literal->value == 545700);
  CHECK(literal->decimals == 0);
  CHECK(literal->half_unit == mpq_class(1, 2));
  CHECK(literal->significant_digits == 4);  // 5457
  CHECK(literal->trailing_zeros);

  auto five_hundred = parse_decimal("500");
  REQUIRE(five_hundred);
  CHECK(five_hundred->significant_digits == 1);
  CHECK(five_hundred->trailing_zeros);

  auto seven = parse_decimal("7");
  REQUIRE(seven);
  CHECK(seven->significant_digits == 1);
  CHECK_FALSE(seven->trailing_zeros);
}

TEST_CASE("parse_decimal: leading zeros are not significant - zeros after the point are", "[decimal]") {
  auto small = parse_decimal("0.05");
  REQUIRE(small);
  CHECK(small->value == mpq_class(1, 20));
  CHECK(small->decimals == 2);
  CHECK(small->significant_digits == 1);
  CHECK(small->half_unit == mpq_class(1, 200));
  CHECK_FALSE(small->trailing_zeros);

  auto padded = parse_decimal("2.50");
  REQUIRE(padded);
  CHECK(padded->value == mpq_class(5, 2));
  CHECK(padded->decimals == 2);
  CHECK(padded->significant_digits == 3);  // a stated trailing decimal zero is precision
  CHECK(padded->half_unit == mpq_class(1, 200));

  auto zero = parse_decimal("0");
  REQUIRE(zero);
  CHECK(zero->value == 0);
  CHECK(zero->significant_digits == 1);
}

TEST_CASE("parse_decimal: negative figures", "[decimal]") {
  auto literal = parse_decimal("-3.2");
  REQUIRE(literal);
  CHECK(literal->value == mpq_class(-16, 5));
  CHECK(literal->decimals == 1);
  CHECK(literal->half_unit == mpq_class(1, 20));  // precision is never negative
  CHECK(literal->significant_digits == 2);
}

TEST_CASE("parse_decimal rejects anything that is not a plain decimal literal", "[decimal]") {
  const char* rejected[] = {"",     "-",   "1,000", "1e3", "1.",  "1.2.3", "+1",  " 1",
                            "1 ",   "abc", "$5",    "5%",  "--1", "1-",    "0x10", "١٢"};
  for (const char* text : rejected) {
    INFO("literal \"" << text << "\"");
    CHECK_FALSE(parse_decimal(text));
    CHECK_FALSE(parse_rational(text));
  }
}

TEST_CASE("parse_decimal rejects absurdly long literals but not long realistic ones", "[decimal]") {
  std::string realistic = "123456789012345678.25";  // 21 characters
  auto ok = parse_decimal(realistic);
  REQUIRE(ok);
  CHECK(ok->value == dec("123456789012345678.25"));

  CHECK_FALSE(parse_decimal(std::string(500, '9')));
  CHECK_FALSE(parse_decimal("1." + std::string(500, '0')));
}

TEST_CASE("parse_rational gives the exact value of a decimal string", "[decimal]") {
  auto v = parse_rational("0.05");
  REQUIRE(v);
  CHECK(*v == mpq_class(1, 20));
  auto million = parse_rational("1000000");
  REQUIRE(million);
  CHECK(*million == 1000000);
}

TEST_CASE("format_decimal rounds half away from zero and trims trailing zeros", "[decimal]") {
  CHECK(format_decimal(mpq_class(1273, 2)) == "636.5");
  CHECK(format_decimal(mpq_class(1, 3)) == "0.33");
  CHECK(format_decimal(mpq_class(2, 3)) == "0.67");
  CHECK(format_decimal(mpq_class(1, 200)) == "0.01");   // 0.005 → up
  CHECK(format_decimal(mpq_class(-1, 200)) == "-0.01");  // -0.005 → away from zero
  CHECK(format_decimal(mpq_class(-1, 250)) == "0");      // -0.004 rounds to zero: no "-0"
  CHECK(format_decimal(mpq_class(100)) == "100");
  CHECK(format_decimal(mpq_class(5, 2), 0) == "3");
  CHECK(format_decimal(mpq_class(-5, 2), 0) == "-3");
  CHECK(format_decimal(dec("636.45"), 1) == "636.5");
  CHECK(format_decimal(dec("985.98271"), 4) == "985.9827");
  CHECK(format_decimal(dec("0.10"), 2) == "0.1");
  CHECK(format_decimal(dec("1.999"), 2) == "2");
  CHECK(format_decimal(mpq_class(123456789), 2) == "123456789");
}

TEST_CASE("round_down and round_up round towards -inf and +inf", "[decimal]") {
  CHECK(round_down(dec("636.456"), 2) == dec("636.45"));
  CHECK(round_up(dec("636.456"), 2) == dec("636.46"));
  CHECK(round_down(dec("-1.234"), 2) == dec("-1.24"));
  CHECK(round_up(dec("-1.234"), 2) == dec("-1.23"));
  // exact values stay put
  CHECK(round_down(dec("636.45"), 2) == dec("636.45"));
  CHECK(round_up(dec("636.45"), 2) == dec("636.45"));
  // zero decimals: floor and ceiling
  CHECK(round_down(mpq_class(7, 2), 0) == 3);
  CHECK(round_up(mpq_class(7, 2), 0) == 4);
  // an interval printed outwards always contains the exact one
  mpq_class lo(1, 3), hi(2, 3);
  CHECK(round_down(lo, 2) <= lo);
  CHECK(round_up(hi, 2) >= hi);
  CHECK(hi - round_down(hi, 2) < mpq_class(1, 100));
}
