#pragma once
// A person's self-assessment against one role: ratings with notes and evidence,
// goal progress, the chosen target, snapshots and a manager's review. Plain data;
// it is what a report file stores (see core/report/). Core has no clock: times are
// ISO-8601 strings supplied by the platform.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rex::core {

struct Evidence {
  std::string what;  // what was done, free text
  std::string link;  // optional reference (URL or doc name); never fetched
  std::string date;  // optional, YYYY-MM-DD
  bool operator==(const Evidence& o) const { return what == o.what && link == o.link && date == o.date; }
};

struct Rating {
  std::optional<int> level;  // nullopt = not rated (which is not 0)
  std::string note;
  std::vector<Evidence> evidence;
  bool operator==(const Rating& o) const { return level == o.level && note == o.note && evidence == o.evidence; }
  bool Empty() const { return !level && note.empty() && evidence.empty(); }
};

struct ReviewEntry {
  std::optional<int> level;
  std::string comment;
  bool operator==(const ReviewEntry& o) const { return level == o.level && comment == o.comment; }
};

struct ManagerReview {
  std::string reviewer;                          // optional name
  std::map<std::string, ReviewEntry> entries;    // item id -> manager's rating and comment
  std::string summary;
  bool operator==(const ManagerReview& o) const {
    return reviewer == o.reviewer && entries == o.entries && summary == o.summary;
  }
  bool Empty() const { return reviewer.empty() && entries.empty() && summary.empty(); }
};

struct Snapshot {
  std::string id;                          // unique and never reused, e.g. "snap-3-2026-05-01"
  std::string label;                       // "Mid-year"
  std::string taken_at;                    // ISO-8601
  std::string target;
  std::map<std::string, int> levels;       // item id -> level (rated items only)
  std::map<std::string, bool> goals_done;
  bool operator==(const Snapshot& o) const {
    return id == o.id && label == o.label && taken_at == o.taken_at && target == o.target && levels == o.levels &&
           goals_done == o.goals_done;
  }
};

// What a report held for items the current role content no longer has (removed,
// renamed, or no longer of a rated or checklist kind). Kept so that exporting
// again loses nothing, and listed to the person; views and scores never see it
// (core/report/ fills it on import and writes it back on export).
struct OrphanedData {
  std::map<std::string, Rating> ratings;
  std::map<std::string, bool> goals_done;
  std::map<std::string, ReviewEntry> review_entries;
  bool operator==(const OrphanedData& o) const {
    return ratings == o.ratings && goals_done == o.goals_done && review_entries == o.review_entries;
  }
  bool Empty() const { return ratings.empty() && goals_done.empty() && review_entries.empty(); }
  // Every id above, sorted, once each: what a report lists as "unknown_items".
  std::vector<std::string> ItemIds() const;
};

struct Assessment {
  std::string role_id;
  std::string content_version;
  std::string person_name;                 // optional
  std::string target;                      // target profile id
  std::map<std::string, Rating> ratings;   // item id -> rating; absent = not rated, no note
  std::map<std::string, bool> goals_done;  // checklist item id -> done
  std::vector<Snapshot> snapshots;
  ManagerReview review;
  std::string created_at;
  std::string updated_at;
  OrphanedData orphaned;                   // entries for items the role no longer has
  // The highest snapshot number ever given out for this assessment. New snapshot
  // ids continue after it, so removing a snapshot never frees its id for reuse
  // (core/assessment/snapshot_ids.hpp).
  int last_snapshot_number = 0;

  bool operator==(const Assessment& o) const {
    return role_id == o.role_id && content_version == o.content_version && person_name == o.person_name &&
           target == o.target && ratings == o.ratings && goals_done == o.goals_done && snapshots == o.snapshots &&
           review == o.review && created_at == o.created_at && updated_at == o.updated_at && orphaned == o.orphaned &&
           last_snapshot_number == o.last_snapshot_number;
  }
  bool operator!=(const Assessment& o) const { return !(*this == o); }
};

}  // namespace rex::core
