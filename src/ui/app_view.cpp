#include "ui/app_view.hpp"

#include <imgui.h>

#include "ui/pages/pages.hpp"
#include "ui/top_bar.hpp"

namespace rex::ui {
namespace {

constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void DrawPage(UiContext& ctx) {
  switch (ctx.view.page) {
    case Page::kExplore: DrawExplorePage(ctx); break;
    case Page::kAssess: DrawAssessPage(ctx); break;
    case Page::kProgress: DrawProgressPage(ctx); break;
    case Page::kReport: DrawReportPage(ctx); break;
    case Page::kTeam: DrawTeamPage(ctx); break;
  }
}

}  // namespace

void DrawAppView(UiContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr, kRootFlags);
  ImGui::PopStyleVar();
  DrawTopBar(ctx);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ctx.narrow ? ImVec2(ctx.metrics.page_padding_narrow_x, ctx.metrics.page_padding_narrow_y)
                                 : ImVec2(ctx.metrics.page_padding_x, ctx.metrics.page_padding_y));
  ImGui::BeginChild("##page", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  DrawPage(ctx);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::End();
}

}  // namespace rex::ui
