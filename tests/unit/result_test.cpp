#include <doctest/doctest.h>

#include "core/result.hpp"

using rex::core::Error;
using rex::core::Result;

TEST_CASE("Result holds either a value or an error") {
  Result<int> good = 42;
  CHECK(good.ok());
  CHECK(good.value() == 42);

  Result<int> bad = Error{"role.json:3:7", "expected a string"};
  CHECK_FALSE(bad.ok());
  CHECK(bad.error().ToString() == "role.json:3:7: expected a string");
}

TEST_CASE("Error without a place prints only its message") {
  CHECK(Error{"", "file is empty"}.ToString() == "file is empty");
}
