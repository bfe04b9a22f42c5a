#pragma once
// The one app object. The platform layer owns it and drives it: PrepareFrame ->
// (ImGui::NewFrame) -> Draw -> (ImGui::Render). It holds the session (model), the
// view state and the persistence component, and applies the actions views emit.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/app/derived.hpp"
#include "core/app/session.hpp"
#include "core/persist/persistence.hpp"
#include "core/report/report_format.hpp"
#include "core/search/search_index.hpp"
#include "ui/about/about_info.hpp"
#include "ui/glyphs.hpp"
#include "ui/fonts.hpp"
#include "ui/intents.hpp"
#include "ui/metrics.hpp"
#include "ui/notices.hpp"
#include "ui/team/team_data.hpp"
#include "ui/view_state.hpp"
#include "ui/widget_registry.hpp"

namespace rex::ui {

class App {
 public:
  // `store` is where work is kept between visits (localStorage in the browser);
  // it must outlive the app.
  App(core::Session session, core::KeyValueStore& store);

  // Rebuilds fonts and style when the device pixel ratio or font scale changed.
  // Returns true when the font atlas changed and its texture must be re-uploaded.
  bool PrepareFrame(float device_pixel_ratio);
  void Draw();
  // The platform supplies wall-clock time (ISO-8601) for timestamps and a
  // monotonic millisecond clock for the save debounce; core has no clock.
  void SetClock(std::string now_iso, double now_ms);

  // True while the UI is still settling (an action was applied, a page changed):
  // the platform keeps rendering a few frames, then goes idle.
  bool WantsAnotherFrame() const { return wants_frame_; }

  // A touch screen (the platform's guess from `pointer: coarse`, or a first touch):
  // every button and field becomes at least a finger's tap target.
  void SetTouch(bool touch) { touch_ = touch; }

  // Glyphs beyond the font subset (glyphs.hpp): the platform draws them; text typed
  // or pasted is noted as it arrives, the role and saved work when they change.
  void SetGlyphRasterizer(GlyphRasterizer rasterize) { rasterize_ = std::move(rasterize); }
  void NoteTypedText(std::string_view utf8) { glyphs_.Note(utf8); }

  // --- The accessibility mirror (app_accessibility.cpp, ADR 27).
  // What changed in the mirror since the last call, as a patch for the platform's
  // DOM layer; "" when nothing did (an idle or repainting page writes nothing).
  std::string TakeMirrorPatch(float css_scale);
  // A person used mirror control `id` (click, Enter, Space, or a slider set to
  // `value`): ImGui presses the same widget next frame, as its keyboard would.
  bool ActivateAccessible(const std::string& id, int value);
  // Mirror control `id` took the keyboard focus (Tab, a screen reader's cursor):
  // ImGui's focus moves there too and its list scrolls to show what comes next.
  bool FocusAccessible(const std::string& id);
  // What to read out (an aria-live region): notices, a new verdict, a snapshot saved.
  std::vector<std::string> TakeAnnouncements();

  // Automation bridge: widgets drawn in the last frame and the current state, as JSON.
  std::string InspectJson() const;

  const core::Session& session() const { return session_; }

  // --- Files and storage (app_files.cpp). The platform does the I/O; the app
  // decides what it means and tells the person.
  std::vector<Intent> TakeIntents();
  void ReceiveFile(const std::string& name, const std::string& bytes);
  void RejectTooLarge(const std::string& name, double bytes);
  // The site's roles (roles/index.json next to the page), read after the first frame.
  void ReceiveSiteRole(const std::string& name, const std::string& bytes);
  void SiteRolesFailed(const std::string& what, const std::string& why);
  // Pasted text that is not a report goes into the focused text field, if any.
  void ReceivePastedText(const std::string& text);
  OutgoingFile MakeReportFile(bool redacted) const;
  OutgoingFile MakePacketFile(PacketFormat format) const;
  // The radar chart of the Progress page as SVG, from the same core geometry.
  OutgoingFile MakeChartSvgFile(const ItemScope& chart) const;
  // The Team page's summary: CSV for a spreadsheet, or a printable HTML page.
  OutgoingFile MakeTeamFile(TeamFormat format) const;
  // Several files picked or dropped at once (the platform reads them all first,
  // so a team of 200 is read once, not 200 times).
  void ReceiveFiles(const std::vector<std::pair<std::string, std::string>>& files);

  // --- Saved work (app_storage.cpp). The persistence component owns every key;
  // the platform calls these from its frame loop, a timer and page events.
  // Once, at start (after SetClock): reads back saved work, through actions.
  void RestoreSavedWork();
  // Writes once the debounce has passed; call every frame and from a timer.
  void UpdateStorage();
  // The page is being hidden or closed: write what is pending now.
  void SaveNow();
  std::optional<double> MsUntilSave() const;
  // Another tab changed `key` in this browser's storage.
  void OnStorageChanged(const std::string& key);
  std::optional<OutgoingFile> MakeAsideCopyFile(const std::string& key) const;

 private:
  // A phone's width: below Metrics::kNarrowWidth design pixels, pages are one column.
  bool Narrow() const;
  struct PendingImport {
    std::string source;
    core::ImportedReport report;
  };
  // Role files at run time (app_roles.cpp).
  void LoadRoleFile(const std::string& name, const std::string& bytes, core::RoleOrigin origin);
  void LoadCompetencyCsv(const std::string& name, const std::string& bytes);
  bool NeedsMissingRole(const std::string& name, const std::string& bytes);
  void RestoreWorkOn(const std::string& role_id);
  void SelectRoleById(const std::string& role_id);
  void RemoveBrowserRole(const std::string& role_id);
  bool ApplyRoleChange(core::Action action);
  void OnRolesChanged();
  nlohmann::json RolesJson() const;
  void ReceiveReport(const std::string& name, const std::string& bytes);
  void AddToTeam(std::vector<core::TeamReportFile> files);
  nlohmann::json TeamJson() const;
  void DrawImportConfirm();
  void DrawConflictChoice();
  void DrawNotices();
  void HandleStorageIntents();
  void DeleteBrowserData();
  void Apply(core::Action action);
  void Notify(NoticeKind kind, std::string title, std::string detail = "");
  void Notify(Notice notice);
  void ApplyPendingActions();
  const core::Derived* derived() const { return derived_.For(session_); }
  nlohmann::json ExploreJson() const;
  nlohmann::json AssessJson() const;
  nlohmann::json NoticesJson() const;
  nlohmann::json ProgressJson() const;
  nlohmann::json LevelDiffJson() const;
  nlohmann::json ReportJson() const;
  nlohmann::json StorageJson() const;
  nlohmann::json AboutJson() const;
  const AboutInfo& about() const;
  nlohmann::json FontsJson() const;
  void NoteGlyphsInUse();
  void NoteAnnouncements();

  core::Session session_;
  core::Persistence persistence_;
  std::vector<core::LazySearchIndex> search_;  // one per role, same order as session_.roles
  mutable core::DerivedCache derived_;
  mutable TeamCache team_;                 // the Team page's figures: read again only when the team changes
  mutable std::optional<AboutInfo> about_;  // this build's version and notices, read when first shown
  double now_ms_ = 0;
  ViewState view_;
  WidgetRegistry widgets_;
  Fonts fonts_;
  ExtraGlyphs glyphs_;                     // codepoints met beyond the font subset
  GlyphRasterizer rasterize_;              // none: extra glyphs are not drawn (boxes instead)
  std::size_t glyphs_built_ = 0;           // glyphs_.generation() the atlas was built with
  ShapedText shaped_;                      // runs of scripts that need shaping, drawn as pictures
  // `text` ready to draw in the current font (widgets.hpp: Shown), for the app's own dialogs.
  const char* Shown(const std::string& text);
  std::size_t shaped_built_ = 0;           // shaped_.generation() the atlas was built with
  int glyphs_role_ = -1;                   // role and revision whose texts were noted
  std::uint64_t glyphs_revision_ = ~std::uint64_t{0};
  std::vector<core::Action> pending_;
  std::vector<Intent> intents_;
  std::vector<Notice> notices_;
  std::optional<PendingImport> pending_import_;
  float device_pixel_ratio_ = 0.0f;
  float built_scale_ = 0.0f;
  Metrics metrics_;                       // in device pixels at built_scale_
  core::Theme built_theme_ = core::Theme::kLight;
  bool touch_ = false;
  bool built_touch_ = false;
  bool wants_frame_ = true;
  long frame_ = 0;
  AccessibleTree mirror_sent_;             // the mirror as the platform last received it
  std::string mirror_focus_;               // the control the app's keyboard focus was on then
  std::vector<std::string> announcements_;
  std::string verdict_said_;               // the verdict last read out, with its target
  std::size_t snapshots_seen_ = 0;
  int snapshots_role_ = -1;
};

}  // namespace rex::ui
