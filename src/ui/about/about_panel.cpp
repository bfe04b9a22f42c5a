#include "ui/about/about_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/keys.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr const char* kTitle = "About Role Explorer";

void DrawComponents(UiContext& ctx, const AboutInfo& about) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##components", 3, flags)) return;
  ImGui::TableSetupColumn("Component", ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn("Version", ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableSetupColumn("Licence", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < about.components.size(); ++i) {
    const AboutComponent& c = about.components[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", Shown(ctx, c.name));
    ctx.Mark("about.component." + std::to_string(i));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Used for: %s", c.purpose.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", Shown(ctx, c.version));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", Shown(ctx, c.licence));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void DrawAboutPanel(UiContext& ctx, const std::function<const AboutInfo&()>& read_about) {
  if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(keys::kF1, false)) ctx.view.about_open = true;
  if (!ctx.view.about_open) return;
  const AboutInfo& about = read_about();
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(std::min(ctx.metrics.about_width, viewport->Size.x - ctx.metrics.space_2xl), 0));
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + viewport->Size.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (!ImGui::BeginPopupModal(kTitle, &open, ImGuiWindowFlags_AlwaysAutoResize)) {
    ctx.view.about_open = false;
    return;
  }
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::Text("Role Explorer %s", about.app_version.c_str());
  ImGui::PopFont();
  ctx.Mark("about.version");
  TextMuted(ctx, ("Released under the " + about.app_licence + " licence. Built from sources dated " +
                  about.source_date + ". Private by design: nothing you enter leaves this browser.").c_str());
  if (const core::Role* role = ctx.session.CurrentRole()) {
    TextMuted(ctx, (role->title + ": content version " + role->content_version).c_str());
    ctx.Mark("about.content");
  }
  ImGui::Spacing();
  Caption(ctx, "Third-party components (full notices and licence texts: NOTICES.txt, next to this page)");
  DrawComponents(ctx, about);
  ImGui::Spacing();
  const bool close = ImGui::Button("Close") || ImGui::IsKeyPressed(keys::kEscape, false);
  ctx.Mark("about.close");
  if (close || !open) {
    ctx.view.about_open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace rex::ui
