#include "core/app/session.hpp"

#include <algorithm>

namespace rex::core {
namespace {

struct Applier {
  Session& session;

  bool operator()(const SelectRole& a) const {
    if (a.index < 0 || a.index >= static_cast<int>(session.roles.size())) return false;
    session.current_role = a.index;
    return true;
  }
  bool operator()(const SetTheme& a) const {
    session.preferences.theme = a.theme;
    return true;
  }
  bool operator()(const SetFontScale& a) const {
    session.preferences.font_scale =
        std::clamp(a.scale, Preferences::kMinFontScale, Preferences::kMaxFontScale);
    return true;
  }
};

}  // namespace

bool Apply(Session& session, const Action& action) {
  const bool changed = std::visit(Applier{session}, action);
  if (changed) ++session.revision;
  return changed;
}

}  // namespace rex::core
