#pragma once
// Everything a view needs, passed explicitly: read-only model, its own view state,
// a place to emit actions, fonts, palette, sizes, and the automation registry.
#include <vector>

#include "core/app/action.hpp"
#include "core/app/derived.hpp"
#include "core/app/session.hpp"
#include "core/assessment/scoring.hpp"
#include "core/persist/persistence.hpp"
#include "core/search/search_index.hpp"
#include "ui/fonts.hpp"
#include "ui/intents.hpp"
#include "ui/metrics.hpp"
#include "ui/notices.hpp"
#include "ui/shaped_text.hpp"
#include "ui/team/team_data.hpp"
#include "ui/theme.hpp"
#include "ui/view_state.hpp"
#include "ui/widget_registry.hpp"

namespace rex::ui {

struct UiContext {
  const core::Session& session;
  ViewState& view;
  std::vector<core::Action>& actions;
  const Fonts& fonts;
  const Palette& palette;
  WidgetRegistry& widgets;
  const Metrics& metrics;               // layout sizes, already in device pixels
  const core::LazySearchIndex* search;  // for the current role; null when no role loaded
  const core::Derived* derived;     // for the current role and assessment; null when no role
  const core::ScoreReport* score;   // derived->score, or null
  std::vector<Intent>& intents;      // requests the views cannot carry out themselves (I/O, storage)
  const core::SaveStatus& storage;
  const std::vector<core::AsideCopy>& aside;  // copies of work put aside in this browser
  ShapedText* shaped;               // scripts that need shaping, drawn as pictures (widgets.hpp: Shown)
  TeamCache* team_cache;            // the Team page's figures, read when first asked for (Team())
  bool redraw = false;              // a view changed something that shows next frame
  bool narrow = false;              // a phone's width: one column, menus instead of rows of controls
  bool touch = false;               // fingers: no hover, so what hover shows needs another way

  void Emit(core::Action action) { actions.push_back(std::move(action)); }
  void Request(Intent intent) { intents.push_back(std::move(intent)); }
  void Mark(const std::string& name, std::string text = "", const AccessibleHint& hint = {}) {
    widgets.MarkLastItem(name, std::move(text), hint);
  }
  const TeamData& Team() const { return team_cache->For(session); }
};

}  // namespace rex::ui
