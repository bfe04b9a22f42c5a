// The roles this page knows, where each came from, and the way to add a
// company's own: "Load a role…" (or a dropped or pasted role file). Roles a
// person loaded can be removed; their work on them stays stored.
#include <imgui.h>

#include <string>

#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

const char* OriginLabel(core::RoleOrigin origin) {
  switch (origin) {
    case core::RoleOrigin::kBuiltIn: return "Built in";
    case core::RoleOrigin::kSite: return "This site";
    case core::RoleOrigin::kBrowser: return "This browser";
  }
  return "";
}

void DrawRemoveConfirm(UiContext& ctx, const core::RoleEntry& entry) {
  ImGui::SetNextWindowSize(ImVec2(ctx.metrics.dialog_width, 0));
  if (!ImGui::BeginPopupModal("Remove this role?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextWrapped("%s (%s) leaves this browser. Your work on it stays stored and comes back if you load the "
                     "file again; \"Delete my data\" removes it for good.",
                     entry.role.title.c_str(), entry.source.c_str());
  if (ImGui::Button("Remove the role")) {
    ctx.Request(RemoveRoleFile{entry.role.id});
    ImGui::CloseCurrentPopup();
  }
  ctx.Mark("roles.remove.confirm");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ctx.Mark("roles.remove.cancel");
  ImGui::EndPopup();
}

void DrawRoleRow(UiContext& ctx, const core::RoleEntry& entry, int index) {
  const std::string name = "roles." + std::to_string(index);
  ImGui::PushID(index);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  TextShown(ctx, entry.role.title);
  ctx.Mark(name);
  ImGui::TableNextColumn();
  ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, entry.role.id));
  ImGui::TableNextColumn();
  Chip(ctx, OriginLabel(entry.origin), entry.origin == core::RoleOrigin::kBuiltIn ? ctx.palette.text_muted : ctx.palette.accent);
  ImGui::TableNextColumn();
  ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, entry.source));
  ImGui::TableNextColumn();
  if (index == ctx.session.current_role) {
    ImGui::TextColored(ctx.palette.success, "Open");
  } else if (ImGui::SmallButton("Switch to")) {
    ctx.Emit(core::SelectRole{index});
  }
  ctx.Mark(name + ".open");
  if (entry.origin == core::RoleOrigin::kBrowser) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove")) ImGui::OpenPopup("Remove this role?");
    ctx.Mark(name + ".remove");
    DrawRemoveConfirm(ctx, entry);
  }
  ImGui::PopID();
}

void DrawLoadErrors(UiContext& ctx) {
  for (const core::Error& error : ctx.session.load_errors) {
    TextWrappedColored(ctx.palette.danger, Shown(ctx, error.ToString()));
  }
}

}  // namespace

void DrawRolesCard(UiContext& ctx, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Roles");
  TextMuted(ctx, "Use your company's own framework: load its role file (JSON) or its competency matrix "
                 "(CSV). It is checked like the built-in role and kept in this browser; nothing is uploaded.");
  if (ImGui::Button("Load a role…")) ctx.Request(OpenFilePicker{});
  ctx.Mark("roles.load");
  ImGui::SameLine();
  ImGui::TextColored(ctx.palette.text_muted, "or drop the file on this page, or paste its contents");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##roles", 5, flags, ImVec2(width - card.padding * 2, 0))) {
    ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_name);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_status);
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_file);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_actions);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < ctx.session.roles.size(); ++i) DrawRoleRow(ctx, ctx.session.roles[i], static_cast<int>(i));
    ImGui::EndTable();
  }
  DrawLoadErrors(ctx);
  ctx.Mark("report.roles");
  EndCard(ctx, card);
}

}  // namespace rex::ui
