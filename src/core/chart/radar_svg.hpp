#pragma once
// A radar chart as a standalone SVG document, drawn from the same geometry as
// the on-screen widget (radar.hpp). Deterministic: numbers are written with at
// most 2 decimals without locale, so the same chart gives the same bytes
// (tests/fixtures/golden/radar-*.svg pin it). Every piece of text is escaped.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rex::core {

struct RadarSeries {
  std::string name;                          // legend text
  std::string colour;                        // "#rgb" or "#rrggbb"; anything else draws grey (#888888)
  std::vector<std::optional<double>> values; // per axis; nullopt = not rated (drawn at the centre, no dot)
  bool dashed = false;                       // e.g. the target profile or an earlier snapshot
};

struct RadarChart {
  std::string title;                         // empty: no title line
  std::vector<std::string> axis_labels;      // one per axis; the axis count (3..40, clamped) comes from here
  std::vector<std::string> axis_colours;     // per axis label, "#rrggbb"; empty or missing: the text colour
  std::vector<std::string> axis_titles;      // per axis, the label's tooltip (RadarAxisTitle); empty or missing:
                                             // the full name, when the label had to be shortened
  std::vector<std::string> level_names;      // by level 0..N ("Not yet", ...); ring k is labelled level_names[k]
  double max_value = 4;                      // the value at the outer ring
  std::vector<RadarSeries> series;           // drawn in order (later on top)
  bool legend = true;                        // a legend row under the chart (when there are series)
};

struct SvgOptions {
  float width = 640;     // user units; the height follows from the content
  float font_size = 12;  // axis labels; the title is 1.25x, ring labels 0.8x
};

// The whole document, starting with an XML declaration. Rings: level_names.size()-1
// if there are at least 2 names, else round(max_value) (at least 1).
std::string RadarSvg(const RadarChart& chart, const SvgOptions& options = {});

// The tooltip of one axis, one line each: the item's name, its levels ("You: 2
// Proficient · Target: 3 Strong"), and what the person's own level means for it.
// Empty parts leave their line out.
std::string RadarAxisTitle(std::string_view name, const std::vector<std::string>& levels, std::string_view meaning);

// XML text and attribute escaping: & < > " ' become entities; control characters
// XML 1.0 forbids are dropped and invalid UTF-8 becomes U+FFFD, so the result
// is always well-formed.
std::string EscapeXml(std::string_view text);

// Fixed notation, rounded to 2 decimals, trailing zeros dropped, no locale, never
// "-0": 12 -> "12", 12.5 -> "12.5", 12.345678 -> "12.35", -0.004 -> "0" (llround of
// value * 100, so halves round away from zero). Non-finite values give "0".
std::string FormatNumber(double value);

// Text width estimate for SVG, where nothing can measure text: every UTF-8
// character counts kSvgAverageCharWidth em (a fair average for Latin text in
// Roboto / DejaVu Sans / Arial at 12-16 px; wider scripts are underestimated).
inline constexpr float kSvgAverageCharWidth = 0.55f;
float EstimateSvgTextWidth(std::string_view text, float font_size);

}  // namespace rex::core
