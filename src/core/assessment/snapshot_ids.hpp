#pragma once
// Snapshot ids: "snap-<number>-<date>", where the number comes from a counter
// kept with the assessment (Assessment::last_snapshot_number). A removed
// snapshot's number is never handed out again, so two snapshots can never share
// an id, and an id seen once (in a saved file, in a comparison) always means the
// same snapshot. See docs/adr/0012-one-persistence-path.md.
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"

namespace rex::core {

// Counters and id numbers are capped here: they come from files, and must never
// overflow an int however a file was edited.
inline constexpr int kMaxSnapshotNumber = 1'000'000'000;

// The lowest counter value consistent with the ids present: the number of
// snapshots, or the highest "snap-<N>" number among the ids if that is larger.
// Files written before the counter existed carry no counter; this is it.
int SnapshotNumberFloor(const std::vector<Snapshot>& snapshots);

// Takes the next number from the counter and returns the id for a snapshot
// taken at `now` (ISO-8601; its date goes into the id).
std::string IssueSnapshotId(Assessment& assessment, const std::string& now);

// Gives every snapshot whose id repeats an earlier one (or is empty) a fresh id.
// Returns one sentence per change, for the person ("the second snapshot called
// "snap-1" now has the id "snap-3-2026-01-31""); empty when nothing changed.
std::vector<std::string> RepairSnapshotIds(Assessment& assessment);

}  // namespace rex::core
