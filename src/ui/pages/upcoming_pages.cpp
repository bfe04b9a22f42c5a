// Pages whose features are still being built: each says plainly what it will do,
// rather than showing controls that do nothing.
#include "ui/pages/pages.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {

void DrawProgressPage(UiContext& ctx) {
  EmptyState(ctx, "Progress is on its way",
             "Radar charts against a target level, gaps ranked by weight, the career path from this role "
             "and the milestone timeline will appear here once you have rated yourself.");
}

}  // namespace rex::ui
