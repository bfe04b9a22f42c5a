// SerializeReport, Redacted and ReportFileName (report_format.hpp).
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/app/app_info.hpp"
#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"
#include "core/text/json_writer.hpp"

namespace rex::core {
namespace {

// Keys are written in the order of docs/report-format.md; maps come sorted by id.
void WriteLevel(JsonWriter& json, const std::optional<int>& level) {
  json.Key("level");
  if (level) {
    json.Int(*level);
  } else {
    json.Null();
  }
}

void WriteEvidence(JsonWriter& json, const Evidence& evidence) {
  json.BeginObject();
  json.Member("what", evidence.what);
  if (!evidence.link.empty()) json.Member("link", evidence.link);
  if (!evidence.date.empty()) json.Member("date", evidence.date);
  json.EndObject();
}

void WriteRating(JsonWriter& json, const Rating& rating) {
  json.BeginObject();
  WriteLevel(json, rating.level);
  if (!rating.note.empty()) json.Member("note", rating.note);
  if (!rating.evidence.empty()) {
    json.Key("evidence");
    json.BeginArray();
    for (const Evidence& e : rating.evidence) WriteEvidence(json, e);
    json.EndArray();
  }
  json.EndObject();
}

void WriteReviewEntry(JsonWriter& json, const ReviewEntry& entry) {
  json.BeginObject();
  WriteLevel(json, entry.level);
  if (!entry.comment.empty()) json.Member("comment", entry.comment);
  json.EndObject();
}

void WriteDone(JsonWriter& json, bool done) { json.Bool(done); }

// Orphaned entries go back where they came from: the file has one "ratings" map.
// Both maps are sorted, so one merging walk lists every id once, in order; where
// both have an id (not expected), the current entry wins.
template <typename Value, typename WriteValue>
void WriteMergedMap(JsonWriter& json, const std::map<std::string, Value>& current,
                    const std::map<std::string, Value>& orphaned, WriteValue write_value) {
  json.BeginObject();
  auto c = current.begin();
  auto o = orphaned.begin();
  while (c != current.end() || o != orphaned.end()) {
    if (o == orphaned.end() || (c != current.end() && c->first <= o->first)) {
      if (o != orphaned.end() && o->first == c->first) ++o;
      json.Key(c->first);
      write_value(json, c->second);
      ++c;
    } else {
      json.Key(o->first);
      write_value(json, o->second);
      ++o;
    }
  }
  json.EndObject();
}

void WriteSnapshot(JsonWriter& json, const Snapshot& snapshot) {
  json.BeginObject();
  json.Member("id", snapshot.id);
  json.Member("label", snapshot.label);
  json.Member("taken_at", snapshot.taken_at);
  json.Member("target", snapshot.target);
  json.Key("levels");
  json.BeginObject();
  for (const auto& [id, level] : snapshot.levels) json.Member(id, level);
  json.EndObject();
  json.Key("goals");
  json.BeginObject();
  for (const auto& [id, done] : snapshot.goals_done) json.Member(id, done);
  json.EndObject();
  json.EndObject();
}

void WriteReview(JsonWriter& json, const ManagerReview& review, const std::map<std::string, ReviewEntry>& orphaned) {
  json.BeginObject();
  if (!review.reviewer.empty()) json.Member("reviewer", review.reviewer);
  if (!review.summary.empty()) json.Member("summary", review.summary);
  json.Key("entries");
  WriteMergedMap(json, review.entries, orphaned, WriteReviewEntry);
  json.EndObject();
}

void WriteApp(JsonWriter& json, const AppStamp& app) {
  json.BeginObject();
  json.Member("name", app.name);
  json.Member("version", app.version);
  json.EndObject();
}

void WriteRole(JsonWriter& json, const Assessment& a, const Role& role) {
  json.BeginObject();
  json.Member("id", a.role_id.empty() ? role.id : a.role_id);
  json.Member("content_version", a.content_version.empty() ? role.content_version : a.content_version);
  json.Member("title", role.title);
  json.EndObject();
}

void WriteStrings(JsonWriter& json, const std::vector<std::string>& strings) {
  json.BeginArray();
  for (const std::string& s : strings) json.String(s);
  json.EndArray();
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
  // Only a redacted export needs a changed copy of the assessment.
  std::optional<Assessment> redacted;
  const Assessment& a = options.redacted ? redacted.emplace(Redacted(assessment)) : assessment;
  JsonWriter json(2);
  json.BeginObject();
  json.Member("format", kReportFormat);
  json.Member("schema_version", kReportSchemaVersion);
  if (!options.app.Empty()) {
    json.Key("app");
    WriteApp(json, options.app);
  }
  json.Member("redacted", options.redacted);
  json.Key("role");
  WriteRole(json, a, role);
  if (!a.person_name.empty()) {
    json.Key("person");
    json.BeginObject();
    json.Member("name", a.person_name);
    json.EndObject();
  }
  if (!a.created_at.empty()) json.Member("created_at", a.created_at);
  if (!a.updated_at.empty()) json.Member("updated_at", a.updated_at);
  if (!options.exported_at.empty()) json.Member("exported_at", options.exported_at);
  json.Member("target", a.target.empty() ? role.rating_model.default_target : a.target);
  json.Key("ratings");
  WriteMergedMap(json, a.ratings, a.orphaned.ratings, WriteRating);
  json.Key("goals");
  WriteMergedMap(json, a.goals_done, a.orphaned.goals_done, WriteDone);
  json.Key("snapshots");
  json.BeginArray();
  for (const Snapshot& snapshot : a.snapshots) WriteSnapshot(json, snapshot);
  json.EndArray();
  if (!a.review.Empty() || !a.orphaned.review_entries.empty()) {
    json.Key("review");
    WriteReview(json, a.review, a.orphaned.review_entries);
  }
  // Written only when the ids alone would understate it (the last snapshot was
  // removed): the reader works out the rest, and older files stay byte-identical.
  if (a.last_snapshot_number > SnapshotNumberFloor(a.snapshots)) {
    json.Member("last_snapshot_number", a.last_snapshot_number);
  }
  if (!a.orphaned.Empty()) {
    json.Key("unknown_items");
    WriteStrings(json, a.orphaned.ItemIds());
  }
  json.EndObject();
  // Strings that are not valid UTF-8 get U+FFFD (AppendJsonString): export never fails.
  std::string text = json.Take();
  text += '\n';
  return text;
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
