#include "ui/widgets.hpp"

#include <algorithm>

#include "core/text/shaped_runs.hpp"

namespace rex::ui {

bool PopupIsOpen() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

const char* Shown(const UiContext& ctx, const char* text) {
  const ImFont* font = ImGui::GetFont();
  return ctx.shaped ? ctx.shaped->Shown(text, font, FaceIndex(ctx.fonts, font)) : text;
}

const char* ShownIn(const UiContext& ctx, const ImFont* font, const std::string& text) {
  return ctx.shaped ? ctx.shaped->Shown(text.c_str(), font, FaceIndex(ctx.fonts, font)) : text.c_str();
}

void TextShown(const UiContext& ctx, const std::string& text) { ImGui::TextUnformatted(Shown(ctx, text)); }

void ShapedFieldEcho(const UiContext& ctx, const std::string& text) {
  if (!core::ContainsShapedText(text)) return;
  ImGui::PushFont(ctx.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ctx.palette.text_muted);
  ImGui::TextWrapped("%s", Shown(ctx, text));
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void TextMuted(const UiContext& ctx, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ctx.palette.text_muted);
  ImGui::TextWrapped("%s", Shown(ctx, text));
  ImGui::PopStyleColor();
}

void TextWrappedColored(const ImVec4& color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void Chip(const UiContext& ctx, const char* text, const ImVec4& color) {
  ImGui::PushFont(ctx.fonts.small);
  text = Shown(ctx, text);
  const ImVec2 pad(ctx.metrics.chip_padding_x, ctx.metrics.chip_padding_y);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 end(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, 0.16f)),
                      ctx.metrics.chip_rounding);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(color), text);
  ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
  ImGui::PopFont();
}

bool Pill(const UiContext& ctx, const char* label, bool selected, float width) {
  const Palette& p = ctx.palette;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ctx.metrics.pill_rounding);
  ImGui::PushStyleVar(
      ImGuiStyleVar_FramePadding,
      ImVec2(ctx.metrics.pill_padding_x, std::max(ctx.metrics.pill_padding_y, ImGui::GetStyle().FramePadding.y)));
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? p.accent : ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? p.accent : p.surface_hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent);
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? p.accent_text : p.text);
  ImGui::PushFont(ctx.fonts.strong);
  const bool clicked = ImGui::Button(Shown(ctx, label), ImVec2(width, 0));
  ImGui::PopFont();
  ImGui::PopStyleColor(4);
  ImGui::PopStyleVar(2);
  return clicked;
}

bool PillRow::Pill(const std::string& label, bool selected) {
  if (!first_) {
    ImGui::PushFont(ctx_.fonts.strong);
    const float width = ImGui::CalcTextSize(label.c_str()).x + ctx_.metrics.pill_padding_x * 2;
    ImGui::PopFont();
    SameLineIfFits(width, ctx_.metrics.space_xs);
  }
  first_ = false;
  return ::rex::ui::Pill(ctx_, label.c_str(), selected);
}

void SameLineIfFits(float next_width, float spacing) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + spacing + next_width <= right) ImGui::SameLine(0, spacing);
}

void SameLineIfButtonFits(const char* label, float spacing) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
  SameLineIfFits(width, spacing < 0 ? style.ItemSpacing.x : spacing);
}

void SameLineAt(float x) {
  ImGui::SameLine();
  ImGui::SetCursorPosX(x);
}

Card BeginCard(const UiContext& ctx, float width, bool interactive) {
  Card card{ImGui::GetCursorScreenPos(), width, ctx.metrics.card_padding, interactive};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(width, card.padding * 0.5f));
  ImGui::Indent(card.padding);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - card.padding * 2);
  return card;
}

bool EndCard(const UiContext& ctx, const Card& card, const ImVec4* accent) {
  ImGui::PopTextWrapPos();
  ImGui::Unindent(card.padding);
  ImGui::Dummy(ImVec2(card.width, card.padding * 0.5f));
  ImGui::EndGroup();
  const ImVec2 min = card.origin;
  const ImVec2 max(min.x + card.width, ImGui::GetItemRectMax().y);
  const bool hovered = card.interactive && ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSetCurrent(0);
  const float rounding = ctx.metrics.card_rounding;
  draw->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ctx.palette.surface_hover : ctx.palette.surface), rounding);
  draw->AddRect(min, max, ImGui::GetColorU32(ctx.palette.border), rounding);
  if (accent) {
    draw->AddRectFilled(min, ImVec2(min.x + ctx.metrics.card_accent, max.y), ImGui::GetColorU32(*accent), rounding,
                        ImDrawFlags_RoundCornersLeft);
  }
  draw->ChannelsMerge();
  return hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
}

void Heading(const UiContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(Shown(ctx, text));
  ImGui::PopFont();
}

void Caption(const UiContext& ctx, const char* text) {
  ImGui::Dummy(ImVec2(0, ctx.metrics.card_gap));
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, text));
  ImGui::PopFont();
}

void Stat(UiContext& ctx, const char* widget, const std::string& value, const char* caption, const ImVec4& color) {
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.headline);
  ImGui::TextColored(color, "%s", Shown(ctx, value));
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "%s", caption);
  ImGui::PopFont();
  ImGui::EndGroup();
  ctx.Mark(widget);
}

void EmptyState(const UiContext& ctx, const char* title, const char* body) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, ctx.metrics.reading_width);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f, ImGui::GetCursorPosY() + avail.y * 0.25f));
  ImGui::BeginGroup();
  Heading(ctx, title);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  TextMuted(ctx, body);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace rex::ui
