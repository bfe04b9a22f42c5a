#pragma once
// The About panel: version, licence, source date, the open role's content
// version, and every third-party component shipped (the same list as NOTICES.txt).
// Opened from the top bar or with F1; Escape or Close closes it.
#include <functional>

#include "ui/about/about_info.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// `about` is called only while the panel is open.
void DrawAboutPanel(UiContext& ctx, const std::function<const AboutInfo&()>& about);

}  // namespace rex::ui
