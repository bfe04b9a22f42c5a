#pragma once
// Radar chart geometry, shared by the on-screen widget (src/ui) and the SVG
// exporter (radar_svg.hpp) so the export matches the screen. Pure math over
// glm::vec2 in y-down screen coordinates (ImGui and SVG agree on that); angles
// are radians, measured clockwise from "up", axis 0 at the top.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace rex::core {

inline constexpr int kRadarMinAxes = 3;
inline constexpr int kRadarMaxAxes = 40;

struct RadarSpec {
  int axes = 5;             // clamped into kRadarMinAxes..kRadarMaxAxes
  int levels = 4;           // rings: one per level above 0 (4 for a 0..4 scale); at least 1
  glm::vec2 center{0.0f, 0.0f};
  float radius = 100.0f;    // of the outermost ring
  float label_gap = 8.0f;   // from the outer ring to the label anchors (size it in font units)
};

// How a label's text box sits on its anchor: chosen from the axis angle so the
// text grows away from the chart (a label on the right starts at its anchor and
// grows right; the one at the top sits above its anchor).
enum class HAlign { kLeft, kCenter, kRight };  // the anchor is the box's left edge / centre / right edge
enum class VAlign { kTop, kMiddle, kBottom };  // the anchor is the box's top edge / middle / bottom edge

struct LabelAnchor {
  glm::vec2 point{0.0f, 0.0f};  // center + direction * (radius + label_gap)
  HAlign h = HAlign::kCenter;
  VAlign v = VAlign::kMiddle;
};

// An axis within this distance of vertical (|sin|, or |cos| for the vertical
// alignment) counts as centred: its label is centred / middle-aligned.
inline constexpr float kRadarAlignBand = 0.2f;

struct RadarLayout {
  RadarSpec spec;                              // as used (axes and levels clamped)
  std::vector<float> angles;                   // per axis: 2*pi*i/axes, clockwise from up
  std::vector<glm::vec2> directions;           // per axis: unit vector (sin a, -cos a)
  std::vector<std::vector<glm::vec2>> rings;   // per level 1..levels: one point per axis, radius*level/levels
  std::vector<glm::vec2> axis_ends;            // per axis: point on the outer ring
  std::vector<LabelAnchor> labels;             // per axis
};

RadarLayout LayoutRadar(const RadarSpec& spec);

// Alignment for a label in `direction` (unit vector): horizontal is centred when
// |x| <= kRadarAlignBand, else left on the right half / right on the left half;
// vertical is bottom when y < -kRadarAlignBand (upper part), top when
// y > kRadarAlignBand, else middle.
LabelAnchor AnchorFor(glm::vec2 center, glm::vec2 direction, float distance);

// The point for `value` on `axis`: value/max_value of the radius, clamped to
// 0..1; a non-positive max_value or an axis out of range gives the centre.
glm::vec2 PointFor(const RadarLayout& layout, int axis, double value, double max_value);

// One point per axis; nullopt (not rated) and missing values sit at the centre.
// Values beyond the axis count are ignored.
std::vector<glm::vec2> SeriesPolygon(const RadarLayout& layout, const std::vector<std::optional<double>>& values,
                                     double max_value);

// A radar polygon may be non-convex, and ImGui 1.86 only fills convex ones. It is
// star-shaped around the centre (every point is on its own ray), so a fan of
// triangles (center, p[i], p[i+1]) covers it exactly: one per edge, including the
// closing edge; degenerate ones (points at the centre) are kept so the count is
// always polygon.size() (0 for fewer than 3 points).
using Triangle = std::array<glm::vec2, 3>;
std::vector<Triangle> FanTriangles(glm::vec2 center, const std::vector<glm::vec2>& polygon);

// Shoelace area (absolute) of a closed polygon / a triangle; used by tests and by
// callers that skip degenerate triangles.
float PolygonArea(const std::vector<glm::vec2>& polygon);
float TriangleArea(const Triangle& triangle);

// ---- Axis labels -----------------------------------------------------------

// Width of `text` when drawn, in the same units as the layout (pixels on screen,
// user units in SVG). ImGui: CalcTextSize; SVG: EstimateSvgTextWidth.
using TextMeasure = std::function<float(std::string_view)>;

// The box one label may use without touching its neighbours.
struct LabelBudget {
  float max_width = 0;  // may be small at high axis counts: the fitted text is then "…"-shortened
  int max_lines = 2;    // 1 or 2
};

// Side labels may grow outward up to this share of the radius; the caller keeps
// that much room beside the chart (FitRadar does).
inline constexpr float kRadarSideLabelShare = 0.8f;

// The label budget rule, per axis, with R' = radius + label_gap, anchors A[i],
// neighbours A[i-1], A[i+1] (cyclic) and pad = line_height / 4:
//  - a centred label (top or bottom) gets 2 lines and spreads both ways, so its
//    width is limited by the horizontal distance dx to the nearer neighbour:
//    2*dx - pad if that neighbour is left/right-aligned (it grows away), dx - pad
//    if it is centred too (both spread towards each other);
//  - a left/right-aligned label gets 2 lines if dy >= 2 * line_height, else 1,
//    dy being the vertical distance to the nearer neighbour anchor on the same
//    side (neighbours on the other side or centred never reach it). Its width is
//    kRadarSideLabelShare * radius, except when the same-side neighbour further
//    out in the growth direction is less than line_height above or below (near
//    the top or bottom, where anchors crowd side by side): then it stops pad
//    short of that neighbour's anchor (the neighbour further in does the same);
//    a neighbour straight above or below (same x) counts as further out, so of
//    two such anchors closer than line_height neither grows over the other;
//  - every width is capped at kRadarSideLabelShare * radius and is never negative.
// Below MinLegibleRadius the side labels crowd and some widths drop to 0.
// Each box (anchor + alignment + budget) then stays clear of the neighbours'
// boxes; pinned by tests for 3, 5, 9, 21 and 40 axes.
std::vector<LabelBudget> LabelBudgets(const RadarLayout& layout, float line_height);

struct FittedLabel {
  std::vector<std::string> lines;  // 1..max_lines lines (one empty line for an empty name)
  bool shortened = false;          // true when text was cut: show the full name on hover
  float width = 0;                 // widest line, measured
};

// Word-wraps `name` greedily at spaces into at most `max_lines` lines of at most
// `max_width`. The last line, if the rest does not fit, is cut at a character
// boundary (trailing spaces dropped) and ends with "…" (U+2026); a word wider
// than a line is never broken across lines: its line becomes the last one. Never
// splits a UTF-8 sequence. The UI caches the result (it measures many prefixes).
FittedLabel FitLabel(std::string_view name, float max_width, int max_lines, const TextMeasure& measure);

// How a chart's axes are labelled so every axis shows its full name: the names
// themselves when every one fits its budget, otherwise the axis numbers (1..N)
// with the names in a numbered legend beside the chart. One rule for the screen,
// the SVG and the packet, so all three read the same.
struct AxisLabelPlan {
  bool numbered = false;
  std::vector<FittedLabel> labels;  // what is drawn at each axis
};
AxisLabelPlan PlanAxisLabels(const std::vector<std::string>& names, const std::vector<LabelBudget>& budgets,
                             const TextMeasure& measure);

// The radius from which neighbouring anchors are at least line_height apart
// (R' * 2 sin(pi / axes) >= line_height), so every label keeps some room: below
// it, show fewer axes or a table instead.
float MinLegibleRadius(int axes, float line_height, float label_gap);

// Chooses center and radius so the chart and its labels (budgets above, two lines
// of `line_height` above and below) fit in the box [min, max]. label_gap =
// line_height / 2. Radius is at least line_height.
RadarSpec FitRadar(glm::vec2 box_min, glm::vec2 box_max, int axes, int levels, float line_height);

// The height at which a box of `width` stops limiting FitRadar's radius from
// below: a taller box only adds empty space above and below the chart.
float FitRadarHeight(float width, float line_height);

}  // namespace rex::core
