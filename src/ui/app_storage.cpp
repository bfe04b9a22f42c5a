// App: saved work in this browser. The persistence component (core/persist/)
// decides what is stored where; this file turns what it reads back into actions,
// what it reports into notices, and the person's choices into its calls.
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/app.hpp"

namespace rex::ui {
namespace {

const char* StateName(core::SaveState state) {
  switch (state) {
    case core::SaveState::kSaved: return "saved";
    case core::SaveState::kSaving: return "saving";
    case core::SaveState::kNotSaved: return "not-saved";
    case core::SaveState::kConflict: return "conflict";
  }
  return "";
}

const char* ReasonName(core::AsideReason reason) {
  switch (reason) {
    case core::AsideReason::kUnreadable: return "unreadable";
    case core::AsideReason::kReplaced: return "replaced";
    case core::AsideReason::kOtherTabVersion: return "other-tab";
  }
  return "";
}

}  // namespace

void App::RestoreSavedWork() {
  const core::Restored restored = persistence_.Restore(session_, session_.now);
  for (const core::Action& action : restored.actions) Apply(action);
  for (const core::StorageMessage& message : restored.messages) {
    Notify(message.warning ? NoticeKind::kWarning : NoticeKind::kInfo, message.title, message.detail);
  }
  persistence_.Adopt(session_);
}

void App::UpdateStorage() { persistence_.Update(session_, now_ms_); }

void App::SaveNow() { persistence_.Flush(session_); }

std::optional<double> App::MsUntilSave() const { return persistence_.MsUntilDue(now_ms_); }

void App::OnStorageChanged(const std::string& key) {
  persistence_.ExternalChange(session_, key);
  if (std::optional<core::Action> team = persistence_.TakeTeamFromOtherTab()) {
    Apply(std::move(*team));  // the next flush finds the store already holds it: no write back
  }
  wants_frame_ = true;
}

std::optional<OutgoingFile> App::MakeAsideCopyFile(const std::string& key) const {
  const std::optional<std::string> text = persistence_.ReadAside(key);
  if (!text) return std::nullopt;
  for (const core::AsideCopy& copy : persistence_.aside()) {
    if (copy.key != key) continue;
    std::string stamp = copy.when.substr(0, 19);
    for (char& c : stamp) c = c == ':' ? '-' : c;  // file names cannot hold ':' everywhere
    return OutgoingFile{copy.role_id + "-" + ReasonName(copy.reason) + "-" + stamp + ".json", "application/json", *text};
  }
  return std::nullopt;
}

void App::HandleStorageIntents() {
  std::vector<Intent> for_platform;
  for (Intent& intent : intents_) {
    if (std::holds_alternative<ui::DeleteBrowserData>(intent)) {
      DeleteBrowserData();
    } else if (const auto* remove = std::get_if<DeleteAsideCopy>(&intent)) {
      const core::StoreResult result = persistence_.RemoveAside(remove->key);
      if (!result.ok) Notify(NoticeKind::kError, "Could not delete the copy", result.error);
    } else if (const auto* role = std::get_if<RemoveRoleFile>(&intent)) {
      RemoveBrowserRole(role->role_id);
    } else {
      for_platform.push_back(std::move(intent));
    }
  }
  intents_ = std::move(for_platform);
}

void App::DeleteBrowserData() {
  Apply(core::ForgetAllWork{});
  const core::StoreResult result = persistence_.DeleteAll(session_);
  if (!result.ok) {
    Notify(NoticeKind::kError, "Some saved data could not be deleted", result.error);
    return;
  }
  Notify(NoticeKind::kSuccess, "Your data was deleted from this browser",
         "Ratings, notes, evidence, snapshots, reviews, copies put aside, the role files you loaded and display "
         "settings are gone from this tab and its storage.");
}

// Another tab saved (or deleted) work on a role this tab also holds. Nothing is
// written for that role until the person picks one; the other is put aside.
void App::DrawConflictChoice() {
  if (persistence_.conflicts().empty()) return;
  const core::Conflict conflict = persistence_.conflicts().front();
  constexpr const char* kTitle = "Your work changed in another tab";
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  ImGui::SetNextWindowSize(ImVec2(metrics_.modal_width, 0));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextWrapped(conflict.deleted ? "Another tab deleted the saved work on %s after this tab last saved it."
                                      : "Another tab saved newer work on %s after this tab last saved it.",
                     Shown(conflict.role_title));
  ImGui::TextWrapped("Choose which to keep. The other one is put aside, never lost: the Report page lists it "
                     "under \"Copies put aside\".");
  ImGui::Spacing();
  if (ImGui::Button(conflict.deleted ? "Delete it here too" : "Load the newer work")) {
    core::Result<core::Action> theirs = persistence_.TakeTheirs(session_, conflict.role_id, session_.now);
    if (theirs) {
      Apply(theirs.value());
    } else {
      Notify(NoticeKind::kWarning, "The other tab's work could not be read",
             theirs.error().ToString() + ". It was put aside; this tab's work stays on screen.");
    }
    ImGui::CloseCurrentPopup();
  }
  widgets_.MarkLastItem("conflict.load");
  ImGui::SameLine();
  if (ImGui::Button("Keep this tab's work")) {
    const core::StoreResult kept = persistence_.KeepMine(session_, conflict.role_id, session_.now);
    if (!kept.ok) Notify(NoticeKind::kError, "Could not keep this tab's work", kept.error);
    ImGui::CloseCurrentPopup();
  }
  widgets_.MarkLastItem("conflict.keep");
  ImGui::EndPopup();
  wants_frame_ = true;
}

nlohmann::json App::StorageJson() const {
  const core::SaveStatus status = persistence_.status();
  nlohmann::json conflicts = nlohmann::json::array();
  for (const core::Conflict& c : persistence_.conflicts()) conflicts.push_back({{"role", c.role_id}, {"deleted", c.deleted}});
  nlohmann::json aside = nlohmann::json::array();
  for (const core::AsideCopy& copy : persistence_.aside()) {
    aside.push_back({{"key", copy.key}, {"role", copy.role_id}, {"when", copy.when},
                     {"reason", ReasonName(copy.reason)}, {"bytes", copy.bytes}});
  }
  return {{"state", StateName(status.state)}, {"why", status.why}, {"detail", status.detail},
          {"conflicts", conflicts}, {"aside", aside}};
}

}  // namespace rex::ui
