#pragma once
#include "ui/ui_context.hpp"

namespace rex::ui {

// The whole window: top bar, then the current page filling the rest.
void DrawAppView(UiContext& ctx);

}  // namespace rex::ui
