// rex_bench: native benchmarks for scripts/bench. Usage: rex_bench frames|report|startup|team
#include <cstdio>
#include <cstring>

#include "bench.hpp"

int main(int argc, char** argv) {
  const char* what = argc > 1 ? argv[1] : "";
  if (std::strcmp(what, "frames") == 0) return rex::bench::RunFrameBench(300);
  if (std::strcmp(what, "report") == 0) return rex::bench::RunReportBench(50);
  if (std::strcmp(what, "startup") == 0) return rex::bench::RunStartupBench(21);
  if (std::strcmp(what, "team") == 0) return rex::bench::RunTeamBench(200, 10, 7);
  std::fprintf(stderr, "usage: rex_bench frames|report|startup|team\n");
  return 2;
}
