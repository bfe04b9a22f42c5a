#include "ui/kind_labels.hpp"

#include <cctype>

namespace rex::ui {
namespace {

struct Label {
  const char* kind;
  const char* singular;
  const char* plural;
};
const Label kLabels[] = {
    {"kpi", "KPI", "KPIs"},
    {"technical_skill", "Technical skill", "Technical skills"},
    {"soft_skill", "Soft skill", "Soft skills"},
    {"scorecard_dimension", "Scorecard dimension", "Scorecard dimensions"},
    {"career_role", "Career step", "Career steps"},
    {"promotion_skill", "Promotion skill", "Promotion skills"},
    {"anti_pattern", "Anti-pattern", "Anti-patterns"},
    {"ai_task", "AI impact", "AI impacts"},
    {"interview_area", "Interview area", "Interview areas"},
    {"candidate_signal", "Candidate signal", "Candidate signals"},
    {"red_flag", "Red flag", "Red flags"},
    {"responsibility", "Responsibility", "Responsibilities"},
    {"activity", "Activity", "Activities"},
    {"authority", "Authority", "Authority areas"},
    {"escalation", "Escalation", "Escalations"},
    {"experience", "Experience", "Experience"},
};

const Label* Find(const std::string& kind) {
  for (const Label& label : kLabels) {
    if (kind == label.kind) return &label;
  }
  return nullptr;
}

// "deliverable" -> "Deliverable": kinds without a special name read fine as words.
std::string Capitalised(const std::string& kind) {
  std::string out = kind;
  for (char& c : out) if (c == '_') c = ' ';
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace

std::string KindLabel(const std::string& kind) {
  const Label* label = Find(kind);
  return label ? label->singular : Capitalised(kind);
}

std::string KindLabelPlural(const std::string& kind) {
  const Label* label = Find(kind);
  return label ? label->plural : Capitalised(kind) + "s";
}

}  // namespace rex::ui
