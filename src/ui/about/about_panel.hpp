#pragma once
// The About panel: version, licence, source date, the open role's content
// version, and every third-party component shipped (the same list as NOTICES.txt).
// Opened from the top bar or with F1; Escape or Close closes it.
#include "ui/about/about_info.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawAboutPanel(UiContext& ctx, const AboutInfo& about);

}  // namespace rex::ui
