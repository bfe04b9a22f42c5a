// One item at a time: the scale with its descriptors, what strong looks like,
// a note and evidence. For people who want to think about each rating.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/assess/assess_views.hpp"
#include "ui/accessibility/item_info.hpp"
#include "ui/assess/level_picker.hpp"
#include "ui/kind_labels.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// Reloads drafts when another item is focused or the assessment changed under
// them (undo, import), unless the person is typing in one of them right now.
void SyncDrafts(UiContext& ctx, const core::Item& item) {
  AssessState& state = ctx.view.assess;
  const bool moved = state.draft_item != item.id;
  if (!moved && (state.draft_revision == ctx.session.revision || ImGui::GetIO().WantTextInput)) return;
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  const auto found = assessment.ratings.find(item.id);
  state.note_draft = found == assessment.ratings.end() ? "" : found->second.note;
  if (moved) state.evidence_draft = {};
  state.draft_item = item.id;
  state.draft_revision = ctx.session.revision;
}

void DrawScale(UiContext& ctx, const core::Role& role, const core::Item& item, const core::ItemScore& score) {
  const ImVec4 color = KindColor(ctx.palette, item.kind.c_str());
  const float pad = ctx.metrics.focus_padding;
  const float wrap_width = ImGui::GetContentRegionAvail().x - pad * 2;
  std::vector<ImGuiID> level_items;
  ImVec2 first_min, last_max;
  for (const core::ScaleLevel& step : role.rating_model.scale) {
    ImGui::PushID(step.level);
    const bool selected = score.level && *score.level == step.level;
    const std::string label = std::to_string(step.level) + "  " + step.name +
                              (step.level == score.expected && score.expected > 0 ? "   ← target" : "");
    // The item's own words for the level where the role gives them.
    const core::LevelMeaning meaning = core::DescribeLevel(role.rating_model, item, step.level);
    // The row is as tall as its wrapped descriptor, so nothing is cut off.
    const float height = ImGui::GetTextLineHeightWithSpacing() +
                         ImGui::CalcTextSize(meaning.text.c_str(), nullptr, false, wrap_width).y + pad;
    ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(color.x, color.y, color.z, 0.25f));
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(color.x, color.y, color.z, 0.15f));
    const ImVec2 start = ImGui::GetCursorPos();
    if (ImGui::Selectable("##level", selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, height))) {
      ctx.Emit(core::SetRating{item.id, selected ? std::nullopt : std::optional<int>(step.level)});
    }
    level_items.push_back(LastItemId());
    if (level_items.size() == 1) first_min = ImGui::GetItemRectMin();
    last_max = ImGui::GetItemRectMax();
    ctx.Mark("assess.focus.level." + std::to_string(step.level), meaning.text, AccessibleHint::Hidden());
    ImGui::PopStyleColor(2);
    ImGui::SetCursorPos(ImVec2(start.x + pad, start.y + pad * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.strong);
    TextShown(ctx, label);
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
    // The item's own words read as text, the scale's general ones stay muted.
    TextWrappedColored(meaning.item_specific ? ctx.palette.text : ctx.palette.text_muted, Shown(ctx, meaning.text));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(start.x, start.y + height + ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopID();
  }
  ExposeRating(ctx, "assess.focus.rating", item.name, role.rating_model, score.level, level_items, first_min, last_max);
}

void DrawNote(UiContext& ctx, const core::Item& item) {
  AssessState& state = ctx.view.assess;
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "NOTE");
  ImGui::PopFont();
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  ImGui::InputTextMultiline("##note", &state.note_draft, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
  ImGui::PopStyleVar();
  ctx.Mark("assess.note", "", AccessibleHint::Textbox("Note on " + item.name, state.note_draft));
  if (ImGui::IsItemDeactivatedAfterEdit()) ctx.Emit(core::SetNote{item.id, state.note_draft});
  ShapedFieldEcho(ctx, state.note_draft);
}

void DrawEvidenceList(UiContext& ctx, const core::Item& item) {
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  const auto found = assessment.ratings.find(item.id);
  if (found == assessment.ratings.end()) return;
  const auto& evidence = found->second.evidence;
  for (size_t i = 0; i < evidence.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::Bullet();
    ImGui::TextWrapped("%s", Shown(ctx, evidence[i].what));
    if (!evidence[i].link.empty() || !evidence[i].date.empty()) {
      ImGui::Indent(ctx.metrics.indent);
      ImGui::TextColored(ctx.palette.text_muted, "%s%s%s", evidence[i].date.c_str(),
                         evidence[i].date.empty() || evidence[i].link.empty() ? "" : " · ", Shown(ctx, evidence[i].link));
      ImGui::Unindent(ctx.metrics.indent);
    }
    if (ImGui::SmallButton("Remove")) ctx.Emit(core::RemoveEvidence{item.id, static_cast<int>(i)});
    ctx.Mark("assess.evidence.remove." + std::to_string(i));
    ImGui::PopID();
  }
}

void DrawEvidenceForm(UiContext& ctx, const core::Item& item) {
  core::Evidence& draft = ctx.view.assess.evidence_draft;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##what", "What you did (e.g. led the outbox migration)", &draft.what,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.Mark("assess.evidence.what", "", AccessibleHint::Textbox("Evidence: what you did", draft.what));
  ShapedFieldEcho(ctx, draft.what);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  ImGui::InputTextWithHint("##link", "Link or document (optional, never opened)", &draft.link);
  ctx.Mark("assess.evidence.link", "", AccessibleHint::Textbox("Evidence: link or document", draft.link));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &draft.date, ImGuiInputTextFlags_CharsDecimal);
  ctx.Mark("assess.evidence.date", "", AccessibleHint::Textbox("Evidence: date", draft.date));
  ImGui::PopStyleVar();
  ImGui::BeginDisabled(draft.what.empty());
  const bool add = ImGui::Button("Add evidence");
  ImGui::EndDisabled();
  ctx.Mark("assess.evidence.add");
  if ((add || enter) && !draft.what.empty()) {
    ctx.Emit(core::AddEvidence{item.id, draft});
    draft = {};
  }
}

void DrawNoteAndEvidence(UiContext& ctx, const core::Item& item) {
  DrawNote(ctx, item);
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "EVIDENCE");
  ImGui::PopFont();
  DrawEvidenceList(ctx, item);
  DrawEvidenceForm(ctx, item);
}

void DrawPager(UiContext& ctx, int count) {
  AssessState& state = ctx.view.assess;
  ImGui::BeginDisabled(state.focused <= 0);
  if (ImGui::Button("← Previous")) --state.focused;
  ImGui::EndDisabled();
  ctx.Mark("assess.prev");
  ImGui::SameLine();
  ImGui::TextColored(ctx.palette.text_muted, "%d of %d", state.focused + 1, count);
  ImGui::SameLine();
  ImGui::BeginDisabled(state.focused >= count - 1);
  if (ImGui::Button("Next →")) ++state.focused;
  ImGui::EndDisabled();
  ctx.Mark("assess.next");
}

}  // namespace

void DrawFocusView(UiContext& ctx, const core::Role& role, const std::vector<const core::ItemScore*>& rows) {
  if (rows.empty()) return;
  AssessState& state = ctx.view.assess;
  state.focused = std::clamp(state.focused, 0, static_cast<int>(rows.size()) - 1);
  const core::ItemScore& score = *rows[static_cast<size_t>(state.focused)];
  const core::Item& item = *role.FindItem(score.id);
  SyncDrafts(ctx, item);
  ImGui::PushID(item.id.c_str());
  DrawPager(ctx, static_cast<int>(rows.size()));
  Chip(ctx, KindLabel(item.kind).c_str(), KindColor(ctx.palette, item.kind.c_str()));
  ImGui::PushFont(ctx.fonts.headline);
  ImGui::TextWrapped("%s", Shown(ctx, item.name));
  ImGui::PopFont();
  ctx.Mark("assess.focus.title", "", AccessibleHint::Heading(item.name));
  if (!item.text.empty()) TextMuted(ctx, item.text.c_str());
  if (!item.bar.empty()) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::TextColored(ctx.palette.success, "WHAT MEETS THE BAR");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Shown(ctx, item.bar));
  }
  ImGui::Spacing();
  // Scale on the left, note and evidence on the right: everything for one item
  // fits on a laptop screen without scrolling. A phone has room for one column.
  const int columns = ctx.narrow ? 1 : 2;
  if (ImGui::BeginTable("##focus-columns", columns, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    DrawScale(ctx, role, item, score);
    ImGui::TableNextColumn();
    DrawNoteAndEvidence(ctx, item);
    ImGui::EndTable();
  }
  ImGui::PopID();
}

}  // namespace rex::ui
