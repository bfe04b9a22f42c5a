#pragma once
// A filled-in assessment of any role, for benchmarks and round-trip tests that
// need a realistic, large report (every rated item rated, notes, evidence, a
// manager review and many snapshots) without committing a huge fixture.
// Deterministic: the same role and count always give the same assessment.
#include <string>

#include "core/assessment/assessment.hpp"
#include "core/role/role.hpp"

namespace rex::test {

// `snapshots` dated snapshots (weekly from 2024-01-01), each with a level for
// every rated item; a review entry for every third rated item.
// `person` >= 0: one member of a generated team ("Team Person <n>"): every rated
// item rated, levels shifted by `person` so that people differ.
rex::core::Assessment GeneratedAssessment(const rex::core::Role& role, int snapshots, int person = -1);

// The same assessment as report JSON (SerializeReport, not redacted).
std::string GeneratedReportJson(const rex::core::Role& role, int snapshots, int person = -1);

}  // namespace rex::test
