// Report export + import with 50 snapshots. The report format does not exist yet;
// when it does, build a report of `snapshots` snapshots of the real role here,
// time Export and Import (median of a few runs) and print one row per step in the
// same shape: | step | snapshots | size KB | median ms |.
#include <cstdio>

#include "bench.hpp"

namespace rex::bench {

int RunReportBench(int snapshots) {
  std::printf("| step | snapshots | size | median ms |\n|---|---:|---:|---:|\n");
  std::printf("| export + import | %d | n/a | n/a (report format not built yet) |\n", snapshots);
  return 0;
}

}  // namespace rex::bench
