// Report export + import of the real role with 50 snapshots (a year of weekly
// check-ins), through the same core functions the app and the CLI use.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench.hpp"
#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/report/report_format.hpp"
#include "generated_report.hpp"

namespace rex::bench {
namespace {

constexpr int kRuns = 21;

void Row(const char* step, int snapshots, std::size_t bytes, const std::vector<double>& cpu_ms) {
  const Stats stats = Summarize(cpu_ms);
  std::printf("| %s | %d | %.1f | %.2f | %.2f |\n", step, snapshots, static_cast<double>(bytes) / 1024.0,
              stats.median_ms, stats.p99_ms);
}

}  // namespace

int RunReportBench(int snapshots) {
  const core::Session session = core::LoadCatalog(content::Files());
  if (session.roles.empty()) {
    std::fprintf(stderr, "no embedded role loaded\n");
    return 1;
  }
  const core::Role& role = session.roles.front().role;
  const core::Assessment assessment = test::GeneratedAssessment(role, snapshots);
  const core::ExportOptions options{false, "2026-01-01T00:00:00Z"};
  std::vector<double> export_ms, import_ms, baseline_ms;
  std::string json;
  for (int i = 0; i < kRuns; ++i) {
    export_ms.push_back(Time([&] { json = core::SerializeReport(assessment, role, options); }).cpu_ms);
    bool ok = false;
    import_ms.push_back(Time([&] { ok = core::ParseReport(json, "bench.json", role).ok(); }).cpu_ms);
    if (!ok) {
      std::fprintf(stderr, "the generated report did not import\n");
      return 1;
    }
    // Baseline: the least any JSON report costs, parse + dump of the same text.
    std::size_t dumped = 0;
    baseline_ms.push_back(Time([&] { dumped = nlohmann::json::parse(json).dump().size(); }).cpu_ms);
    if (dumped == 0) return 1;
  }
  std::printf("| step | snapshots | size KB | median ms (CPU) | p99 ms (CPU) |\n|---|---:|---:|---:|---:|\n");
  Row("export (serialize)", snapshots, json.size(), export_ms);
  Row("import (parse, validate, migrate)", snapshots, json.size(), import_ms);
  std::vector<double> both;
  for (std::size_t i = 0; i < export_ms.size(); ++i) both.push_back(export_ms[i] + import_ms[i]);
  Row("export + import", snapshots, json.size(), both);
  Row("baseline: nlohmann parse + dump", snapshots, json.size(), baseline_ms);
  std::printf("| **ratio** export + import / baseline | | | **%.2fx** | |\n",
              Summarize(both).median_ms / Summarize(baseline_ms).median_ms);
  return 0;
}

}  // namespace rex::bench
