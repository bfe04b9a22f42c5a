#pragma once
// Native benchmarks behind scripts/bench. Each prints Markdown table rows, so the
// script can paste them into docs/PERFORMANCE.md unchanged. Numbers depend on the
// machine: compare runs on one machine, not across machines.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <ctime>
#include <vector>

namespace rex::bench {

// Frame time of each page at 1280x800, real role and a generated 2,000-item role.
int RunFrameBench(int frames);
// Export + import of a report with 50 snapshots.
int RunReportBench(int snapshots);
// `people` generated reports with `snapshots` each: team figures vs one summary, per report.
int RunTeamBench(int people, int snapshots, int runs);
// Start-up steps: role from pack vs JSON, font atlas, first frame vs a later one.
int RunStartupBench(int runs);

struct Stats {
  double median_ms = 0;
  double p99_ms = 0;
};

// Median and 99th percentile (nearest rank) of durations in milliseconds.
inline Stats Summarize(std::vector<double> ms) {
  if (ms.empty()) return {};
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  const std::size_t rank = std::min(n - 1, static_cast<std::size_t>((99 * n + 99) / 100) - 1);
  return {median, ms[rank]};
}

// CPU time of this thread: on a shared machine wall time mostly measures the
// scheduler; CPU time measures our work. Both are reported.
inline double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
  double cpu_ms = 0;
  double wall_ms = 0;
};

template <typename F>
Timing Time(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = ThreadCpuMs();
  f();
  const double cpu = ThreadCpuMs() - cpu_start;
  return {cpu, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count()};
}

}  // namespace rex::bench
