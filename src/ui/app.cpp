#include "ui/app.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/assessment/snapshot_diff.hpp"
#include "core/persist/saved_preferences.hpp"
#include "core/team/team_export.hpp"
#include "ui/about/about_panel.hpp"
#include "ui/accessibility/item_info.hpp"
#include "ui/app_view.hpp"
#include "ui/progress/level_diff_panel.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

App::App(core::Session session, core::KeyValueStore& store)
    : session_(std::move(session)), persistence_(store) {
  // Roles never change after loading, so each search index is built once, when
  // first needed.
  for (const core::RoleEntry& entry : session_.roles) search_.emplace_back(entry.role);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours, not a file; and the web has no disk
  io.LogFilename = nullptr;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page rendering
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ListenToItemInfo();  // labels and check states for the accessibility mirror
}

bool App::PrepareFrame(float device_pixel_ratio) {
  const core::Preferences& prefs = session_.preferences;
  const float scale = device_pixel_ratio * prefs.font_scale;
  NoteGlyphsInUse();
  const bool glyphs_stale =
      rasterize_ && (glyphs_.generation() != glyphs_built_ || shaped_.generation() != shaped_built_);
  const bool fonts_stale = scale != built_scale_ || glyphs_stale;
  if (fonts_stale) {
    fonts_ = BuildFonts(*ImGui::GetIO().Fonts, scale, glyphs_.codes(), rasterize_, shaped_.glyphs());
    glyphs_built_ = glyphs_.generation();
    shaped_built_ = shaped_.generation();
    shaped_.MarkBuilt();
    metrics_ = Metrics{}.Scaled(scale);
  }
  if (fonts_stale || prefs.theme != built_theme_ || touch_ != built_touch_) {
    const float tap_target = touch_ ? Metrics::kTapTarget * device_pixel_ratio : 0.0f;
    ApplyTheme(prefs.theme, scale, tap_target, fonts_.body ? fonts_.body->FontSize : 0.0f);
  }
  device_pixel_ratio_ = device_pixel_ratio;
  built_scale_ = scale;
  built_theme_ = prefs.theme;
  built_touch_ = touch_;
  return fonts_stale;
}

// The open role's texts when it changes, the saved work's after each change; past
// the cap, the set starts again from these (what is in use now).
void App::NoteGlyphsInUse() {
  const core::RoleEntry* entry = session_.Current();
  if (!entry) return;
  if (glyphs_.OverCap()) {
    glyphs_.Restart([entry](ExtraGlyphs& in_use) {
      in_use.NoteRole(entry->role);
      in_use.NoteAssessment(entry->assessment);
    });
    glyphs_role_ = session_.current_role;
    glyphs_revision_ = session_.revision;
  }
  if (glyphs_role_ != session_.current_role) {
    glyphs_.NoteRole(entry->role);
    glyphs_role_ = session_.current_role;
    glyphs_revision_ = ~std::uint64_t{0};
  }
  if (glyphs_revision_ != session_.revision) {
    glyphs_.NoteAssessment(entry->assessment);
    glyphs_revision_ = session_.revision;
  }
}

const char* App::Shown(const std::string& text) {
  const ImFont* font = ImGui::GetFont();
  return shaped_.Shown(text.c_str(), font, FaceIndex(fonts_, font));
}

nlohmann::json App::FontsJson() const {
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  // Counted when asked, from the last frame's draw data (valid until the next
  // frame starts): the bridge is read between frames, and frames stay cheaper.
  const ImDrawData* last_frame = ImGui::GetDrawData();
  const int missing = last_frame && last_frame->Valid ? CountMissingGlyphs(*last_frame, atlas) : 0;
  return {{"missing_glyphs", missing},
          {"extra_glyphs", glyphs_.codes().size()},
          {"shaped_runs", {{"in_atlas", shaped_.glyphs().size()},
                           {"drawn_as_pictures", shaped_.shown_as_pictures()},
                           {"drawn_plain", shaped_.still_plain()}}},
          {"atlas", {{"width", atlas.TexWidth}, {"height", atlas.TexHeight}}}};
}

void App::SetClock(std::string now_iso, double now_ms) {
  session_.now = std::move(now_iso);
  now_ms_ = now_ms;
}

bool App::Narrow() const { return ImGui::GetIO().DisplaySize.x < Metrics::kNarrowWidth * built_scale_; }

void App::Draw() {
  ++frame_;
  widgets_.BeginFrame();
  shaped_.BeginFrame();
  const core::Derived* data = derived();
  const int role = session_.current_role;
  const bool has_role = data && role < static_cast<int>(search_.size());
  const core::SaveStatus storage = persistence_.status();
  UiContext ctx{session_, view_, pending_, fonts_, PaletteFor(session_.preferences.theme), widgets_, metrics_,
                has_role ? &search_[static_cast<size_t>(role)] : nullptr, has_role ? data : nullptr,
                has_role ? &data->score : nullptr, intents_, storage, persistence_.aside(), &shaped_,
                &team_};
  ctx.narrow = Narrow();
  ctx.touch = touch_;
  DrawAppView(ctx);
  DrawNotices();
  DrawImportConfirm();
  DrawConflictChoice();
  DrawAboutPanel(ctx, [this]() -> const AboutInfo& { return about(); });
  // A shaped run met for the first time is drawn as a picture once the next
  // frame has rebuilt the atlas.
  const bool shaped_stale = rasterize_ && shaped_.generation() != shaped_built_;
  wants_frame_ = ctx.redraw || !pending_.empty() || shaped_stale;
  ApplyPendingActions();
  HandleStorageIntents();
  UpdateStorage();
  NoteAnnouncements();
}

nlohmann::json App::ExploreJson() const {
  const ExploreState& e = view_.explore;
  const core::Role* role = session_.CurrentRole();
  nlohmann::json hits = nlohmann::json::array();
  for (const core::SearchHit& hit : e.results.hits) {
    if (!role || hits.size() >= 20) break;
    hits.push_back({{"id", role->At(hit.ref).id}, {"section", role->sections[static_cast<size_t>(hit.ref.section)].id}});
  }
  const bool has_section = role && e.section >= 0 && e.section < static_cast<int>(role->sections.size());
  std::vector<std::string> rubric_groups(e.rubric_groups.begin(), e.rubric_groups.end());
  std::sort(rubric_groups.begin(), rubric_groups.end());  // a set's order is not stable across builds
  return {{"section_id", has_section ? role->sections[static_cast<size_t>(e.section)].id : ""},
          {"selected_item", e.selected_item},
          {"query", e.query},
          {"result_count", e.query.empty() ? 0 : e.results.total},
          {"hits", e.query.empty() ? nlohmann::json::array() : hits},
          {"rubric_groups", rubric_groups}};
}

nlohmann::json App::AssessJson() const {
  const core::RoleEntry* entry = session_.Current();
  if (!entry) return nullptr;
  const AssessState& a = view_.assess;
  nlohmann::json ratings = nlohmann::json::object();
  for (const auto& [id, rating] : entry->assessment.ratings) {
    ratings[id] = {{"level", rating.level ? nlohmann::json(*rating.level) : nlohmann::json(nullptr)},
                   {"note", rating.note},
                   {"evidence", rating.evidence.size()}};
  }
  const core::ScoreReport& score = derived()->score;
  nlohmann::json gates = nlohmann::json::object();
  for (const core::GateResult& gate : score.gates) gates[gate.id] = gate.passed;
  const std::vector<const core::ItemScore*> rows = RowsInCategory(score, a.category);
  const bool has_focus = a.focused >= 0 && a.focused < static_cast<int>(rows.size());
  nlohmann::json row_ids = nlohmann::json::array();
  for (const core::ItemScore* row : rows) row_ids.push_back(row->id);
  return {{"mode", a.mode == AssessMode::kFocus ? "focus" : "table"},
          {"rows", row_ids},
          {"category", a.category.Name("all")},
          {"focused_item", has_focus ? rows[static_cast<size_t>(a.focused)]->id : ""},
          {"target", entry->assessment.target},
          {"verdict", core::ToString(score.verdict)},
          {"attainment", score.overall.attainment},
          {"rated", score.overall.rated},
          {"total", score.overall.items},
          {"gaps", score.gaps.size()},
          {"goals_done", score.goals_done},
          {"goals_total", score.goals_total},
          {"gates", gates},
          {"can_undo", entry->history.CanUndo()},
          {"can_redo", entry->history.CanRedo()},
          {"ratings", ratings}};
}

// The level diff the Progress page shows: its two targets and its changes in order.
nlohmann::json App::LevelDiffJson() const {
  const core::Role* role = session_.CurrentRole();
  const core::Derived* data = derived();
  if (!role || !data) return nullptr;
  const auto shown = DiffTargetsShown(role->rating_model, data->score.target, view_.progress);
  if (!shown) return nullptr;
  const core::Result<core::TargetDiff> diff = core::DiffTargets(*role, shown->from, shown->to);
  if (!diff.ok()) return nullptr;
  nlohmann::json changes = nlohmann::json::array();
  for (const core::ExpectationChange& c : diff.value().changes) {
    changes.push_back({{"item_id", c.item_id}, {"from", c.from_level}, {"to", c.to_level}});
  }
  return {{"from", shown->from},
          {"to", shown->to},
          {"changes", changes},
          {"unchanged", diff.value().unchanged},
          {"raised", diff.value().Raised()},
          {"lowered", diff.value().Lowered()}};
}

nlohmann::json App::ProgressJson() const {
  const ProgressState& p = view_.progress;
  const core::Derived* data = derived();
  const core::PathReadiness* path = data ? data->paths.FindReadiness(p.selected_path) : nullptr;
  nlohmann::json labels = nlohmann::json::array();  // in axis order, clockwise from the top
  for (const ProgressState::DrawnAxisLabel& drawn : p.axis_labels) {
    labels.push_back({{"axis", drawn.axis_id}, {"label", drawn.label}, {"legend", drawn.legend}});
  }
  return {{"chart", p.chart.Name("overview")},
          {"selected_path", p.selected_path},
          {"path_attainment", path ? path->attainment : -1.0},
          {"level_diff", LevelDiffJson()},
          {"axis_labels", labels}};
}

nlohmann::json App::ReportJson() const {
  const core::Role* role = session_.CurrentRole();
  const core::Assessment* a = session_.CurrentAssessment();
  if (!role || !a) return nullptr;
  nlohmann::json snapshots = nlohmann::json::array();
  for (const core::Snapshot& s : a->snapshots) snapshots.push_back({{"id", s.id}, {"label", s.label}, {"rated", s.levels.size()}});
  nlohmann::json review = nlohmann::json::object();
  for (const auto& [id, entry] : a->review.entries) review[id] = {{"level", entry.level ? nlohmann::json(*entry.level) : nullptr}, {"comment", entry.comment}};
  const ReportState& r = view_.report;
  const core::SnapshotDiff diff = core::DiffLevels(*role, core::LevelsAt(*a, r.compare_from), core::LevelsAt(*a, r.compare_to));
  return {{"snapshots", snapshots},
          {"review", review},
          {"reviewer", a->review.reviewer},
          {"compare", {{"from", r.compare_from}, {"to", r.compare_to}, {"changes", diff.changes.size()}, {"up", diff.up}, {"down", diff.down}}},
          {"orphaned", !a->orphaned.Empty()}};
}

const AboutInfo& App::about() const {
  if (!about_) about_ = ReadAboutInfo();  // parsing the notices waits until the panel is wanted
  return *about_;
}

nlohmann::json App::AboutJson() const {
  nlohmann::json components = nlohmann::json::array();
  for (const AboutComponent& c : about().components) {
    components.push_back({{"name", c.name}, {"version", c.version}, {"licence", c.licence}});
  }
  return {{"open", view_.about_open}, {"version", about().app_version}, {"source_date", about().source_date},
          {"components", components}};
}

// The team as the CLI's `report team --format json` writes it (same reader, same
// figures), plus what the page shows: files, orders, the role shown, what was drawn.
nlohmann::json App::TeamJson() const {
  const TeamData& data = team_.For(session_);
  std::vector<core::RoleFigures> figures;
  nlohmann::json roles = nlohmann::json::array();
  for (const TeamRoleView& role : data.roles) {
    figures.push_back(role.figures);
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t row : role.people) rows.push_back(data.team.members[role.figures.people[row].member].display_name);
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t column : role.items) columns.push_back(role.figures.items[column].id);
    roles.push_back({{"id", role.figures.role->id}, {"people", role.figures.people.size()}, {"rows", rows},
                     {"columns", columns}, {"calibration", role.figures.calibration.size()}});
  }
  nlohmann::json out = nlohmann::json::parse(core::TeamJson(data.team, figures));
  const core::TeamView& view = session_.team.view;
  out["files"] = session_.team.files.size();
  out["roles"] = roles;
  out["warnings"] = data.team.warnings;
  out["hide_names"] = view.hide_names;
  out["target"] = view.target;
  out["sort"] = {{"people", core::PersonOrderName(view.people)}, {"items", core::ItemOrderName(view.items)}};
  out["shown_role"] = view_.team.role_id;
  out["overlay"] = view_.team.overlay_file;
  out["drawn"] = {{"rows", view_.team.drawn_rows}, {"columns", view_.team.drawn_columns}};
  return out;
}

nlohmann::json App::NoticesJson() const {
  nlohmann::json out = nlohmann::json::array();
  for (const Notice& n : notices_) out.push_back({{"title", n.title}, {"detail", n.detail}});
  return out;
}

void App::ApplyPendingActions() {
  // Swapped out first: OnRolesChanged may be followed by more actions.
  std::vector<core::Action> actions;
  actions.swap(pending_);
  for (const core::Action& action : actions) {
    const bool changes_roles = std::holds_alternative<core::AddRole>(action) ||
                               std::holds_alternative<core::RemoveRole>(action) ||
                               std::holds_alternative<core::ForgetAllWork>(action);
    if (core::Apply(session_, action) && changes_roles) OnRolesChanged();
  }
}

void App::Apply(core::Action action) {
  pending_.push_back(std::move(action));
  ApplyPendingActions();
}

std::string App::InspectJson() const {
  const core::Role* role = session_.CurrentRole();
  nlohmann::json state = {
      {"page", PageName(view_.page)},
      {"role", role ? role->id : ""},
      {"roles", RolesJson()},
      {"theme", core::ThemeName(session_.preferences.theme)},
      {"layout", {{"narrow", Narrow()}, {"touch", touch_}}},
      {"font_scale", session_.preferences.font_scale},
      {"revision", session_.revision},
      {"load_errors", session_.load_errors.size()},
      {"explore", ExploreJson()},
      {"assess", AssessJson()},
      {"storage", StorageJson()},
      {"about", AboutJson()},
      {"fonts", FontsJson()},
      {"notices", NoticesJson()},
      {"progress", ProgressJson()},
      {"report", ReportJson()},
      {"team", TeamJson()},
  };
  nlohmann::json out = {{"frame", frame_}, {"dpr", device_pixel_ratio_}, {"widgets", widgets_.ToJson()},
                        {"tooltip", widgets_.TooltipJson()}, {"accessible", widgets_.accessible().ToJson()},
                        {"state", state}};
  return out.dump();
}

}  // namespace rex::ui
