#include "core/chart/radar.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rex::core {
namespace {

constexpr double kTwoPi = 6.283185307179586476925286766559;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offsets of every character boundary in `text` after the first character:
// 1st char end, 2nd char end, ..., text.size().
std::vector<std::size_t> CharEnds(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 1; i <= text.size(); ++i) {
    if (i == text.size() || !IsContinuationByte(text[i])) ends.push_back(i);
  }
  return ends;
}

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// The longest prefix of `text` (ending at a character boundary) for which
// fits(prefix) holds, by binary search (widths grow with length). Empty if none.
template <typename Fits>
std::string_view LongestPrefix(std::string_view text, Fits fits) {
  const std::vector<std::size_t> ends = CharEnds(text);
  std::size_t lo = 0, hi = ends.size();  // answer: number of characters in [lo, hi]
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (fits(text.substr(0, ends[mid - 1]))) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo == 0 ? std::string_view{} : text.substr(0, ends[lo - 1]);
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string Join(const std::vector<std::string_view>& words, std::size_t from) {
  std::string joined;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (!joined.empty()) joined += ' ';
    joined += words[i];
  }
  return joined;
}

}  // namespace

LabelAnchor AnchorFor(glm::vec2 center, glm::vec2 direction, float distance) {
  LabelAnchor anchor;
  anchor.point = center + direction * distance;
  if (std::fabs(direction.x) <= kRadarAlignBand) {
    anchor.h = HAlign::kCenter;
  } else {
    anchor.h = direction.x > 0 ? HAlign::kLeft : HAlign::kRight;
  }
  if (direction.y < -kRadarAlignBand) {
    anchor.v = VAlign::kBottom;
  } else if (direction.y > kRadarAlignBand) {
    anchor.v = VAlign::kTop;
  } else {
    anchor.v = VAlign::kMiddle;
  }
  return anchor;
}

RadarLayout LayoutRadar(const RadarSpec& spec) {
  RadarLayout layout;
  layout.spec = spec;
  layout.spec.axes = std::clamp(spec.axes, kRadarMinAxes, kRadarMaxAxes);
  layout.spec.levels = std::max(1, spec.levels);
  const int n = layout.spec.axes;
  const glm::vec2 center = spec.center;
  for (int i = 0; i < n; ++i) {
    // In double, so cardinal directions come out as exact as float allows.
    const double angle = kTwoPi * i / n;
    layout.angles.push_back(static_cast<float>(angle));
    layout.directions.emplace_back(static_cast<float>(std::sin(angle)), static_cast<float>(-std::cos(angle)));
  }
  for (int level = 1; level <= layout.spec.levels; ++level) {
    const float r = spec.radius * static_cast<float>(level) / static_cast<float>(layout.spec.levels);
    std::vector<glm::vec2> ring;
    for (const glm::vec2& d : layout.directions) ring.push_back(center + d * r);
    layout.rings.push_back(std::move(ring));
  }
  for (const glm::vec2& d : layout.directions) {
    layout.axis_ends.push_back(center + d * spec.radius);
    layout.labels.push_back(AnchorFor(center, d, spec.radius + spec.label_gap));
  }
  return layout;
}

glm::vec2 PointFor(const RadarLayout& layout, int axis, double value, double max_value) {
  const glm::vec2 center = layout.spec.center;
  if (axis < 0 || axis >= static_cast<int>(layout.directions.size()) || !(max_value > 0)) return center;
  const double share = std::isnan(value) ? 0.0 : std::clamp(value / max_value, 0.0, 1.0);
  return center + layout.directions[axis] * (layout.spec.radius * static_cast<float>(share));
}

std::vector<glm::vec2> SeriesPolygon(const RadarLayout& layout, const std::vector<std::optional<double>>& values,
                                     double max_value) {
  std::vector<glm::vec2> polygon;
  const int n = static_cast<int>(layout.directions.size());
  for (int axis = 0; axis < n; ++axis) {
    const bool rated = axis < static_cast<int>(values.size()) && values[axis].has_value();
    polygon.push_back(rated ? PointFor(layout, axis, *values[axis], max_value) : layout.spec.center);
  }
  return polygon;
}

std::vector<Triangle> FanTriangles(glm::vec2 center, const std::vector<glm::vec2>& polygon) {
  std::vector<Triangle> triangles;
  if (polygon.size() < 3) return triangles;
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    triangles.push_back({center, polygon[i], polygon[(i + 1) % polygon.size()]});
  }
  return triangles;
}

float PolygonArea(const std::vector<glm::vec2>& polygon) {
  double twice = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    const glm::vec2 a = polygon[i];
    const glm::vec2 b = polygon[(i + 1) % polygon.size()];
    twice += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
  }
  return static_cast<float>(std::fabs(twice) / 2);
}

float TriangleArea(const Triangle& t) { return PolygonArea({t[0], t[1], t[2]}); }

std::vector<LabelBudget> LabelBudgets(const RadarLayout& layout, float line_height) {
  const auto& labels = layout.labels;
  const std::size_t n = labels.size();
  const float cap = kRadarSideLabelShare * layout.spec.radius;
  const float pad = line_height / 4;
  const float kSameX = 1e-3f * layout.spec.radius;
  const auto clamp_width = [&](float w) { return std::clamp(w, 0.0f, cap); };
  std::vector<LabelBudget> budgets(n);
  for (std::size_t i = 0; i < n; ++i) {
    const LabelAnchor& self = labels[i];
    const LabelAnchor* neighbours[2] = {&labels[(i + n - 1) % n], &labels[(i + 1) % n]};
    LabelBudget& budget = budgets[i];
    if (self.h == HAlign::kCenter) {
      float width = std::numeric_limits<float>::max();
      for (const LabelAnchor* other : neighbours) {
        const float dx = std::fabs(other->point.x - self.point.x);
        width = std::min(width, other->h == HAlign::kCenter ? dx - pad : 2 * dx - pad);
      }
      budget.max_width = clamp_width(width);
      budget.max_lines = 2;
      continue;
    }
    // Only a neighbour on the same side can collide: the other side grows away,
    // and a centred neighbour keeps its half-width short of this anchor.
    const float growth = self.h == HAlign::kLeft ? 1.0f : -1.0f;
    float dy = std::numeric_limits<float>::max();
    float width = cap;
    for (const LabelAnchor* other : neighbours) {
      if (other->h != self.h) continue;
      const float other_dy = std::fabs(other->point.y - self.point.y);
      dy = std::min(dy, other_dy);
      // Crowded side by side (near the top or bottom): stop short of the anchor
      // further out; the neighbour further in does the same for this anchor. A
      // neighbour straight above or below (the pair either side of the
      // horizontal) counts as further out: then neither grows over the other.
      const float ahead = (other->point.x - self.point.x) * growth;
      if (other_dy < line_height && ahead > -kSameX) width = std::min(width, ahead - pad);
    }
    budget.max_lines = line_height > 0 && dy < 2 * line_height ? 1 : 2;
    budget.max_width = clamp_width(width);
  }
  return budgets;
}

AxisLabelPlan PlanAxisLabels(const std::vector<std::string>& names, const std::vector<LabelBudget>& budgets,
                             const TextMeasure& measure) {
  AxisLabelPlan plan;
  const auto budget = [&](std::size_t axis) { return axis < budgets.size() ? budgets[axis] : LabelBudget{}; };
  for (std::size_t axis = 0; axis < names.size(); ++axis) {
    plan.labels.push_back(FitLabel(names[axis], budget(axis).max_width, budget(axis).max_lines, measure));
    plan.numbered = plan.numbered || plan.labels.back().shortened;
  }
  if (!plan.numbered) return plan;
  // A number is never shortened: it is a word, and FitLabel keeps a word whole.
  for (std::size_t axis = 0; axis < names.size(); ++axis) {
    plan.labels[axis] = FitLabel(std::to_string(axis + 1), budget(axis).max_width, 1, measure);
  }
  return plan;
}

FittedLabel FitLabel(std::string_view name, float max_width, int max_lines, const TextMeasure& measure) {
  FittedLabel fitted;
  max_lines = std::max(1, max_lines);
  const auto fits = [&](std::string_view text) { return measure(text) <= max_width; };
  std::vector<std::string_view> words = Words(name);
  std::size_t next = 0;  // first word not placed yet
  while (next < words.size() && static_cast<int>(fitted.lines.size()) < max_lines - 1) {
    std::string line(words[next]);
    // A word wider than the line ends the label here, abbreviated: a word broken
    // across lines ("Platfor" / "m engineering") reads worse than "Platfo…".
    if (!fits(line)) break;
    ++next;
    while (next < words.size() && fits(line + ' ' + std::string(words[next]))) {
      line += ' ';
      line += words[next++];
    }
    fitted.lines.push_back(std::move(line));
  }
  if (next < words.size() || fitted.lines.empty()) {
    const std::string rest = Join(words, next);
    if (fits(rest)) {
      fitted.lines.push_back(rest);
    } else {
      fitted.shortened = true;
      const std::string_view head = LongestPrefix(rest, [&](std::string_view prefix) {
        return fits(std::string(TrimRight(prefix)) + std::string(kEllipsis));
      });
      fitted.lines.push_back(std::string(TrimRight(head)) + std::string(kEllipsis));
    }
  }
  for (const std::string& line : fitted.lines) fitted.width = std::max(fitted.width, measure(line));
  return fitted;
}

float MinLegibleRadius(int axes, float line_height, float label_gap) {
  const int n = std::clamp(axes, kRadarMinAxes, kRadarMaxAxes);
  const double spacing = 2 * std::sin(kTwoPi / (2.0 * n));  // chord between neighbouring anchors, per unit radius
  return std::max(0.0f, static_cast<float>(line_height / spacing) - label_gap);
}

RadarSpec FitRadar(glm::vec2 box_min, glm::vec2 box_max, int axes, int levels, float line_height) {
  RadarSpec spec;
  spec.axes = axes;
  spec.levels = levels;
  spec.center = (box_min + box_max) * 0.5f;
  spec.label_gap = line_height / 2;
  const glm::vec2 size = box_max - box_min;
  // Across: R + gap + side label (share * R) on each side. Down: R + gap + 2 lines.
  const float across = (size.x / 2 - spec.label_gap) / (1 + kRadarSideLabelShare);
  const float down = size.y / 2 - spec.label_gap - 2 * line_height;
  spec.radius = std::max(line_height, std::min(across, down));
  return spec;
}

float FitRadarHeight(float width, float line_height) {
  const float label_gap = line_height / 2;
  const float across = (width / 2 - label_gap) / (1 + kRadarSideLabelShare);
  return 2 * (std::max(line_height, across) + label_gap + 2 * line_height);
}

}  // namespace rex::core
