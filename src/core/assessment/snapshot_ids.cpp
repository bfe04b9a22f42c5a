#include "core/assessment/snapshot_ids.hpp"

#include <algorithm>
#include <set>

namespace rex::core {
namespace {

constexpr std::string_view kPrefix = "snap-";

// N from "snap-N" or "snap-N-...", else 0.
int NumberIn(const std::string& id) {
  if (id.compare(0, kPrefix.size(), kPrefix) != 0) return 0;
  long long number = 0;
  size_t at = kPrefix.size();
  for (; at < id.size() && id[at] >= '0' && id[at] <= '9'; ++at) {
    number = std::min<long long>(number * 10 + (id[at] - '0'), kMaxSnapshotNumber);
  }
  const bool ends_well = at > kPrefix.size() && (at == id.size() || id[at] == '-');
  return ends_well ? static_cast<int>(number) : 0;
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

int SnapshotNumberFloor(const std::vector<Snapshot>& snapshots) {
  int floor = static_cast<int>(std::min<size_t>(snapshots.size(), kMaxSnapshotNumber));
  for (const Snapshot& s : snapshots) floor = std::max(floor, NumberIn(s.id));
  return floor;
}

std::string IssueSnapshotId(Assessment& assessment, const std::string& now) {
  assessment.last_snapshot_number =
      std::min(std::max(assessment.last_snapshot_number, SnapshotNumberFloor(assessment.snapshots)), kMaxSnapshotNumber - 1) + 1;
  std::string id = std::string(kPrefix) + std::to_string(assessment.last_snapshot_number);
  if (now.size() >= 10) id += "-" + now.substr(0, 10);
  // Only a hand-made file with numbers at kMaxSnapshotNumber can get here twice
  // with the same number; a suffix still keeps the id unique.
  const auto taken = [&](const std::string& candidate) {
    return std::any_of(assessment.snapshots.begin(), assessment.snapshots.end(),
                       [&](const Snapshot& s) { return s.id == candidate; });
  };
  const std::string base = id;
  for (int suffix = 2; taken(id); ++suffix) id = base + "-" + std::to_string(suffix);
  return id;
}

std::vector<std::string> RepairSnapshotIds(Assessment& assessment) {
  std::vector<std::string> changes;
  std::set<std::string> seen;
  for (size_t i = 0; i < assessment.snapshots.size(); ++i) {
    Snapshot& snapshot = assessment.snapshots[i];
    if (!snapshot.id.empty() && seen.insert(snapshot.id).second) continue;
    const std::string old_id = snapshot.id;
    snapshot.id = IssueSnapshotId(assessment, snapshot.taken_at);
    seen.insert(snapshot.id);
    changes.push_back("snapshot " + std::to_string(i + 1) + " (" + Quoted(snapshot.label) + ") " +
                      (old_id.empty() ? "had no id" : "repeated the id " + Quoted(old_id)) + "; it now has the id " +
                      Quoted(snapshot.id));
  }
  return changes;
}

}  // namespace rex::core
