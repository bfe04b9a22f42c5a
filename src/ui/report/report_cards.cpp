// Export, import, browser storage and the promotion packet.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

void DrawNameField(UiContext& ctx) {
  ReportState& state = ctx.view.report;
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  if (!ImGui::GetIO().WantTextInput || !state.name_loaded) {
    state.name_draft = assessment.person_name;
    state.name_loaded = true;
  }
  ImGui::SetNextItemWidth(ctx.metrics.field_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  ImGui::InputTextWithHint("##name", "Your name (optional)", &state.name_draft);
  ImGui::PopStyleVar();
  ctx.Mark("report.name", "", AccessibleHint::Textbox("Your name", state.name_draft));
  if (ImGui::IsItemDeactivatedAfterEdit()) ctx.Emit(core::SetPersonName{state.name_draft});
  ShapedFieldEcho(ctx, state.name_draft);
}

void DrawStorageLine(UiContext& ctx) {
  const core::SaveStatus& storage = ctx.storage;
  switch (storage.state) {
    case core::SaveState::kNotSaved:
    case core::SaveState::kConflict: TextWrappedColored(ctx.palette.danger, ("Not saved: " + storage.detail).c_str()); break;
    case core::SaveState::kSaving: TextMuted(ctx, "Saving in this browser…"); break;
    case core::SaveState::kSaved: TextMuted(ctx, "Saved in this browser only. Nothing is sent anywhere."); break;
  }
  ctx.Mark("report.storage");
}

// Entries for items this role no longer has: never dropped, and never hidden.
void DrawOrphanedLine(UiContext& ctx) {
  const core::OrphanedData& orphaned = ctx.session.CurrentAssessment()->orphaned;
  if (orphaned.Empty()) return;
  std::string ids;
  for (const std::string& id : orphaned.ItemIds()) ids += (ids.empty() ? "" : ", ") + id;
  TextWrappedColored(ctx.palette.text_muted,
                     ("Kept from an older version of this role, not scored: " + ids +
                      ". They stay in every report you export.").c_str());
  ctx.Mark("report.orphaned");
}

void DrawDeleteData(UiContext& ctx) {
  ImGui::PushStyleColor(ImGuiCol_Text, ctx.palette.danger);
  if (ImGui::Button("Delete my data from this browser")) ImGui::OpenPopup("Delete your data?");
  ImGui::PopStyleColor();
  ctx.Mark("report.delete");
  ImGui::SetNextWindowSize(ImVec2(ctx.metrics.dialog_width, 0));
  if (ImGui::BeginPopupModal("Delete your data?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextWrapped("This removes every rating, note, evidence entry, snapshot and review from this browser, "
                       "with every copy put aside and your display settings. It cannot be undone. Report files "
                       "you exported are not affected.");
    if (ImGui::Button("Delete everything")) {
      ctx.Request(DeleteBrowserData{});
      ImGui::CloseCurrentPopup();
    }
    ctx.Mark("report.delete.confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ctx.Mark("report.delete.cancel");
    ImGui::EndPopup();
  }
}

}  // namespace

void DrawReportFileCard(UiContext& ctx, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Your report file");
  TextMuted(ctx, "A private JSON file with your ratings, notes, evidence, snapshots and any review. "
                 "Keep it, send it to your manager, import it on another machine.");
  DrawNameField(ctx);
  if (ImGui::Button("Export report")) ctx.Request(ExportReport{false});
  ctx.Mark("report.export");
  SameLineIfButtonFits("Export without names, notes and evidence");
  if (ImGui::Button("Export without names, notes and evidence")) ctx.Request(ExportReport{true});
  ctx.Mark("report.export.redacted");
  if (ImGui::Button("Import a report…")) ctx.Request(OpenFilePicker{});
  ctx.Mark("report.import");
  const char* also = "or drop the file on this page, or paste its contents";
  SameLineIfFits(ImGui::CalcTextSize(also).x, ImGui::GetStyle().ItemSpacing.x);
  ImGui::AlignTextToFramePadding();
  TextMuted(ctx, also);
  ImGui::Spacing();
  DrawStorageLine(ctx);
  DrawOrphanedLine(ctx);
  DrawDeleteData(ctx);
  EndCard(ctx, card);
}

void DrawPacketCard(UiContext& ctx, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Promotion packet");
  TextMuted(ctx, "A printable summary for a promotion committee: verdict and why, radar charts, strengths, gaps, "
                 "evidence, the manager's review and milestones. Made in this tab; nothing is uploaded.");
  if (ImGui::Button("Download packet (HTML, printable)")) ctx.Request(ExportPacket{PacketFormat::kHtml});
  ctx.Mark("report.packet.html");
  SameLineIfButtonFits("Download as Markdown");
  if (ImGui::Button("Download as Markdown")) ctx.Request(ExportPacket{PacketFormat::kMarkdown});
  ctx.Mark("report.packet.md");
  EndCard(ctx, card);
}

}  // namespace rex::ui
