#pragma once
// REX_FUZZ_CHECK: an invariant a harness insists on. Unlike assert() it stays on
// with NDEBUG, and it aborts, which libFuzzer and the replay driver both report as
// a crash with the failing expression.
#include <cstdio>
#include <cstdlib>

#define REX_FUZZ_CHECK(expr)                                                                 \
  do {                                                                                       \
    if (!(expr)) {                                                                           \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #expr); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)
