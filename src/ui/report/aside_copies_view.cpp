// Copies put aside: saved work this browser kept instead of overwriting it (an
// unreadable save, or the side not chosen when two tabs disagreed). Listed so a
// person can export or delete each one; shown only when there are any.
#include <imgui.h>

#include <string>

#include "core/text/byte_size.hpp"
#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// "2026-12-01T10:20:30Z" -> "2026-12-01 10:20 UTC" (the platform's clock is UTC).
std::string ShortTime(const std::string& iso) {
  std::string out = iso.substr(0, 16);
  if (out.size() > 10 && out[10] == 'T') out[10] = ' ';
  if (!iso.empty() && iso.back() == 'Z') out += " UTC";
  return out;
}

std::string RoleTitle(const core::Session& session, const std::string& role_id) {
  for (const core::RoleEntry& entry : session.roles) {
    if (entry.role.id == role_id) return entry.role.title;
  }
  return role_id;
}

void DrawDeleteConfirm(UiContext& ctx, const core::AsideCopy& copy) {
  ImGui::SetNextWindowSize(ImVec2(ctx.metrics.dialog_width, 0));
  if (!ImGui::BeginPopupModal("Delete this copy?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextWrapped("The copy from %s is removed from this browser for good. Export it first to keep it.",
                     ShortTime(copy.when).c_str());
  if (ImGui::Button("Delete the copy")) {
    ctx.Request(DeleteAsideCopy{copy.key});
    ImGui::CloseCurrentPopup();
  }
  ctx.Mark("aside.delete.confirm");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ctx.Mark("aside.delete.cancel");
  ImGui::EndPopup();
}

void DrawCopyRow(UiContext& ctx, const core::AsideCopy& copy, int index) {
  ImGui::PushID(copy.key.c_str());
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  TextShown(ctx, ShortTime(copy.when));
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", core::Describe(copy.reason));
  ImGui::TableNextColumn();
  TextShown(ctx, RoleTitle(ctx.session, copy.role_id));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(core::ByteSize(copy.bytes).c_str());
  ImGui::TableNextColumn();
  const std::string name = "aside." + std::to_string(index);
  if (ImGui::SmallButton("Export")) ctx.Request(ExportAsideCopy{copy.key});
  ctx.Mark(name + ".export");
  ImGui::SameLine();
  if (ImGui::SmallButton("Delete")) ImGui::OpenPopup("Delete this copy?");
  ctx.Mark(name + ".delete");
  DrawDeleteConfirm(ctx, copy);
  ImGui::PopID();
}

}  // namespace

void DrawAsideCopies(UiContext& ctx, float width) {
  if (ctx.aside.empty()) return;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Copies put aside");
  TextMuted(ctx, "Saved work this browser kept rather than overwrite. Export one to import it later, or delete "
                 "it when you no longer need it.");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##aside", 5, flags, ImVec2(width - card.padding * 2, 0))) {
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_date);
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_name);
    ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_figure);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_actions);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < ctx.aside.size(); ++i) DrawCopyRow(ctx, ctx.aside[i], static_cast<int>(i));
    ImGui::EndTable();
  }
  ctx.Mark("report.aside");
  EndCard(ctx, card);
}

}  // namespace rex::ui
