#pragma once
// Human names for item kinds, singular and plural ("kpi" -> "KPI", "KPIs").
#include <string>

namespace rex::ui {

std::string KindLabel(const std::string& kind);
std::string KindLabelPlural(const std::string& kind);

}  // namespace rex::ui
