// SerializeReport, Redacted and ReportFileName (report_format.hpp).
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/app/app_info.hpp"
#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"

namespace rex::core {
namespace {

// ordered_json keeps keys in insertion order, so every export lists them the same
// way (maps inside are already sorted by id).
using Out = nlohmann::ordered_json;

Out LevelJson(const std::optional<int>& level) { return level ? Out(*level) : Out(nullptr); }

Out EvidenceJson(const Evidence& evidence) {
  Out out = Out::object();
  out["what"] = evidence.what;
  if (!evidence.link.empty()) out["link"] = evidence.link;
  if (!evidence.date.empty()) out["date"] = evidence.date;
  return out;
}

Out RatingJson(const Rating& rating) {
  Out out = Out::object();
  out["level"] = LevelJson(rating.level);
  if (!rating.note.empty()) out["note"] = rating.note;
  if (!rating.evidence.empty()) {
    Out evidence = Out::array();
    for (const Evidence& e : rating.evidence) evidence.push_back(EvidenceJson(e));
    out["evidence"] = std::move(evidence);
  }
  return out;
}

// Orphaned entries go back where they came from: the file has one "ratings" map.
template <typename Value, typename ToJson>
Out MergedMap(const std::map<std::string, Value>& current, const std::map<std::string, Value>& orphaned,
              ToJson to_json) {
  std::map<std::string, Value> merged = orphaned;
  for (const auto& [id, value] : current) merged[id] = value;
  Out out = Out::object();
  for (const auto& [id, value] : merged) out[id] = to_json(value);
  return out;
}

Out SnapshotJson(const Snapshot& snapshot) {
  Out out = Out::object();
  out["id"] = snapshot.id;
  out["label"] = snapshot.label;
  out["taken_at"] = snapshot.taken_at;
  out["target"] = snapshot.target;
  out["levels"] = Out::object();
  for (const auto& [id, level] : snapshot.levels) out["levels"][id] = level;
  out["goals"] = Out::object();
  for (const auto& [id, done] : snapshot.goals_done) out["goals"][id] = done;
  return out;
}

Out ReviewJson(const ManagerReview& review, const std::map<std::string, ReviewEntry>& orphaned) {
  Out out = Out::object();
  if (!review.reviewer.empty()) out["reviewer"] = review.reviewer;
  if (!review.summary.empty()) out["summary"] = review.summary;
  out["entries"] = MergedMap(review.entries, orphaned, [](const ReviewEntry& entry) {
    Out e = Out::object();
    e["level"] = LevelJson(entry.level);
    if (!entry.comment.empty()) e["comment"] = entry.comment;
    return e;
  });
  return out;
}

template <typename Map>
void DropEmpty(Map& map) {
  for (auto it = map.begin(); it != map.end();) it = it->second.Empty() ? map.erase(it) : std::next(it);
}

void RedactRatings(std::map<std::string, Rating>& ratings) {
  for (auto& entry : ratings) {
    entry.second.note.clear();
    entry.second.evidence.clear();
  }
  DropEmpty(ratings);
}

void RedactReviewEntries(std::map<std::string, ReviewEntry>& entries) {
  for (auto it = entries.begin(); it != entries.end();) {
    it->second.comment.clear();
    it = it->second.level ? std::next(it) : entries.erase(it);
  }
}

// Lower-case kebab of anything (names may hold spaces, accents, punctuation):
// ASCII letters and digits stay, every other run becomes one hyphen.
std::string Slug(std::string_view text) {
  std::string slug;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u)) {
      slug += static_cast<char>(std::tolower(u));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace

AppStamp ThisApp() { return {std::string(kAppName), std::string(kAppVersion)}; }

Assessment Redacted(const Assessment& assessment) {
  Assessment redacted = assessment;
  redacted.person_name.clear();
  RedactRatings(redacted.ratings);
  RedactRatings(redacted.orphaned.ratings);
  redacted.review.reviewer.clear();
  redacted.review.summary.clear();
  RedactReviewEntries(redacted.review.entries);
  RedactReviewEntries(redacted.orphaned.review_entries);
  return redacted;
}

std::string SerializeReport(const Assessment& assessment, const Role& role, const ExportOptions& options) {
  const Assessment a = options.redacted ? Redacted(assessment) : assessment;
  Out out = Out::object();
  out["format"] = kReportFormat;
  out["schema_version"] = kReportSchemaVersion;
  if (!options.app.Empty()) out["app"] = Out{{"name", options.app.name}, {"version", options.app.version}};
  out["redacted"] = options.redacted;
  out["role"] = Out::object();
  out["role"]["id"] = a.role_id.empty() ? role.id : a.role_id;
  out["role"]["content_version"] = a.content_version.empty() ? role.content_version : a.content_version;
  out["role"]["title"] = role.title;
  if (!a.person_name.empty()) out["person"] = Out{{"name", a.person_name}};
  if (!a.created_at.empty()) out["created_at"] = a.created_at;
  if (!a.updated_at.empty()) out["updated_at"] = a.updated_at;
  if (!options.exported_at.empty()) out["exported_at"] = options.exported_at;
  out["target"] = a.target.empty() ? role.rating_model.default_target : a.target;
  out["ratings"] = MergedMap(a.ratings, a.orphaned.ratings, RatingJson);
  out["goals"] = MergedMap(a.goals_done, a.orphaned.goals_done, [](bool done) { return Out(done); });
  out["snapshots"] = Out::array();
  for (const Snapshot& snapshot : a.snapshots) out["snapshots"].push_back(SnapshotJson(snapshot));
  if (!a.review.Empty() || !a.orphaned.review_entries.empty()) {
    out["review"] = ReviewJson(a.review, a.orphaned.review_entries);
  }
  // Written only when the ids alone would understate it (the last snapshot was
  // removed): the reader works out the rest, and older files stay byte-identical.
  if (a.last_snapshot_number > SnapshotNumberFloor(a.snapshots)) out["last_snapshot_number"] = a.last_snapshot_number;
  if (!a.orphaned.Empty()) out["unknown_items"] = a.orphaned.ItemIds();
  // replace: a string that is not valid UTF-8 must not make export throw.
  return out.dump(2, ' ', false, Out::error_handler_t::replace) + "\n";
}

std::string ReportFileName(const Assessment& assessment, const ExportOptions& options) {
  std::string name = Slug(assessment.role_id);
  if (name.empty()) name = "report";
  if (!options.redacted) {
    const std::string person = Slug(assessment.person_name);
    if (!person.empty()) name += "-" + person;
  }
  const std::string date = options.exported_at.substr(0, 10);
  if (date.size() == 10 && Slug(date) == date) name += "-" + date;
  return name + ".json";
}

}  // namespace rex::core
