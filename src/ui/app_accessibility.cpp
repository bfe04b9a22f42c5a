// The app's side of the accessibility mirror (ADR 27): the patch for the DOM
// layer, activation from it, and what an aria-live region reads out.
#include <string>
#include <vector>

#include "ui/accessibility/item_info.hpp"
#include "ui/app.hpp"

namespace rex::ui {
namespace {

std::string FocusedControl(const AccessibleTree& tree) {
  const AccessibleNode* node = tree.FindItem(KeyboardFocusId());
  return node ? node->id : std::string();
}

}  // namespace

std::string App::TakeMirrorPatch(float css_scale) {
  const AccessibleTree& now = widgets_.accessible();
  const std::string focus = FocusedControl(now);
  std::string patch = MirrorPatch(mirror_sent_, now, css_scale, mirror_focus_, focus);
  if (!patch.empty()) {
    mirror_sent_ = now;
    mirror_focus_ = focus;
  }
  return patch;
}

bool App::ActivateAccessible(const std::string& id, int value) {
  const AccessibleNode* node = widgets_.accessible().Find(id);
  if (!node) return false;
  ImGuiID item = node->ItemFor(value);
  // A rating set back to "not rated": pressing the chosen level again clears it.
  if (node->role == AccessibleRole::kSlider && value == node->min) item = node->ItemFor(node->now);
  if (item == 0) return false;
  ActivateItemNextFrame(item, node->role == AccessibleRole::kTextbox);
  wants_frame_ = true;
  return true;
}

bool App::FocusAccessible(const std::string& id) {
  const AccessibleNode* node = widgets_.accessible().Find(id);
  if (!node) return false;
  ImGuiID item = node->ItemFor(node->now);
  for (auto step = node->steps.begin(); item == 0 && step != node->steps.end(); ++step) item = *step;
  if (item == 0 || item == KeyboardFocusId()) return false;
  FocusItemNextFrame(item);
  wants_frame_ = true;
  return true;
}

std::vector<std::string> App::TakeAnnouncements() {
  std::vector<std::string> out;
  out.swap(announcements_);
  return out;
}

// Called after each frame's actions: what changed that a person who cannot see
// the page should hear without looking for it.
void App::NoteAnnouncements() {
  const core::Derived* data = derived();
  const core::Role* role = session_.CurrentRole();
  if (data && role) {
    std::string target = data->score.target;
    for (const core::TargetProfile& profile : role->rating_model.targets) {
      if (profile.id == target) target = profile.name;
    }
    const std::string said = std::string(core::VerdictTitle(data->score.verdict)) + " for " + target;
    if (!verdict_said_.empty() && said != verdict_said_) announcements_.push_back("Readiness: " + said);
    verdict_said_ = said;
  }
  const core::Assessment* assessment = session_.CurrentAssessment();
  const std::size_t snapshots = assessment ? assessment->snapshots.size() : 0;
  if (snapshots_role_ == session_.current_role && snapshots > snapshots_seen_) {
    announcements_.push_back("Snapshot saved: " + assessment->snapshots.back().label);
  }
  snapshots_role_ = session_.current_role;
  snapshots_seen_ = snapshots;
}

}  // namespace rex::ui
