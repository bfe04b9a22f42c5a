#pragma once
// The one app object. The platform layer owns it and drives it: PrepareFrame ->
// (ImGui::NewFrame) -> Draw -> (ImGui::Render). It holds the session (model),
// the view state, and applies the actions views emit.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/app/session.hpp"
#include "core/assessment/scoring.hpp"
#include "core/report/report_format.hpp"
#include "core/search/search_index.hpp"
#include "ui/fonts.hpp"
#include "ui/intents.hpp"
#include "ui/notices.hpp"
#include "ui/view_state.hpp"
#include "ui/widget_registry.hpp"

namespace rex::ui {

class App {
 public:
  explicit App(core::Session session);

  // Rebuilds fonts and style when the device pixel ratio or font scale changed.
  // Returns true when the font atlas changed and its texture must be re-uploaded.
  bool PrepareFrame(float device_pixel_ratio);
  void Draw();
  // The platform supplies wall-clock time (ISO-8601) for timestamps; core has no clock.
  void SetClock(std::string now_iso);

  // True while the UI is still settling (an action was applied, a page changed):
  // the platform keeps rendering a few frames, then goes idle.
  bool WantsAnotherFrame() const { return wants_frame_; }

  // Automation bridge: widgets drawn in the last frame and the current state, as JSON.
  std::string InspectJson() const;

  const core::Session& session() const { return session_; }

  // --- Files and storage (app_files.cpp). The platform does the I/O; the app
  // decides what it means and tells the person.
  std::vector<Intent> TakeIntents();
  void ReceiveFile(const std::string& name, const std::string& bytes);
  void RejectTooLarge(const std::string& name, double bytes);
  // Pasted text that is not a report goes into the focused text field, if any.
  void ReceivePastedText(const std::string& text);
  OutgoingFile MakeReportFile(bool redacted) const;
  OutgoingFile MakePacketFile(PacketFormat format) const;
  // The radar chart of the Progress page as SVG, from the same core geometry.
  OutgoingFile MakeChartSvgFile(const std::string& chart) const;

  // Autosave: one entry per role with work in it, keyed for localStorage.
  struct SavedEntry {
    std::string key;
    std::string json;
  };
  static std::string AutosaveKey(const std::string& role_id);
  std::vector<SavedEntry> AutosaveEntries() const;
  // Restores saved work for a role; false (and a notice) when it cannot be read.
  bool RestoreAutosave(const std::string& role_id, const std::string& json);
  void SetStorageStatus(StorageStatus status) { storage_ = std::move(status); }
  // After the platform deleted the saved data: start over, with nothing to undo.
  void ForgetAllWork();
  std::uint64_t revision() const { return session_.revision; }

 private:
  struct PendingImport {
    std::string source;
    core::ImportedReport report;
  };
  void DrawImportConfirm();
  void DrawNotices();
  void Notify(NoticeKind kind, std::string title, std::string detail = "");
  void ApplyPendingActions();
  void RefreshScore();
  nlohmann::json ExploreJson() const;
  nlohmann::json AssessJson() const;
  nlohmann::json NoticesJson() const;
  nlohmann::json ProgressJson() const;
  nlohmann::json ReportJson() const;

  core::Session session_;
  std::vector<core::SearchIndex> search_;  // one per role, same order as session_.roles
  core::ScoreReport score_;                // derived: recomputed when the revision changes
  std::uint64_t scored_revision_ = ~std::uint64_t{0};
  int scored_role_ = -1;
  ViewState view_;
  WidgetRegistry widgets_;
  Fonts fonts_;
  std::vector<core::Action> pending_;
  std::vector<Intent> intents_;
  std::vector<Notice> notices_;
  StorageStatus storage_;
  std::optional<PendingImport> pending_import_;
  float device_pixel_ratio_ = 0.0f;
  float built_scale_ = 0.0f;
  core::Theme built_theme_ = core::Theme::kLight;
  bool wants_frame_ = true;
  long frame_ = 0;
};

}  // namespace rex::ui
