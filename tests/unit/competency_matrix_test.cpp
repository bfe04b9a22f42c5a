// A competency matrix spreadsheet -> a role file (src/core/role/role_from_csv.hpp):
// the role it writes loads with the real loader, with the sections, levels,
// scale and targets docs/content-format.md ("Spreadsheets") promises, and every
// broken spreadsheet is refused with the place of each problem.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/progress/target_diff.hpp"
#include "core/role/role_from_csv.hpp"
#include "report_test_support.hpp"
#include "core/role/role_loader.hpp"

using namespace rex::core;

namespace {

using rex::test::ReadFile;

// Converts and loads; fails the test unless both succeed without errors.
Role RoleOf(std::string_view csv, const std::string& source = "matrix.csv", const CsvRoleOptions& options = {}) {
  const CsvRoleResult result = RoleFromCsv(csv, source, options);
  for (const Error& error : result.errors) FAIL_CHECK(error.ToString());
  REQUIRE(result.role_json);
  RoleLoadResult loaded = LoadRole(*result.role_json, source + ".json");
  for (const Error& error : loaded.errors) FAIL_CHECK(error.ToString());
  REQUIRE(loaded.role);
  return std::move(*loaded.role);
}

// Every error as "where: message", one per line.
std::string Errors(std::string_view csv) {
  const CsvRoleResult result = RoleFromCsv(csv, "m.csv", {});
  CHECK_FALSE(result.role_json);
  std::string all;
  for (const Error& error : result.errors) all += error.ToString() + "\n";
  return all;
}

std::vector<std::string> ItemIds(const Role& role) {
  std::vector<std::string> ids;
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) ids.push_back(item.id);
    }
  }
  return ids;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the 16 x 4 x 6 engineering matrix becomes a role the loader accepts") {
  const std::string csv = ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/csv/engineering-matrix.csv");
  const CsvRoleResult result = RoleFromCsv(csv, "fixtures/engineering-matrix.csv", {});
  REQUIRE(result.errors.empty());
  CHECK(result.competencies == 16);
  CHECK(result.categories == 4);
  CHECK(result.levels == 6);
  CHECK(result.default_target == "Principal");

  const Role role = RoleOf(csv, "fixtures/engineering-matrix.csv");
  CHECK(role.id == "engineering-matrix");
  CHECK(role.title == "Engineering Matrix");
  CHECK(role.content_version == "1.0.0");
  REQUIRE(role.sections.size() == 4);
  Strings titles;
  for (const Section& section : role.sections) {
    titles.push_back(section.title);
    REQUIRE(section.groups.size() == 1);
    CHECK(section.groups[0].view == GroupView::kCards);
    CHECK(section.groups[0].items.size() == 4);
  }
  CHECK(titles == Strings{"Craft", "Delivery", "Collaboration", "Leadership"});
  CHECK(role.sections[0].id == "craft");
  CHECK(role.sections[0].groups[0].id == "craft-competencies");
  CHECK(role.CountByKind().at("technical_skill") == 16);
}

TEST_CASE("the matrix's cells become each item's level texts, and its other columns the item") {
  const Role role = RoleOf(ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/csv/engineering-matrix.csv"));
  const Item* testing = role.FindItem("testing");
  REQUIRE(testing);
  CHECK(testing->importance == Importance::kCritical);  // written "critical"
  CHECK(testing->text == "Knows what to test, at which level, and why.");
  REQUIRE(testing->levels.size() == 6);
  CHECK(testing->levels[0].level == 1);
  CHECK(testing->levels[0].text == "Adds unit tests when asked.");
  CHECK(testing->levels[5].level == 6);

  const Item* design = role.FindItem("system-design");
  REQUIRE(design);
  CHECK(design->text == "Designs systems that fit the problem, not the \"fashion\" of the day.");

  const Item* debugging = role.FindItem("debugging");
  REQUIRE(debugging);
  CHECK_FALSE(debugging->importance);
  std::vector<int> levels;
  for (const LevelText& level : debugging->levels) levels.push_back(level.level);
  CHECK(levels == std::vector<int>{1, 2, 3, 5});  // empty cells give no text

  const Item* decisions = role.FindItem("decision-making");
  REQUIRE(decisions);
  REQUIRE(decisions->LevelTextFor(5));
  CHECK(*decisions->LevelTextFor(5) == "Makes calls across teams.\nSays which ones are reversible.");
}

TEST_CASE("the scale is Not yet plus a level per column, with a target per column") {
  const Role role = RoleOf(ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/csv/engineering-matrix.csv"));
  const RatingModel& model = role.rating_model;
  REQUIRE(model.scale.size() == 7);
  CHECK(model.scale[0].name == "Not yet");
  CHECK(model.scale[1].name == "Foundation");
  CHECK(model.scale[6].name == "Principal");
  CHECK(model.scale[4].descriptor == "Meets the \"Senior\" column of the matrix.");
  CHECK(model.rated_kinds == Strings{"technical_skill"});
  Strings target_ids;
  for (const TargetProfile& target : model.targets) target_ids.push_back(target.id);
  CHECK(target_ids == Strings{"foundation", "developing", "practitioner", "senior", "staff", "principal"});
  CHECK(model.default_target == "principal");  // the last column: the top of the matrix

  const TargetProfile& senior = *model.FindTarget("senior");
  CHECK(senior.name == "Senior");
  CHECK(senior.by_importance.at(Importance::kCritical) == 4);
  CHECK(senior.by_importance.at(Importance::kImportant) == 4);
  CHECK(senior.by_importance.at(Importance::kOptional) == 4);
  CHECK(senior.by_importance.at(Importance::kContextSpecific) == 0);
  CHECK(ExpectedLevel(senior, *role.FindItem("debugging")) == 4);          // no importance: counts as Important
  CHECK(ExpectedLevel(senior, *role.FindItem("security-practice")) == 0);  // Context-specific
}

TEST_CASE("a level diff of a converted matrix uses the matrix's own words") {
  const Role role = RoleOf(ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/csv/engineering-matrix.csv"));
  const auto diff = DiffTargets(role, "senior", "staff");
  REQUIRE(diff.ok());
  CHECK(diff.value().changes.size() == 14);  // all but the two Context-specific ones
  CHECK(diff.value().unchanged == 2);
  const ExpectationChange& first = diff.value().changes.front();
  CHECK(first.item_id == "code-quality");  // Critical first, then the role's order
  CHECK(first.to.text == "Shapes the coding standards several teams follow.");
  CHECK(first.to.item_specific);
}

TEST_CASE("--id and --title win over the file name") {
  const Role role = RoleOf("category,name,L1\nA,B,x\n", "dir/whatever.csv", CsvRoleOptions{"backend", "Backend"});
  CHECK(role.id == "backend");
  CHECK(role.title == "Backend");
}

TEST_CASE("ids and titles from file names") {
  CHECK(RoleIdFromFileName("data/Engineering_matrix.v2.csv") == "engineering-matrix-v2");
  CHECK(RoleIdFromFileName("C:\\sheets\\Équipe Données.csv") == "equipe-donnees");
  CHECK(RoleIdFromFileName("/tmp/\xE6\x97\xA5\xE6\x9C\xAC.csv") == "imported-role");
  CHECK(RoleTitleFromFileName("data/engineering-matrix.csv") == "Engineering Matrix");
  CHECK(RoleTitleFromFileName("SRE_ladder.csv") == "SRE Ladder");
  CHECK(RoleTitleFromFileName("dir/_.csv") == "Imported role");
}

TEST_CASE("ids slugged from names stay unique: -2, -3 on collision") {
  const Role role = RoleOf(
      "category,name,L1\n"
      "Delivery,API design,x\n"
      "Delivery,API Design!,x\n"
      "Delivery,api-design,x\n"
      "Craft,Delivery,x\n"
      "Craft,\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E,x\n");
  // Items take their ids first, so the item "Delivery" keeps "delivery" and the section gives way.
  CHECK(ItemIds(role) == Strings{"api-design", "api-design-2", "api-design-3", "delivery", "competency"});
  CHECK(role.sections[0].id == "delivery-2");
  CHECK(role.sections[0].groups[0].id == "delivery-2-competencies");
  CHECK(role.sections[1].id == "craft");
}

TEST_CASE("level headers that slug alike still give unique target ids") {
  const Role role = RoleOf("category,name,L 1,L-1,\xE6\x97\xA5\nA,B,x,y,z\n");
  Strings ids;
  for (const TargetProfile& target : role.rating_model.targets) ids.push_back(target.id);
  CHECK(ids == Strings{"l-1", "l-1-2", "level-3"});
}

TEST_CASE("importance is read ignoring case and surrounding spaces, empty means none") {
  const Role role = RoleOf(
      "Category, Name ,IMPORTANCE,L1\n"
      "A,a,CRITICAL,x\n"
      "A,b, optional ,x\n"
      "A,c,context-SPECIFIC,x\n"
      "A,d,,x\n"
      "A,e,Important,x\n");
  CHECK(role.FindItem("a")->importance == Importance::kCritical);
  CHECK(role.FindItem("b")->importance == Importance::kOptional);
  CHECK(role.FindItem("c")->importance == Importance::kContextSpecific);
  CHECK_FALSE(role.FindItem("d")->importance);
  CHECK(role.FindItem("e")->importance == Importance::kImportant);
}

TEST_CASE("competency is another name for the name column, categories differing in case are one") {
  const Role role = RoleOf("Competency,category,L1\nTesting,Craft,x\nDebugging,craft,y\n");
  REQUIRE(role.sections.size() == 1);
  CHECK(role.sections[0].title == "Craft");
  CHECK(role.sections[0].groups[0].items.size() == 2);
}

TEST_CASE("blank rows, blank lines and empty padding columns are ignored") {
  const Role role = RoleOf("\n,,,\ncategory,name,L1,L2,,\n,,,,,\nA,b,x,y,,\n\n , ,,, ,\n\n");
  CHECK(ItemIds(role) == Strings{"b"});
  CHECK(role.rating_model.scale.size() == 3);
}

TEST_CASE("names are one line, texts keep their line breaks") {
  const Role role = RoleOf("category,name,description,\"Level\none\"\n\"Cr\naft\",\"  Two\n words \",\"  a\nb  \",\"c\r\nd\"\n");
  CHECK(role.sections[0].title == "Cr aft");
  const Item& item = role.sections[0].groups[0].items[0];
  CHECK(item.name == "Two words");
  CHECK(item.text == "a\nb");
  CHECK(item.levels[0].text == "c\nd");
  CHECK(role.rating_model.scale[1].name == "Level one");
}

TEST_CASE("nine level columns are the most") {
  RoleOf("category,name,1,2,3,4,5,6,7,8,9\nA,b,,,,,,,,,\n");
  CHECK(Errors("category,name,1,2,3,4,5,6,7,8,9,10\nA,b,,,,,,,,,,\n") ==
        "m.csv:1:33: too many level columns: at most 9 (with \"Not yet\" below them, a scale has at most 10 levels)\n");
}

TEST_CASE("a ragged row is reported where the difference is") {
  CHECK(Errors("category,name,L1,L2\nA,b,x\nA,c,x,y,z\n") ==
        "m.csv:2:6: row has 3 fields, the header has 4\n"
        "m.csv:3:9: row has 5 fields, the header has 4\n");
}

TEST_CASE("empty names and categories are reported at their cell") {
  CHECK(Errors("category,name,L1\nA,  ,x\n,b,x\n\"\",\"\",x\n") ==
        "m.csv:2:3: empty name: every competency needs one\n"
        "m.csv:3:1: empty category: every competency needs one (it becomes a section)\n"
        "m.csv:4:1: empty category: every competency needs one (it becomes a section)\n"
        "m.csv:4:4: empty name: every competency needs one\n");
}

TEST_CASE("an unknown importance lists the allowed ones and suggests the closest") {
  CHECK(Errors("category,name,importance,L1\nA,b,Crucial,x\nA,c,Critcal,x\n") ==
        "m.csv:2:5: unknown importance \"Crucial\" (expected Critical, Important, Optional, Context-specific or an "
        "empty cell)\n"
        "m.csv:3:5: unknown importance \"Critcal\" (expected Critical, Important, Optional, Context-specific or an "
        "empty cell); did you mean \"Critical\"?\n");
}

TEST_CASE("duplicate headers name the first column of that name") {
  CHECK(Errors("category,name,Competency,Senior,L2,senior\nA,b,c,x,y,z\n") ==
        "m.csv:1:15: duplicate header \"Competency\": the name column \"name\" is already at 1:10\n"
        "m.csv:1:36: duplicate header \"senior\": the level column \"Senior\" is already at 1:26\n");
}

TEST_CASE("a header without category, name or levels says what it needs") {
  CHECK(Errors("name,L1\nb,x\n") ==
        "m.csv:1:1: no \"category\" column: the header needs category, name (or competency) and at least one level "
        "column, e.g. category,name,description,importance,Level 1,Level 2,...\n");
  CHECK(Errors("category,name,description,importance\nA,b,c,Critical\n") ==
        "m.csv:1:37: no level column: every column other than category, name, description and importance is a "
        "level, and this header has none\n");
}

TEST_CASE("a cell under a column without a header is reported once per column") {
  CHECK(Errors("category,name,L1,\nA,b,x,\nA,c,x,oops\nA,d,x,again\n") ==
        "m.csv:3:7: this cell's column has no header: name the level it describes in the header row (at 1:18), or "
        "leave the column empty\n");
}

TEST_CASE("empty files, header-only files and semicolon files") {
  CHECK(Errors("") == "m.csv:1:1: file is empty (expected a header row such as "
                      "category,name,description,importance,Level 1,Level 2,...)\n");
  CHECK(Errors("\xEF\xBB\xBF\r\n,,\r\n\r\n") == "m.csv:1:1: file is empty (expected a header row such as "
                                                "category,name,description,importance,Level 1,Level 2,...)\n");
  CHECK(Errors("category,name,L1\r\n,,\r\n") == "m.csv:1:17: no competencies: the header is the only row\n");
  CHECK(Errors("category;name;L1\nA;b;x\n") ==
        "m.csv:1:1: the header is one column: the fields are separated by semicolons, not commas; save the sheet as "
        "comma-separated CSV\n");
}

TEST_CASE("CSV syntax errors and matrix errors come together, in file order") {
  CHECK(Errors("category,name,L1\nA,,x\nA,b\"c,x\nA,d\n") ==
        "m.csv:2:3: empty name: every competency needs one\n"
        "m.csv:3:4: a quote inside a field that does not start with one: put the whole field in quotes and double "
        "the quote (\"\")\n"
        "m.csv:4:4: row has 2 fields, the header has 3\n");
}

TEST_CASE("an unterminated quote does not also claim the file has no competencies") {
  CHECK(Errors("category,name,L1\nA,\"b,x\n") ==
        "m.csv:2:3: this quoted field has no closing quote (\") before the end of the file\n");
}

TEST_CASE("a file with many broken rows gives 100 errors and a closing line with a place") {
  std::string csv = "category,name,L1\n";
  for (int i = 0; i < 150; ++i) csv += "A,,x\n";
  const CsvRoleResult result = RoleFromCsv(csv, "m.csv", {});
  REQUIRE(result.errors.size() == kMaxLoadErrors + 1);
  CHECK(result.errors.back().ToString() == "m.csv:102:3: too many errors; only the first 100 are shown");
}

TEST_CASE("every broken fixture is refused with errors that name the file and a line:column") {
  const std::string dir = std::string(REX_SOURCE_DIR) + "/tests/fixtures/csv/broken/";
  for (const char* name : {"duplicate-header.csv", "empty-name.csv", "empty.csv", "latin1.csv", "no-level-column.csv",
                           "ragged-row.csv", "role-file.csv", "semicolons.csv", "unknown-importance.csv",
                           "unterminated-quote.csv"}) {
    CAPTURE(name);
    const CsvRoleResult result = RoleFromCsv(ReadFile(dir + name), name, {});
    CHECK_FALSE(result.role_json);
    REQUIRE_FALSE(result.errors.empty());
    for (const Error& error : result.errors) {
      CHECK(error.where.rfind(std::string(name) + ":", 0) == 0);
      CHECK(error.where.find_first_not_of("0123456789:", std::string(name).size()) == std::string::npos);
    }
  }
}
