#include "core/team/team_export.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "core/chart/radar_svg.hpp"
#include "core/report/packet_model.hpp"
#include "core/team/team_sort.hpp"
#include "core/text/json_writer.hpp"
#include "core/text/text_out.hpp"

namespace rex::core {
namespace {

using packet::EscapeMarkdown;

std::string Percent(double share) { return std::to_string(std::llround(share * 100.0)) + "%"; }

// Attainment in JSON: rounded to 3 decimals like `report summary`, shortest digits.
std::string JsonShare(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", std::round(share * 1000.0) / 1000.0);
  std::string text = buffer;
  while (text.size() > 1 && text.back() == '0') text.pop_back();
  if (text.back() == '.') text += '0';
  return text;
}

}  // namespace

void AppendCsvField(std::string& out, std::string_view text) {
  const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                                         text[0] == '\t' || text[0] == '\r');
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out += '"';
  if (formula) out += '\'';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

std::string TeamCsv(const Team& team, const std::vector<RoleFigures>& figures) {
  std::string out = "person,role,target,item_id,item_name,category,level,expected,manager_level,gap\r\n";
  for (const RoleFigures& role : figures) {
    std::map<std::string, const std::string*> categories;
    for (const ItemFigures& item : role.items) categories[item.id] = &item.category;
    for (const PersonFigures& person : role.people) {
      const TeamMember& member = team.members[person.member];
      for (const ItemScore& item : member.score.items) {
        if (!item.level) continue;
        AppendCsvField(out, member.display_name);
        out += ',';
        AppendCsvField(out, role.role->id);
        out += ',';
        AppendCsvField(out, member.score.target);
        out += ',';
        AppendCsvField(out, item.id);
        out += ',';
        AppendCsvField(out, item.name);
        out += ',';
        AppendCsvField(out, *categories[item.id]);
        out += ',' + std::to_string(*item.level) + ',' + std::to_string(item.expected) + ',';
        const auto manager = person.manager_levels.find(item.id);
        if (manager != person.manager_levels.end()) out += std::to_string(manager->second);
        out += ',' + std::to_string(item.gap) + "\r\n";
      }
    }
  }
  return out;
}

std::string TeamJson(const Team& team, const std::vector<RoleFigures>& figures) {
  JsonWriter json(2);
  json.BeginObject();
  json.Member("redacted", team.redacted);
  json.Key("people");
  json.BeginArray();
  for (const RoleFigures& role : figures) {
    for (const PersonFigures& person : role.people) {
      const TeamMember& member = team.members[person.member];
      json.BeginObject();
      json.Member("name", member.display_name);
      json.Key("file");
      if (team.redacted) {
        json.Null();
      } else {
        json.String(member.file);
      }
      json.Key("role");
      json.BeginObject();
      json.Member("id", role.role->id);
      json.Member("title", role.role->title);
      json.EndObject();
      json.Member("target", member.score.target);
      json.Member("verdict", ToString(person.verdict));
      json.Key("attainment");
      json.RawNumber(JsonShare(person.attainment));
      json.Member("rated", person.rated);
      json.Member("total", person.total);
      json.Key("top_gaps");
      json.BeginArray();
      for (const ItemScore& gap : person.top_gaps) json.String(gap.id);
      json.EndArray();
      for (const auto& [key, levels] : {std::pair<const char*, const std::map<std::string, int>*>{"levels", &person.levels},
                                        {"manager_levels", &person.manager_levels}}) {
        json.Key(key);
        json.BeginObject();
        for (const auto& [id, level] : *levels) json.Member(id, level);
        json.EndObject();
      }
      json.EndObject();
    }
  }
  json.EndArray();
  json.Key("errors");
  json.BeginArray();
  for (const TeamFileError& error : team.errors) {
    json.BeginObject();
    json.Member("file", error.file);
    json.Member("where", error.where);
    json.Member("message", error.message);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take() + "\n";
}

std::string TeamMarkdown(const Team& team, const std::vector<RoleFigures>& figures) {
  TextOut out;
  out << "# Team summary\n\n" << team.members.size() << (team.members.size() == 1 ? " report" : " reports")
      << " read";
  if (!team.errors.empty()) out << ", " << team.errors.size() << " could not be read";
  out << (team.redacted ? "; names hidden" : "") << ".\n";
  for (const RoleFigures& role : figures) {
    out << "\n## " << EscapeMarkdown(role.role->title) << "\n\n"
        << "| Person | Target | Verdict | Attainment | Rated | Top gaps |\n|---|---|---|---:|---:|---|\n";
    for (const std::size_t p : SortPeople(team, role, PersonOrder::kReadiness)) {
      const PersonFigures& person = role.people[p];
      const TeamMember& member = team.members[person.member];
      std::string gaps;
      for (const ItemScore& gap : person.top_gaps) {
        if (!gaps.empty()) gaps += ", ";
        gaps += EscapeMarkdown(gap.name) + " (" + std::to_string(gap.level.value_or(0)) + "→" +
                std::to_string(gap.expected) + ")";
      }
      out << "| " << EscapeMarkdown(member.display_name) << " | " << EscapeMarkdown(member.score.target) << " | "
          << VerdictTitle(person.verdict) << " | " << Percent(person.attainment) << " | " << person.rated << "/"
          << person.total << " | " << (gaps.empty() ? "none" : gaps) << " |\n";
    }
    out << "\n### Items, most below target first\n\n"
        << "| Item | Rated | Average | Median | IQR | Spread (SD) | Below target |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const std::size_t i : SortItems(role, ItemOrder::kMostBelowTarget)) {
      const ItemFigures& item = role.items[i];
      out << "| " << EscapeMarkdown(item.name) << " | " << item.rated << " | " << FormatNumber(item.average) << " | "
          << FormatNumber(item.median) << " | " << FormatNumber(item.iqr) << " | " << FormatNumber(item.spread)
          << " | " << item.below_target << " |\n";
    }
    out << "\n### Calibration: self vs manager, biggest difference first\n\n";
    if (role.calibration.empty()) {
      out << "No item has both a self level and a different manager level.\n";
      continue;
    }
    out << "| Person | Item | Self | Manager | Difference |\n|---|---|---:|---:|---:|\n";
    for (std::size_t i = 0; i < role.calibration.size() && i < kTeamMarkdownCalibration; ++i) {
      const Disagreement& d = role.calibration[i];
      out << "| " << EscapeMarkdown(team.members[d.member].display_name) << " | " << EscapeMarkdown(d.item_name)
          << " | " << d.self << " | " << d.manager << " | " << (d.Difference() > 0 ? "+" : "") << d.Difference()
          << " |\n";
    }
  }
  if (!team.errors.empty()) {
    out << "\n## Could not be read\n\n";
    for (const TeamFileError& error : team.errors) out << "- " << EscapeMarkdown(error.ToString()) << "\n";
  }
  return out.str();
}

}  // namespace rex::core
