// Radar geometry (src/core/chart/radar.hpp): angles, radii, rings, label anchors
// and budgets for 3, 5, 9, 21 and 40 axes; fan filling; label fitting.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/chart/radar.hpp"

using namespace rex::core;

namespace {

constexpr double kPi = 3.14159265358979323846;

RadarSpec Spec(int axes, float radius = 150, glm::vec2 center = {300, 300}) {
  RadarSpec spec;
  spec.axes = axes;
  spec.levels = 4;
  spec.center = center;
  spec.radius = radius;
  spec.label_gap = 8;
  return spec;
}

float Distance(glm::vec2 a, glm::vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// "CB LT RT": per axis, horizontal (Left/Centre/Right) and vertical (Top/Middle/Bottom).
std::string Alignments(const RadarLayout& layout) {
  std::string out;
  for (const LabelAnchor& label : layout.labels) {
    if (!out.empty()) out += ' ';
    out += "LCR"[static_cast<int>(label.h)];
    out += "TMB"[static_cast<int>(label.v)];
  }
  return out;
}

struct Box {
  float x0, y0, x1, y1;
};

Box LabelBox(const LabelAnchor& anchor, float width, int lines, float line_height) {
  const float height = static_cast<float>(lines) * line_height;
  Box box{anchor.point.x, anchor.point.y, anchor.point.x, anchor.point.y};
  if (anchor.h == HAlign::kLeft) box.x1 += width;
  if (anchor.h == HAlign::kRight) box.x0 -= width;
  if (anchor.h == HAlign::kCenter) box.x0 -= width / 2, box.x1 += width / 2;
  if (anchor.v == VAlign::kTop) box.y1 += height;
  if (anchor.v == VAlign::kBottom) box.y0 -= height;
  if (anchor.v == VAlign::kMiddle) box.y0 -= height / 2, box.y1 += height / 2;
  return box;
}

bool Overlap(const Box& a, const Box& b) {
  constexpr float kTouch = 0.01f;  // boxes may touch
  return a.x0 < b.x1 - kTouch && b.x0 < a.x1 - kTouch && a.y0 < b.y1 - kTouch && b.y0 < a.y1 - kTouch;
}

// A monospace stand-in for ImGui's CalcTextSize: 10 units per UTF-8 character.
float Mono(std::string_view text) {
  float width = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) width += 10;
  }
  return width;
}

}  // namespace

TEST_CASE("radar: angles start at the top and go clockwise, 2*pi/n apart") {
  for (int n : {3, 5, 9, 21, 40}) {
    CAPTURE(n);
    const RadarLayout layout = LayoutRadar(Spec(n));
    REQUIRE(layout.angles.size() == static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      CHECK(layout.angles[i] == doctest::Approx(2 * kPi * i / n));
      CHECK(layout.directions[i].x == doctest::Approx(std::sin(2 * kPi * i / n)));
      CHECK(layout.directions[i].y == doctest::Approx(-std::cos(2 * kPi * i / n)));
    }
    // Axis 0 points straight up; the next axis is to its right (clockwise on screen).
    CHECK(layout.axis_ends[0].x == doctest::Approx(300));
    CHECK(layout.axis_ends[0].y == doctest::Approx(150));
    CHECK(layout.axis_ends[1].x > 300);
  }
}

TEST_CASE("radar: rings, axis ends and label anchors sit at their radii") {
  for (int n : {3, 5, 9, 21, 40}) {
    CAPTURE(n);
    const RadarLayout layout = LayoutRadar(Spec(n));
    REQUIRE(layout.rings.size() == 4);
    for (int level = 1; level <= 4; ++level) {
      const auto& ring = layout.rings[level - 1];
      REQUIRE(ring.size() == static_cast<std::size_t>(n));
      for (const glm::vec2& p : ring) CHECK(Distance(p, {300, 300}) == doctest::Approx(150.0 * level / 4));
    }
    for (int i = 0; i < n; ++i) {
      CHECK(Distance(layout.axis_ends[i], {300, 300}) == doctest::Approx(150));
      CHECK(Distance(layout.labels[i].point, {300, 300}) == doctest::Approx(158));
    }
  }
}

TEST_CASE("radar: pinned points for 5 axes") {
  const RadarLayout layout = LayoutRadar(Spec(5));
  // Axis 1 at 72 degrees: (sin 72, -cos 72) = (0.951057, -0.309017).
  CHECK(layout.axis_ends[1].x == doctest::Approx(300 + 150 * 0.951057));
  CHECK(layout.axis_ends[1].y == doctest::Approx(300 - 150 * 0.309017));
  // Ring 2 of 4 on axis 2 (144 degrees): radius 75.
  CHECK(layout.rings[1][2].x == doctest::Approx(300 + 75 * 0.587785));
  CHECK(layout.rings[1][2].y == doctest::Approx(300 + 75 * 0.809017));
  CHECK(layout.labels[1].point.x == doctest::Approx(450.267));
  CHECK(layout.labels[1].point.y == doctest::Approx(251.175));
  CHECK(layout.labels[3].point.x == doctest::Approx(207.131));
  CHECK(layout.labels[3].point.y == doctest::Approx(427.824));
}

TEST_CASE("radar: label alignment grows text away from the chart") {
  CHECK(Alignments(LayoutRadar(Spec(3))) == "CB LT RT");
  CHECK(Alignments(LayoutRadar(Spec(5))) == "CB LB LT RT RB");
  CHECK(Alignments(LayoutRadar(Spec(9))) == "CB LB LM LT LT RT RT RM RB");
  CHECK(Alignments(LayoutRadar(Spec(21))) ==
        "CB LB LB LB LB LM LT LT LT LT CT CT RT RT RT RT RM RB RB RB RB");
  CHECK(Alignments(LayoutRadar(Spec(40))) ==
        "CB CB LB LB LB LB LB LB LB LM LM LM LT LT LT LT LT LT LT CT "
        "CT CT RT RT RT RT RT RT RT RM RM RM RB RB RB RB RB RB RB CB");
}

TEST_CASE("radar: axis and level counts are clamped") {
  CHECK(LayoutRadar(Spec(2)).spec.axes == 3);
  CHECK(LayoutRadar(Spec(41)).angles.size() == 40);
  RadarSpec spec = Spec(5);
  spec.levels = 0;
  CHECK(LayoutRadar(spec).rings.size() == 1);
}

TEST_CASE("radar: PointFor scales by value / max and clamps") {
  const RadarLayout layout = LayoutRadar(Spec(5));
  CHECK(Distance(PointFor(layout, 0, 2, 4), {300, 300}) == doctest::Approx(75));
  CHECK(PointFor(layout, 0, 2, 4).y == doctest::Approx(225));
  CHECK(Distance(PointFor(layout, 3, 9, 4), {300, 300}) == doctest::Approx(150));  // above max
  CHECK(PointFor(layout, 3, -1, 4) == glm::vec2(300, 300));                          // below 0
  CHECK(PointFor(layout, 3, 2, 0) == glm::vec2(300, 300));                           // no scale
  CHECK(PointFor(layout, 5, 2, 4) == glm::vec2(300, 300));                           // no such axis
  CHECK(PointFor(layout, -1, 2, 4) == glm::vec2(300, 300));
}

TEST_CASE("radar: SeriesPolygon puts unrated and missing values at the centre") {
  const RadarLayout layout = LayoutRadar(Spec(5));
  const auto polygon = SeriesPolygon(layout, {4.0, std::nullopt, 2.0}, 4);
  REQUIRE(polygon.size() == 5);
  CHECK(polygon[0].y == doctest::Approx(150));
  CHECK(polygon[1] == glm::vec2(300, 300));
  CHECK(Distance(polygon[2], {300, 300}) == doctest::Approx(75));
  CHECK(polygon[3] == glm::vec2(300, 300));
  CHECK(polygon[4] == glm::vec2(300, 300));
}

TEST_CASE("radar: a fan from the centre covers a non-convex polygon exactly") {
  const RadarLayout layout = LayoutRadar(Spec(9));
  const auto polygon = SeriesPolygon(layout, {4.0, 1.0, 4.0, 0.5, 3.0, 1.0, 4.0, std::nullopt, 2.0}, 4);
  // Non-convex: the turn direction changes along the outline.
  int left = 0, right = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    const glm::vec2 a = polygon[i], b = polygon[(i + 1) % 9], c = polygon[(i + 2) % 9];
    const float cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    (cross > 0 ? left : right)++;
  }
  REQUIRE(left > 0);
  REQUIRE(right > 0);

  const auto triangles = FanTriangles(layout.spec.center, polygon);
  CHECK(triangles.size() == 9);
  float sum = 0;
  for (const Triangle& t : triangles) {
    CHECK(t[0] == layout.spec.center);
    sum += TriangleArea(t);
  }
  CHECK(sum == doctest::Approx(PolygonArea(polygon)).epsilon(1e-5));
  // A fan from a vertex (what a convex fill does) covers a different area here.
  float vertex_fan = 0;
  for (std::size_t i = 1; i + 1 < polygon.size(); ++i) vertex_fan += TriangleArea({polygon[0], polygon[i], polygon[i + 1]});
  CHECK(vertex_fan != doctest::Approx(PolygonArea(polygon)).epsilon(1e-3));
}

TEST_CASE("radar: fan of a square and of too few points") {
  const std::vector<glm::vec2> square = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  CHECK(PolygonArea(square) == doctest::Approx(4));
  const auto fan = FanTriangles({1, 1}, square);
  CHECK(fan.size() == 4);
  for (const Triangle& t : fan) CHECK(TriangleArea(t) == doctest::Approx(1));
  CHECK(FanTriangles({0, 0}, {{1, 1}, {2, 2}}).empty());
}

TEST_CASE("radar: label budgets are pinned for 5, 21 and 40 axes") {
  SUBCASE("5 axes: room everywhere") {
    const auto budgets = LabelBudgets(LayoutRadar(Spec(5)), 16);
    for (const LabelBudget& b : budgets) {
      CHECK(b.max_width == doctest::Approx(120));  // 0.8 * radius
      CHECK(b.max_lines == 2);
    }
  }
  SUBCASE("21 axes: the top label is held by its neighbours, the bottom pair by each other") {
    const RadarLayout layout = LayoutRadar(Spec(21));
    const auto budgets = LabelBudgets(layout, 16);
    // Top: 2 * (x of axis 1 - 300) - 16/4.
    CHECK(budgets[0].max_width == doctest::Approx(2 * (layout.labels[1].point.x - 300) - 4));
    CHECK(budgets[0].max_width == doctest::Approx(89.14).epsilon(1e-3));
    CHECK(budgets[0].max_lines == 2);
    CHECK(budgets[1].max_width == doctest::Approx(120));
    CHECK(budgets[1].max_lines == 1);  // axis 2 is only ~20 units lower
    CHECK(budgets[5].max_lines == 2);
    // Two centred labels at the bottom share the gap between them.
    CHECK(budgets[10].max_width == doctest::Approx(layout.labels[10].point.x - layout.labels[11].point.x - 4));
    CHECK(budgets[11].max_width == doctest::Approx(budgets[10].max_width));
  }
  SUBCASE("40 axes: crowded near the top and bottom, one line on the sides") {
    const RadarLayout layout = LayoutRadar(Spec(40));
    const auto budgets = LabelBudgets(layout, 16);
    CHECK(budgets[0].max_width == doctest::Approx(20.72).epsilon(1e-3));
    CHECK(budgets[2].max_width == doctest::Approx(layout.labels[3].point.x - layout.labels[2].point.x - 4));
    CHECK(budgets[3].max_width == doctest::Approx(17.14).epsilon(1e-3));
    CHECK(budgets[4].max_width == doctest::Approx(120));  // axis 5 is a full line lower
    CHECK(budgets[10].max_width == doctest::Approx(120));
    CHECK(budgets[10].max_lines == 1);
  }
}

TEST_CASE("radar: label boxes never overlap (3..40 axes, several radii)") {
  constexpr float kLineHeight = 16;
  for (float radius : {60.0f, 100.0f, 150.0f, 300.0f}) {
    for (int n = 3; n <= 40; ++n) {
      CAPTURE(radius);
      CAPTURE(n);
      const RadarLayout layout = LayoutRadar(Spec(n, radius));
      const auto budgets = LabelBudgets(layout, kLineHeight);
      std::vector<Box> boxes;
      for (int i = 0; i < n; ++i) {
        CHECK(budgets[i].max_width >= 0);
        CHECK(budgets[i].max_width <= kRadarSideLabelShare * radius + 1e-3f);
        boxes.push_back(LabelBox(layout.labels[i], budgets[i].max_width, budgets[i].max_lines, kLineHeight));
      }
      for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
          if (Overlap(boxes[i], boxes[j])) FAIL_CHECK("labels " << i << " and " << j << " overlap");
        }
      }
    }
  }
}

TEST_CASE("radar: FitLabel wraps into two lines and abbreviates the last") {
  SUBCASE("fits on one line") {
    const FittedLabel f = FitLabel("API design", 200, 2, Mono);
    CHECK(f.lines == std::vector<std::string>{"API design"});
    CHECK_FALSE(f.shortened);
    CHECK(f.width == 100);
  }
  SUBCASE("wraps at a space") {
    const FittedLabel f = FitLabel("Distributed system design", 130, 2, Mono);
    CHECK(f.lines == std::vector<std::string>{"Distributed", "system design"});
    CHECK_FALSE(f.shortened);
    CHECK(f.width == 130);
  }
  SUBCASE("abbreviates the last line") {
    const FittedLabel f = FitLabel("API design and lifecycle management", 120, 2, Mono);
    REQUIRE(f.lines.size() == 2);
    CHECK(f.lines[0] == "API design");
    CHECK(f.lines[1] == "and lifecyc\xE2\x80\xA6");  // 11 characters + ellipsis = 120
    CHECK(f.shortened);
    CHECK(f.width == 120);
  }
  SUBCASE("drops spaces before the ellipsis") {
    const FittedLabel f = FitLabel("Observability and more", 80, 1, Mono);
    CHECK(f.lines == std::vector<std::string>{"Observa\xE2\x80\xA6"});
    const FittedLabel g = FitLabel("Go and things", 40, 1, Mono);
    CHECK(g.lines == std::vector<std::string>{"Go\xE2\x80\xA6"});
  }
  SUBCASE("never breaks a word across lines: a word too wide ends the label") {
    const FittedLabel f = FitLabel("Observability", 50, 2, Mono);
    CHECK(f.lines == std::vector<std::string>{"Obse\xE2\x80\xA6"});
    CHECK(f.shortened);
    const FittedLabel g = FitLabel("Cost awareness and FinOps", 100, 2, Mono);
    CHECK(g.lines == std::vector<std::string>{"Cost", "awareness\xE2\x80\xA6"});
  }
  SUBCASE("never splits a UTF-8 character") {
    const FittedLabel f = FitLabel("\xC3\x9C" "berpr\xC3\xBC" "fung der Zuverl\xC3\xA4ssigkeit", 60, 1, Mono);
    CHECK(f.lines == std::vector<std::string>{"\xC3\x9C" "berp\xE2\x80\xA6"});
    const FittedLabel g = FitLabel("\xC3\xA4\xC3\xB6\xC3\xBC\xC3\x9F", 30, 1, Mono);
    CHECK(g.lines == std::vector<std::string>{"\xC3\xA4\xC3\xB6\xE2\x80\xA6"});
  }
  SUBCASE("nothing fits: just the ellipsis") {
    const FittedLabel f = FitLabel("Observability", 5, 2, Mono);
    CHECK(f.lines == std::vector<std::string>{"\xE2\x80\xA6"});
    CHECK(f.shortened);
  }
  SUBCASE("empty and blank names give one empty line") {
    CHECK(FitLabel("", 50, 2, Mono).lines == std::vector<std::string>{""});
    CHECK(FitLabel("   ", 50, 2, Mono).lines == std::vector<std::string>{""});
    CHECK_FALSE(FitLabel("", 50, 2, Mono).shortened);
  }
  SUBCASE("collapses runs of spaces without calling it shortened") {
    const FittedLabel f = FitLabel("  API   design ", 200, 2, Mono);
    CHECK(f.lines == std::vector<std::string>{"API design"});
    CHECK_FALSE(f.shortened);
  }
}

TEST_CASE("radar: FitRadar keeps chart and labels inside the box") {
  const RadarSpec wide = FitRadar({0, 0}, {800, 400}, 9, 4, 16);
  CHECK(wide.center == glm::vec2(400, 200));
  CHECK(wide.label_gap == 8);
  CHECK(wide.radius == doctest::Approx(200 - 8 - 32));  // height-bound
  const RadarSpec tall = FitRadar({10, 10}, {370, 810}, 9, 4, 16);
  CHECK(tall.radius == doctest::Approx((180 - 8) / 1.8));  // width-bound
  CHECK(tall.center == glm::vec2(190, 410));
  CHECK(FitRadar({0, 0}, {10, 10}, 5, 4, 16).radius == 16);
}

TEST_CASE("FitRadarHeight is the height where the width starts to limit the radius") {
  const float width = 600, line = 16;
  const float height = FitRadarHeight(width, line);
  // (600/2 - 8) / 1.8 = 162.2; + 8 + 32 on each side.
  CHECK(height == doctest::Approx(2 * (292.0f / 1.8f + 8 + 32)));
  const float fitted = FitRadar({0, 0}, {width, height}, 9, 4, line).radius;
  CHECK(fitted == doctest::Approx(FitRadar({0, 0}, {width, height * 3}, 9, 4, line).radius));
  CHECK(FitRadar({0, 0}, {width, height - 10}, 9, 4, line).radius < fitted);
}
