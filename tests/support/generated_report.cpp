#include "generated_report.hpp"

#include <cstdio>

#include "core/report/report_format.hpp"

namespace rex::test {
namespace {

using rex::core::Assessment;

// Day `n` after 2024-01-01 as YYYY-MM-DD (months of 28 days keep it simple and valid).
std::string Date(int n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", 2024 + n / (12 * 28), 1 + (n / 28) % 12, 1 + n % 28);
  return buffer;
}

std::string Timestamp(int n) { return Date(n) + "T09:30:00Z"; }

}  // namespace

Assessment GeneratedAssessment(const rex::core::Role& role, int snapshots, int person) {
  const auto& model = role.rating_model;
  const int levels = model.MaxLevel() + 1;
  Assessment a;
  a.role_id = role.id;
  a.content_version = role.content_version;
  a.person_name = person < 0 ? "Generated Person" : "Team Person " + std::to_string(person);
  a.target = model.default_target;
  a.created_at = Timestamp(0);
  a.updated_at = Timestamp(7 * snapshots);
  int n = 0;
  for (const auto& section : role.sections) {
    for (const auto& group : section.groups) {
      for (const auto& item : group.items) {
        if (model.IsChecklist(item)) a.goals_done[item.id] = n % 2 == 0;
        if (!model.IsRated(item)) continue;
        ++n;
        rex::core::Rating& rating = a.ratings[item.id];
        rating.level = person >= 0     ? std::optional<int>((n * 3 + person) % levels)
                       : n % 7 == 0    ? std::nullopt
                                       : std::optional<int>((n * 3) % levels);
        if (n % 2 == 0) rating.note = "Note on " + item.name + ": what I did, with <angle> & \"quotes\".\nSecond line.";
        if (n % 3 == 0) rating.evidence.push_back({"Led the work on " + item.name, "https://example.invalid/doc/" + item.id, Date(n)});
        if (n % 3 == 0) a.review.entries[item.id] = {(n * 5) % levels, n % 2 ? "Agree." : ""};
      }
    }
  }
  a.review.reviewer = "Generated Manager";
  a.review.summary = "Solid progress this half.";
  for (int s = 0; s < snapshots; ++s) {
    rex::core::Snapshot snapshot;
    snapshot.id = "snap-" + std::to_string(s + 1);
    snapshot.label = "Week " + std::to_string(s + 1);
    snapshot.taken_at = Timestamp(7 * s);
    snapshot.target = a.target;
    int k = 0;
    for (const auto& [id, rating] : a.ratings) {
      ++k;
      // Levels grow towards the item's current one over the snapshots.
      const int final_level = rating.level.value_or(k % levels);
      snapshot.levels[id] = final_level * (s + 1) / snapshots;
    }
    for (const auto& [id, done] : a.goals_done) snapshot.goals_done[id] = done && s % 2 == 1;
    a.snapshots.push_back(std::move(snapshot));
  }
  a.last_snapshot_number = snapshots;
  return a;
}

std::string GeneratedReportJson(const rex::core::Role& role, int snapshots, int person) {
  return rex::core::SerializeReport(GeneratedAssessment(role, snapshots, person), role,
                                    {false, Timestamp(7 * snapshots)});
}

}  // namespace rex::test
