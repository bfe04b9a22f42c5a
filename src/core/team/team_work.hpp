#pragma once
// What a manager gathered on the Team page: the report files, as read, and how
// they chose to look at them. Part of the session (actions change it, the
// persistence component keeps it under role-explorer/team), so a reload or a
// second tab shows the same team. The figures are computed from it (team.hpp).
//
// Files are kept as their bytes, not as parsed assessments: a role file loaded
// later can turn an error ("a role that is not loaded") into a person, and a
// newer app reads the same files with its newer reader.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/team/team_sort.hpp"

namespace rex::core {

struct TeamReportFile {
  std::string name;  // as dropped or picked; a file of the same name replaces it
  std::string text;
  bool operator==(const TeamReportFile& other) const { return name == other.name && text == other.text; }
  bool operator!=(const TeamReportFile& other) const { return !(*this == other); }
};

// How the team is shown; kept with the files.
struct TeamView {
  bool hide_names = false;   // pseudonyms everywhere, notes and comments never shown or exported
  std::string target;        // "" = each report's own target
  PersonOrder people = PersonOrder::kReadiness;
  ItemOrder items = ItemOrder::kMostBelowTarget;
  bool operator==(const TeamView& other) const {
    return hide_names == other.hide_names && target == other.target && people == other.people && items == other.items;
  }
  bool operator!=(const TeamView& other) const { return !(*this == other); }
};

struct TeamWork {
  std::vector<TeamReportFile> files;  // in the order they were added
  TeamView view;
  bool operator==(const TeamWork& other) const { return files == other.files && view == other.view; }
  bool operator!=(const TeamWork& other) const { return !(*this == other); }
  bool Empty() const { return files.empty() && view == TeamView{}; }
};

// Adds files; one with the name of a file already there replaces it in place.
// Returns whether anything changed.
bool AddTeamFiles(TeamWork& team, const std::vector<TeamReportFile>& files);

// As stored: {"version": 1, "files": [{"name", "text"}], "view": {"hide_names",
// "target", "people", "items"}}. nullopt for an empty team (nothing is stored).
std::optional<std::string> WriteTeamWork(const TeamWork& team);
// nullopt when `text` is not a team this version can read.
std::optional<TeamWork> ReadTeamWork(const std::string& text);

// The words for the orders: stored, in the bridge and in the menus.
const char* PersonOrderName(PersonOrder order);
const char* ItemOrderName(ItemOrder order);
std::optional<PersonOrder> PersonOrderFromName(const std::string& name);
std::optional<ItemOrder> ItemOrderFromName(const std::string& name);

}  // namespace rex::core
