#include "ui/assess/level_meaning.hpp"

#include <imgui.h>

#include <string_view>

#include "core/chart/radar.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// The full text when it fits, else its first line cut with "…".
std::string FitOneLine(const std::string& text, float width) {
  const core::TextMeasure measure = [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; };
  if (measure(text) <= width) return text;
  const core::FittedLabel fitted = core::FitLabel(text, width, 1, measure);
  return fitted.lines.empty() ? std::string() : fitted.lines.front();
}

}  // namespace

std::string LevelHeadline(int level, const core::LevelMeaning& meaning) {
  return std::to_string(level) + " · " + meaning.name;
}

void LevelMeaningTooltip(UiContext& ctx, const core::RatingModel& model, const core::Item& item, int level) {
  const core::LevelMeaning meaning = core::DescribeLevel(model, item, level);
  const std::string headline = LevelHeadline(level, meaning);
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ctx.metrics.tooltip_wrap);
  ImGui::PushFont(ctx.fonts.strong);
  TextShown(ctx, headline);
  ImGui::PopFont();
  ImGui::TextWrapped("%s", Shown(ctx, meaning.text));
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ctx.widgets.RecordTooltip({headline, meaning.text});
}

void LevelMeaningLine(UiContext& ctx, const std::string& widget, const core::RatingModel& model,
                      const core::Item& item, int level, bool previewed, const ImVec4& color) {
  ImGui::PushFont(ctx.fonts.small);
  const core::LevelMeaning meaning = core::DescribeLevel(model, item, level);
  const std::string full = LevelHeadline(level, meaning) + " — " + meaning.text;
  const std::string shown = FitOneLine(full, ImGui::GetContentRegionAvail().x);
  ImGui::TextColored(previewed ? color : ctx.palette.text_muted, "%s", Shown(ctx, shown));
  ImGui::PopFont();
  if (shown != full && ImGui::IsItemHovered()) LevelMeaningTooltip(ctx, model, item, level);
  ctx.Mark(widget, full);
}

}  // namespace rex::ui
