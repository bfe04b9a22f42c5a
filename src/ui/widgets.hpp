#pragma once
// Small stateless widgets shared by the views: chips, pills, cards, muted text.
#include <imgui.h>

#include <string>

#include "ui/ui_context.hpp"

namespace rex::ui {

// `text` ready to draw in the current font: runs of scripts ImGui cannot lay out
// (Arabic, Hebrew, Indic...) become pictures drawn by the browser (shaped_text.hpp).
// Pass every text that comes from a role or from the person through it; the
// result is valid until the next frame.
const char* Shown(const UiContext& ctx, const char* text);
inline const char* Shown(const UiContext& ctx, const std::string& text) { return Shown(ctx, text.c_str()); }
// The same for text drawn with an explicit `font` (ImDrawList::AddText).
const char* ShownIn(const UiContext& ctx, const ImFont* font, const std::string& text);
// ImGui::TextUnformatted of Shown(text).
void TextShown(const UiContext& ctx, const std::string& text);

// Under a text field: the field's text as it reads, when it holds a script ImGui
// cannot lay out (the field itself shows the characters one by one). Nothing otherwise.
void ShapedFieldEcho(const UiContext& ctx, const std::string& text);

void TextMuted(const UiContext& ctx, const char* text);
// True while a dialog or other popup is open: page shortcuts (digits, J/K, Ctrl+Z,
// Shift+1-4, /) must not act on the page behind it.
bool PopupIsOpen();
// A card or section title in the heading font.
void Heading(const UiContext& ctx, const char* text);
// A small muted label over a group of lines ("Top gaps", "Skills needed ...").
void Caption(const UiContext& ctx, const char* text);
// Continues the current line at window-local x (ImGui::GetCursorPosX() units).
// ImGui::SameLine(x) measures from the enclosing group's left edge instead, which
// is wrong inside a group placed beside another one.
void SameLineAt(float x);
// Keeps the next item on this line if `next_width` still fits after `spacing`,
// else lets it start the next line: rows of pills and figures that wrap.
void SameLineIfFits(float next_width, float spacing);
// The same for a button with `label`, at the style's spacing (or `spacing`).
void SameLineIfButtonFits(const char* label, float spacing = -1.0f);
void TextWrappedColored(const ImVec4& color, const char* text);

// A rounded label with a tinted background, e.g. an importance level.
void Chip(const UiContext& ctx, const char* text, const ImVec4& color);

// A navigation pill: returns true when clicked. `selected` draws it filled.
// `width` 0: as wide as its label; a tap target's height on a touch screen.
bool Pill(const UiContext& ctx, const char* label, bool selected, float width = 0.0f);

// Pills side by side that wrap onto the next line when the next would not fit
// (a phone's width): tabs of categories and charts.
class PillRow {
 public:
  explicit PillRow(const UiContext& ctx) : ctx_(ctx) {}
  bool Pill(const std::string& label, bool selected);

 private:
  const UiContext& ctx_;
  bool first_ = true;
};

// A card: a padded, bordered panel as tall as its content and `width` wide.
// The background is drawn after the content on a lower draw channel, so cards
// need no fixed height. Cards must not nest. Always pair with EndCard.
struct Card {
  ImVec2 origin;
  float width = 0;
  float padding = 0;
  bool interactive = false;  // highlights on hover: the whole card opens something
};
Card BeginCard(const UiContext& ctx, float width, bool interactive = false);
// Returns true when an interactive card was clicked anywhere.
bool EndCard(const UiContext& ctx, const Card& card, const ImVec4* accent = nullptr);

// A big number over a small caption: the at-a-glance figures. Marked as `widget`.
void Stat(UiContext& ctx, const char* widget, const std::string& value, const char* caption, const ImVec4& color);

// An empty state: a title and a sentence centred in the available area.
void EmptyState(const UiContext& ctx, const char* title, const char* body);

}  // namespace rex::ui
