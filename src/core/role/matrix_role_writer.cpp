#include "core/role/matrix_role_writer.hpp"

#include <map>
#include <string_view>
#include <vector>

#include "core/role/role.hpp"
#include "core/text/json_writer.hpp"
#include "core/text/slug.hpp"

namespace rex::core {
namespace {

// Every competency becomes an item of this kind, the one kind the scale rates.
constexpr const char* kItemKind = "technical_skill";
constexpr const char* kContentVersion = "1.0.0";

struct SectionIds {
  std::string section;
  std::string group;
};

// Ids for every item, then every section and group, from one id space (the
// role file's). Items come first so that their ids, which reports keep, do not
// change when a category is renamed.
struct RoleIds {
  std::vector<std::string> items;     // per competency
  std::vector<SectionIds> sections;   // per category
  std::vector<std::string> targets;   // per level column (targets have their own id space)
};

// Competency indexes grouped by category, in the matrix's category order.
std::vector<std::vector<std::size_t>> ByCategory(const CompetencyMatrix& matrix) {
  std::map<std::string_view, std::size_t> index;
  for (std::size_t c = 0; c < matrix.categories.size(); ++c) index.emplace(matrix.categories[c], c);
  std::vector<std::vector<std::size_t>> groups(matrix.categories.size());
  for (std::size_t i = 0; i < matrix.competencies.size(); ++i) {
    groups[index.at(matrix.competencies[i].category)].push_back(i);
  }
  return groups;
}

RoleIds MakeIds(const CompetencyMatrix& matrix, const std::vector<std::vector<std::size_t>>& by_category) {
  RoleIds ids;
  ids.items.resize(matrix.competencies.size());
  UniqueSlugs role_ids;
  for (const auto& members : by_category) {
    for (const std::size_t i : members) ids.items[i] = role_ids.Take(matrix.competencies[i].name, "competency");
  }
  for (const std::string& category : matrix.categories) {
    std::string section = role_ids.Take(category, "category");
    std::string group = role_ids.Take(section + "-competencies", "competencies");
    ids.sections.push_back({std::move(section), std::move(group)});
  }
  UniqueSlugs target_ids;
  for (std::size_t k = 0; k < matrix.levels.size(); ++k) {
    ids.targets.push_back(target_ids.Take(matrix.levels[k], "level-" + std::to_string(k + 1)));
  }
  return ids;
}

void WriteItem(JsonWriter& json, const Competency& competency, const std::string& id) {
  json.BeginObject();
  json.Member("id", id);
  json.Member("kind", kItemKind);
  json.Member("name", competency.name);
  if (!competency.description.empty()) json.Member("text", competency.description);
  if (competency.importance) json.Member("importance", ToString(*competency.importance));
  bool any_level = false;
  for (std::size_t k = 0; k < competency.level_texts.size(); ++k) {
    const std::string& text = competency.level_texts[k];
    if (text.empty()) continue;  // no words here: the app shows the scale's own
    if (!any_level) {
      json.Key("levels");
      json.BeginArray();
      any_level = true;
    }
    json.BeginObject();
    json.Member("level", static_cast<int>(k + 1));
    json.Member("text", text);
    json.EndObject();
  }
  if (any_level) json.EndArray();
  json.EndObject();
}

void WriteSections(JsonWriter& json, const CompetencyMatrix& matrix, const RoleIds& ids,
                   const std::vector<std::vector<std::size_t>>& by_category) {
  json.Key("sections");
  json.BeginArray();
  for (std::size_t c = 0; c < matrix.categories.size(); ++c) {
    json.BeginObject();
    json.Member("id", ids.sections[c].section);
    json.Member("number", static_cast<int>(c + 1));
    json.Member("title", matrix.categories[c]);
    json.Key("groups");
    json.BeginArray();
    json.BeginObject();
    json.Member("id", ids.sections[c].group);
    json.Member("title", "Competencies");
    json.Member("view", "cards");
    json.Key("items");
    json.BeginArray();
    for (const std::size_t i : by_category[c]) WriteItem(json, matrix.competencies[i], ids.items[i]);
    json.EndArray();
    json.EndObject();
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
}

void WriteScaleLevel(JsonWriter& json, int level, const std::string& name, const std::string& descriptor) {
  json.BeginObject();
  json.Member("level", level);
  json.Member("name", name);
  json.Member("descriptor", descriptor);
  json.EndObject();
}

// Generic words for items without their own: the matrix's cells say the rest.
void WriteScale(JsonWriter& json, const CompetencyMatrix& matrix) {
  json.Key("scale");
  json.BeginArray();
  WriteScaleLevel(json, 0, "Not yet", "Does not yet do what the \"" + matrix.levels.front() +
                                          "\" column of the matrix describes.");
  for (std::size_t k = 0; k < matrix.levels.size(); ++k) {
    WriteScaleLevel(json, static_cast<int>(k + 1), matrix.levels[k],
                    "Meets the \"" + matrix.levels[k] + "\" column of the matrix.");
  }
  json.EndArray();
}

// Being at a level column means meeting that column for every competency;
// Context-specific ones depend on the team, so no target expects them.
void WriteTarget(JsonWriter& json, const std::string& id, const std::string& name, int level) {
  json.BeginObject();
  json.Member("id", id);
  json.Member("name", name);
  json.Key("by_importance");
  json.BeginObject();
  json.Member(ToString(Importance::kCritical), level);
  json.Member(ToString(Importance::kImportant), level);
  json.Member(ToString(Importance::kOptional), level);
  json.Member(ToString(Importance::kContextSpecific), 0);
  json.EndObject();
  json.EndObject();
}

void WriteAssessment(JsonWriter& json, const CompetencyMatrix& matrix, const RoleIds& ids) {
  json.Key("assessment");
  json.BeginObject();
  WriteScale(json, matrix);
  json.Key("rated_kinds");
  json.BeginArray();
  json.String(kItemKind);
  json.EndArray();
  json.Key("targets");
  json.BeginArray();
  for (std::size_t k = 0; k < matrix.levels.size(); ++k) {
    WriteTarget(json, ids.targets[k], matrix.levels[k], static_cast<int>(k + 1));
  }
  json.EndArray();
  json.Member("default_target", ids.targets[DefaultTargetLevel(matrix)]);
  json.EndObject();
}

}  // namespace

std::size_t DefaultTargetLevel(const CompetencyMatrix& matrix) {
  return matrix.levels.empty() ? 0 : matrix.levels.size() - 1;
}

std::string WriteMatrixRole(const CompetencyMatrix& matrix, const MatrixRoleNames& names) {
  const auto by_category = ByCategory(matrix);
  const RoleIds ids = MakeIds(matrix, by_category);
  JsonWriter json(2);
  json.BeginObject();
  json.Member("format", kRoleFormat);
  json.Member("id", names.id);
  json.Member("title", names.title);
  json.Member("content_version", kContentVersion);
  WriteSections(json, matrix, ids, by_category);
  WriteAssessment(json, matrix, ids);
  json.EndObject();
  return json.Take() + "\n";
}

}  // namespace rex::core
