// Numeric intervals: emptiness and the printed form used in explanations.
#include <catch2/catch.hpp>

#include "factaudit/normalize/interval.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using factaudit::unit::dec;

TEST_CASE("NumericInterval::describe prints bounds outwards in the unit scale", "[interval]") {
  NumericInterval exact{{dec("636.45") * 1000000, false}, {dec("636.55") * 1000000, false}};
  CHECK(exact.describe(1000000) == "[636.45, 636.55]");

  NumericInterval above{{dec("149.5"), true}, {std::nullopt, false}};
  CHECK(above.describe() == "(149.5, inf)");

  NumericInterval below{{std::nullopt, false}, {mpq_class(5), false}};
  CHECK(below.describe() == "(-inf, 5]");

  // 1/3 .. 2/3 at two decimals: rounded outwards so the printed interval contains the real one
  NumericInterval thirds{{mpq_class(1, 3), false}, {mpq_class(2, 3), true}};
  CHECK(thirds.describe() == "[0.33, 0.67)");
  NumericInterval narrow{{mpq_class(2, 3), false}, {mpq_class(2, 3), false}};
  CHECK(narrow.describe() == "[0.66, 0.67]");
}

TEST_CASE("NumericInterval::empty", "[interval]") {
  CHECK_FALSE((NumericInterval{{mpq_class(1), false}, {mpq_class(2), false}}.empty()));
  CHECK_FALSE((NumericInterval{{mpq_class(1), false}, {mpq_class(1), false}}.empty()));  // a point
  CHECK((NumericInterval{{mpq_class(1), true}, {mpq_class(1), false}}.empty()));
  CHECK((NumericInterval{{mpq_class(1), false}, {mpq_class(1), true}}.empty()));
  CHECK((NumericInterval{{mpq_class(2), false}, {mpq_class(1), false}}.empty()));
  CHECK_FALSE((NumericInterval{{std::nullopt, false}, {mpq_class(-5), true}}.empty()));
  CHECK_FALSE((NumericInterval{}.empty()));
}

TEST_CASE("ClaimValueError carries the field it names", "[interval]") {
  ClaimValueError e("value/unit", "unknown unit 'EUR'");
  CHECK(e.field() == "value/unit");
  CHECK(std::string(e.what()) == "unknown unit 'EUR'");
}
