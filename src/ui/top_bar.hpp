#pragma once
#include "ui/ui_context.hpp"

namespace rex::ui {

// Role name, page navigation, role switcher, theme and font size.
void DrawTopBar(UiContext& ctx);

}  // namespace rex::ui
