// Pages whose features are still being built: each says plainly what it will do,
// rather than showing controls that do nothing.
#include "ui/pages/pages.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {

void DrawAssessPage(UiContext& ctx) {
  EmptyState(ctx, "Self-assessment is on its way",
             "Here you will rate yourself on every skill and behaviour of the role, add notes and evidence, "
             "and get a readiness verdict for a target level. Nothing you enter will leave this browser.");
}

void DrawProgressPage(UiContext& ctx) {
  EmptyState(ctx, "Progress is on its way",
             "Radar charts against a target level, gaps ranked by weight, the career path from this role "
             "and the milestone timeline will appear here once you have rated yourself.");
}

void DrawReportPage(UiContext& ctx) {
  EmptyState(ctx, "Reports are on their way",
             "Export a private report file, import it again, save snapshots, add a manager review and print "
             "a promotion packet. Files are made in this tab and saved by your browser.");
}

}  // namespace rex::ui
