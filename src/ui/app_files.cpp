// App: files in and out, autosave, and the messages about them. Every failure
// becomes a notice that says where and what, and leaves the assessment untouched.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/app/dropped_file.hpp"
#include "core/chart/radar_svg.hpp"
#include "core/report/packet.hpp"
#include "core/team/team_export.hpp"
#include "ui/app.hpp"
#include "ui/kind_labels.hpp"
#include "ui/progress/chart_series.hpp"
#include "ui/theme.hpp"

namespace rex::ui {
namespace {

constexpr size_t kMaxNotices = 3;

// Whether importing over this assessment could lose anything the person made.
bool HasWork(const core::Assessment& a) {
  return !a.ratings.empty() || !a.goals_done.empty() || !a.snapshots.empty() || !a.review.Empty() ||
         !a.person_name.empty();
}

// Fixed light-theme colours: an exported chart is printed or pasted into
// documents, whatever theme the app was in.
const char* SvgColour(SeriesKind kind) {
  switch (kind) {
    case SeriesKind::kTarget: return "#868e96";
    case SeriesKind::kSnapshot: return "#7048e8";
    case SeriesKind::kManager: return "#e8590c";
    case SeriesKind::kSelf: return "#3b5bdb";
  }
  return "#888888";
}

std::string HexColour(const ImVec4& colour) {
  char text[8];
  const auto byte = [](float v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  std::snprintf(text, sizeof text, "#%02x%02x%02x", byte(colour.x), byte(colour.y), byte(colour.z));
  return text;
}

// Each axis label's tooltip, as the screen's: the item, every series' level, and
// what the person's own level looks like for it.
std::vector<std::string> AxisTitles(const ChartData& data) {
  std::vector<std::string> titles;
  for (size_t axis = 0; axis < data.axis_names.size(); ++axis) {
    std::vector<std::string> levels;
    std::string meaning;
    for (const ChartSeries& s : data.series) {
      levels.push_back(s.name + ": " + s.labels[axis]);
      if (s.kind == SeriesKind::kSelf) meaning = s.meanings[axis];
    }
    titles.push_back(core::RadarAxisTitle(data.axis_names[axis], levels, meaning));
  }
  return titles;
}

// What the person should know about an import that worked: repairs first, then
// entries kept for items the role no longer has.
std::string ImportDetail(const core::ImportedReport& report) {
  std::string detail;
  for (const std::string& repair : report.repairs) detail += (detail.empty() ? "Repaired: " : "; ") + repair;
  if (!detail.empty()) detail += ". ";
  std::string kept;
  for (const std::string& id : report.unknown_item_ids) kept += (kept.empty() ? "" : ", ") + id;
  if (!kept.empty()) detail += "Kept entries for items this role no longer has: " + kept + ".";
  return detail;
}

std::vector<const core::Role*> AllRoles(const core::Session& session) {
  std::vector<const core::Role*> roles;
  for (const core::RoleEntry& entry : session.roles) roles.push_back(&entry.role);
  return roles;
}

}  // namespace

void App::Notify(NoticeKind kind, std::string title, std::string detail) {
  Notify(Notice{kind, std::move(title), std::move(detail)});
}

void App::Notify(Notice notice) {
  if (notices_.size() >= kMaxNotices) notices_.erase(notices_.begin());
  announcements_.push_back(notice.detail.empty() ? notice.title : notice.title + ". " + notice.detail);
  notices_.push_back(std::move(notice));
  wants_frame_ = true;
}

std::vector<Intent> App::TakeIntents() {
  std::vector<Intent> out;
  out.swap(intents_);
  return out;
}

// Picked, dropped or pasted: a role file or a report, told apart by its format.
// On the Team page a report joins the team instead of replacing your own work.
void App::ReceiveFile(const std::string& name, const std::string& bytes) {
  const core::DroppedKind kind = core::ClassifyDroppedFile(bytes, name);
  if (kind == core::DroppedKind::kReport && view_.page == Page::kTeam) {
    AddToTeam({{name, bytes}});
  } else if (kind == core::DroppedKind::kRole) {
    LoadRoleFile(name, bytes, core::RoleOrigin::kBrowser);
  } else if (kind == core::DroppedKind::kCompetencyCsv) {
    LoadCompetencyCsv(name, bytes);
  } else if (!NeedsMissingRole(name, bytes)) {
    ReceiveReport(name, bytes);
  }
  wants_frame_ = true;
}

// Several at once: on the Team page, or whenever more than one report comes,
// the reports join the team (one read for all of them); role files and
// competency matrices load as they would one by one.
void App::ReceiveFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<core::TeamReportFile> reports;
  for (const auto& [name, bytes] : files) {
    if (core::ClassifyDroppedFile(bytes, name) == core::DroppedKind::kReport) reports.push_back({name, bytes});
  }
  const bool to_team = view_.page == Page::kTeam || reports.size() > 1;
  for (const auto& [name, bytes] : files) {
    const bool report = core::ClassifyDroppedFile(bytes, name) == core::DroppedKind::kReport;
    if (!report || !to_team) ReceiveFile(name, bytes);
  }
  if (to_team && !reports.empty()) AddToTeam(std::move(reports));
  wants_frame_ = true;
}

void App::AddToTeam(std::vector<core::TeamReportFile> files) {
  const std::size_t count = files.size();
  const bool elsewhere = view_.page != Page::kTeam;
  Apply(core::AddTeamReports{std::move(files)});
  view_.page = Page::kTeam;
  const TeamData& data = team_.For(session_);
  std::string detail = std::to_string(data.team.members.size()) + " people on the Team page";
  if (!data.team.errors.empty()) detail += "; " + std::to_string(data.team.errors.size()) + " files could not be read (listed on the page)";
  Notify(data.team.errors.empty() ? NoticeKind::kSuccess : NoticeKind::kError,
         std::to_string(count) + (count == 1 ? " report" : " reports") + (elsewhere ? " added to your team" : " added"),
         detail + ". Nothing was uploaded.");
}

OutgoingFile App::MakeTeamFile(TeamFormat format) const {
  const TeamData& data = team_.For(session_);
  std::vector<core::RoleFigures> figures;
  for (const TeamRoleView& role : data.roles) figures.push_back(role.figures);
  const std::string suffix = session_.team.view.hide_names ? "-names-hidden" : "";
  if (format == TeamFormat::kCsv) return {"team-summary" + suffix + ".csv", "text/csv", core::TeamCsv(data.team, figures)};
  const core::TeamHtmlOrder order{session_.team.view.people, session_.team.view.items};
  return {"team-summary" + suffix + ".html", "text/html", core::TeamHtml(data.team, figures, order)};
}

void App::ReceiveReport(const std::string& name, const std::string& bytes) {
  core::Result<core::ImportedReport> parsed = core::ParseReport(bytes, name, AllRoles(session_));
  if (!parsed) {
    Notify(NoticeKind::kError, "Could not import " + name, parsed.error().ToString());
    return;
  }
  const std::string role_id = parsed.value().assessment.role_id;
  for (size_t i = 0; i < session_.roles.size(); ++i) {
    if (session_.roles[i].role.id == role_id && static_cast<int>(i) != session_.current_role) {
      Apply(core::SelectRole{static_cast<int>(i)});
    }
  }
  pending_import_ = PendingImport{name, std::move(parsed.value())};
  // Nothing to lose: import at once. Otherwise ask first (DrawImportConfirm).
  if (!HasWork(session_.Current()->assessment)) {
    Apply(core::ReplaceAssessment{pending_import_->report.assessment});
    Notify(NoticeKind::kSuccess, "Imported " + name, ImportDetail(pending_import_->report));
    pending_import_.reset();
  }
  wants_frame_ = true;
}

void App::RejectTooLarge(const std::string& name, double bytes) {
  const std::optional<core::Error> too_large = core::CheckReportSize(static_cast<std::uintmax_t>(bytes), name);
  if (too_large) Notify(NoticeKind::kError, "Could not import " + name, too_large->ToString() + ". Nothing was read or changed.");
}

void App::ReceivePastedText(const std::string& text) {
  if (ImGui::GetIO().WantTextInput) {
    NoteTypedText(text);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  } else {
    Notify(NoticeKind::kInfo, "Nothing to paste into",
           "Click a text field first, or paste the contents of a report file to import it.");
  }
  wants_frame_ = true;
}

OutgoingFile App::MakeReportFile(bool redacted) const {
  const core::RoleEntry& entry = *session_.Current();
  const core::ExportOptions options{redacted, session_.now};
  return {core::ReportFileName(entry.assessment, options), "application/json",
          core::SerializeReport(entry.assessment, entry.role, options)};
}

OutgoingFile App::MakePacketFile(PacketFormat format) const {
  const core::RoleEntry& entry = *session_.Current();
  core::PacketOptions options;
  options.generated_at = session_.now;
  const std::string base = core::ReportFileName(entry.assessment, {false, session_.now});
  const std::string stem = base.substr(0, base.size() - 5) + "-packet";  // drop ".json"
  if (format == PacketFormat::kHtml) {
    return {stem + ".html", "text/html", core::PacketHtml(entry.assessment, entry.role, options)};
  }
  return {stem + ".md", "text/markdown", core::PacketMarkdown(entry.assessment, entry.role, options)};
}

OutgoingFile App::MakeChartSvgFile(const ItemScope& chart) const {
  const core::RoleEntry& entry = *session_.Current();
  ProgressState shown = view_.progress;  // the toggles and snapshot on screen
  shown.chart = chart;
  const ChartData data = BuildChartData(entry.role, entry.assessment, derived()->score, shown);
  core::RadarChart svg;
  svg.title = entry.role.title + " · " + (chart.IsEveryItem() ? std::string("Overview") : KindLabelPlural(chart.kind));
  svg.max_value = entry.role.rating_model.MaxLevel();
  for (const core::ScaleLevel& level : entry.role.rating_model.scale) svg.level_names.push_back(level.name);
  svg.axis_labels = data.axis_names;
  // As on screen: the overview's labels in their category's colour (light theme).
  if (chart.IsEveryItem()) {
    for (const std::string& kind : data.axis_kinds) svg.axis_colours.push_back(HexColour(KindColor(PaletteFor(core::Theme::kLight), kind.c_str())));
  }
  for (const ChartSeries& s : data.series) {
    const bool dashed = s.kind == SeriesKind::kTarget || s.kind == SeriesKind::kSnapshot;
    svg.series.push_back({s.name, SvgColour(s.kind), s.values, dashed});
  }
  svg.axis_titles = AxisTitles(data);
  return {entry.role.id + "-" + chart.Name("overview") + "-radar.svg", "image/svg+xml", core::RadarSvg(svg)};
}

void App::DrawNotices() {
  if (notices_.empty()) return;
  const Palette& p = PaletteFor(session_.preferences.theme);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x - metrics_.space_3xl, metrics_.notice_width);
  ImGui::SetNextWindowPos(
      ImVec2(viewport->Pos.x + (viewport->Size.x - width) * 0.5f, viewport->Pos.y + metrics_.notice_top));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, p.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, metrics_.hairline);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, metrics_.card_rounding);
  ImGui::Begin("##notices", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  for (size_t i = 0; i < notices_.size(); ++i) {
    const Notice& notice = notices_[i];
    const ImVec4 color = notice.kind == NoticeKind::kError     ? p.danger
                         : notice.kind == NoticeKind::kWarning ? p.scorecard
                         : notice.kind == NoticeKind::kSuccess ? p.success
                                                               : p.accent;
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushFont(fonts_.strong);
    ImGui::TextColored(color, "%s", Shown(notice.title));
    ImGui::PopFont();
    widgets_.MarkLastItem("notice." + std::to_string(i));
    ImGui::SameLine(width - metrics_.notice_action_room);
    const bool dismiss = ImGui::SmallButton("Dismiss");
    widgets_.MarkLastItem("notice.dismiss." + std::to_string(i));
    if (!notice.detail.empty()) {
      ImGui::PushTextWrapPos(width - metrics_.column_gap);
      ImGui::TextWrapped("%s", Shown(notice.detail));
      ImGui::PopTextWrapPos();
    }
    if (notice.action && ImGui::Button(notice.action_label.c_str())) intents_.push_back(*notice.action);
    if (notice.action) widgets_.MarkLastItem("notice.action." + std::to_string(i));
    ImGui::PopID();
    if (dismiss) {
      notices_.erase(notices_.begin() + static_cast<long>(i));
      wants_frame_ = true;
      break;
    }
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

void App::DrawImportConfirm() {
  if (!pending_import_) return;
  if (!ImGui::IsPopupOpen("Replace your current work?")) ImGui::OpenPopup("Replace your current work?");
  ImGui::SetNextWindowSize(ImVec2(metrics_.modal_width, 0));
  if (!ImGui::BeginPopupModal("Replace your current work?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const core::ImportedReport& report = pending_import_->report;
  ImGui::TextWrapped("%s holds %zu ratings for %s. Importing it replaces what is on screen now.",
                     pending_import_->source.c_str(), report.assessment.ratings.size(),
                     Shown(session_.Current()->role.title));
  ImGui::TextWrapped("You can undo the import (Ctrl+Z), and exporting first keeps a copy of your current work.");
  if (!report.unknown_item_ids.empty()) {
    ImGui::TextWrapped("%zu entries refer to items this version of the role no longer has; they are kept in the "
                       "file and listed after import.",
                       report.unknown_item_ids.size());
  }
  if (ImGui::Button("Replace")) {
    Apply(core::ReplaceAssessment{report.assessment});
    Notify(NoticeKind::kSuccess, "Imported " + pending_import_->source, ImportDetail(report));
    pending_import_.reset();
    ImGui::CloseCurrentPopup();
  }
  widgets_.MarkLastItem("import.replace");
  ImGui::SameLine();
  if (ImGui::Button("Keep my current work")) {
    pending_import_.reset();
    ImGui::CloseCurrentPopup();
  }
  widgets_.MarkLastItem("import.cancel");
  ImGui::EndPopup();
}

}  // namespace rex::ui
