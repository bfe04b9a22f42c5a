#include "core/team/team_work.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text/json_writer.hpp"

namespace rex::core {
namespace {

constexpr int kTeamWorkVersion = 1;

struct OrderName {
  int value;
  const char* name;
};
constexpr OrderName kPersonOrders[] = {{static_cast<int>(PersonOrder::kReadiness), "readiness"},
                                       {static_cast<int>(PersonOrder::kAttainment), "attainment"},
                                       {static_cast<int>(PersonOrder::kName), "name"}};
constexpr OrderName kItemOrders[] = {{static_cast<int>(ItemOrder::kTeamAverage), "team-average"},
                                     {static_cast<int>(ItemOrder::kSpread), "spread"},
                                     {static_cast<int>(ItemOrder::kMostBelowTarget), "most-below-target"}};

template <std::size_t N>
const char* NameOf(const OrderName (&names)[N], int value) {
  for (const OrderName& n : names) {
    if (n.value == value) return n.name;
  }
  return names[0].name;
}

template <std::size_t N>
std::optional<int> ValueOf(const OrderName (&names)[N], const std::string& name) {
  for (const OrderName& n : names) {
    if (name == n.name) return n.value;
  }
  return std::nullopt;
}

std::string StringOr(const nlohmann::json& object, const char* key, std::string fallback) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : fallback;
}

TeamView ReadView(const nlohmann::json& json) {
  TeamView view;
  if (!json.is_object()) return view;  // display choices: an unreadable one falls back to the default
  const auto hide = json.find("hide_names");
  view.hide_names = hide != json.end() && hide->is_boolean() && hide->get<bool>();
  view.target = StringOr(json, "target", "");
  view.people = PersonOrderFromName(StringOr(json, "people", "")).value_or(view.people);
  view.items = ItemOrderFromName(StringOr(json, "items", "")).value_or(view.items);
  return view;
}

}  // namespace

bool AddTeamFiles(TeamWork& team, const std::vector<TeamReportFile>& files) {
  bool changed = false;
  for (const TeamReportFile& file : files) {
    auto same = std::find_if(team.files.begin(), team.files.end(),
                             [&](const TeamReportFile& f) { return f.name == file.name; });
    if (same == team.files.end()) {
      team.files.push_back(file);
      changed = true;
    } else if (same->text != file.text) {
      same->text = file.text;
      changed = true;
    }
  }
  return changed;
}

std::optional<std::string> WriteTeamWork(const TeamWork& team) {
  if (team.Empty()) return std::nullopt;
  JsonWriter out;
  out.BeginObject();
  out.Member("version", kTeamWorkVersion);
  out.Key("files");
  out.BeginArray();
  for (const TeamReportFile& file : team.files) {
    out.BeginObject();
    out.Member("name", file.name);
    out.Member("text", file.text);
    out.EndObject();
  }
  out.EndArray();
  out.Key("view");
  out.BeginObject();
  out.Member("hide_names", team.view.hide_names);
  out.Member("target", team.view.target);
  out.Member("people", PersonOrderName(team.view.people));
  out.Member("items", ItemOrderName(team.view.items));
  out.EndObject();
  out.EndObject();
  return out.Take();
}

std::optional<TeamWork> ReadTeamWork(const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  const auto version = json.find("version");
  const auto files = json.find("files");
  if (version == json.end() || *version != kTeamWorkVersion || files == json.end() || !files->is_array()) {
    return std::nullopt;
  }
  TeamWork team;
  for (const nlohmann::json& file : *files) {
    if (!file.is_object() || !file.contains("name") || !file["name"].is_string() || !file.contains("text") ||
        !file["text"].is_string()) {
      return std::nullopt;  // a file cut short would be a person silently missing: refuse the whole
    }
    team.files.push_back({file["name"].get<std::string>(), file["text"].get<std::string>()});
  }
  if (const auto view = json.find("view"); view != json.end()) team.view = ReadView(*view);
  return team;
}

const char* PersonOrderName(PersonOrder order) { return NameOf(kPersonOrders, static_cast<int>(order)); }
const char* ItemOrderName(ItemOrder order) { return NameOf(kItemOrders, static_cast<int>(order)); }

std::optional<PersonOrder> PersonOrderFromName(const std::string& name) {
  const std::optional<int> value = ValueOf(kPersonOrders, name);
  return value ? std::optional<PersonOrder>(static_cast<PersonOrder>(*value)) : std::nullopt;
}

std::optional<ItemOrder> ItemOrderFromName(const std::string& name) {
  const std::optional<int> value = ValueOf(kItemOrders, name);
  return value ? std::optional<ItemOrder>(static_cast<ItemOrder>(*value)) : std::nullopt;
}

}  // namespace rex::core
