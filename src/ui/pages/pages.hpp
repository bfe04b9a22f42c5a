#pragma once
// One function per page of the top-level navigation.
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawExplorePage(UiContext& ctx);
void DrawAssessPage(UiContext& ctx);
void DrawProgressPage(UiContext& ctx);
void DrawReportPage(UiContext& ctx);
void DrawTeamPage(UiContext& ctx);

}  // namespace rex::ui
