#include "core/chart/radar_svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "core/chart/radar.hpp"

namespace rex::core {
namespace {

constexpr const char* kFontFamily = "Roboto, &apos;DejaVu Sans&apos;, Arial, sans-serif";
constexpr const char* kGridColour = "#c8c8c8";
constexpr const char* kTextColour = "#222222";
constexpr const char* kMutedColour = "#666666";
constexpr const char* kFallbackColour = "#888888";
constexpr float kLineHeight = 1.25f;   // em
constexpr float kMargin = 1.5f;        // em, around everything
constexpr float kFillOpacity = 0.18f;

std::string N(double value) { return FormatNumber(value); }

bool IsHexColour(const std::string& colour) {
  if (colour.size() != 4 && colour.size() != 7) return false;
  if (colour[0] != '#') return false;
  return std::all_of(colour.begin() + 1, colour.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

std::string Colour(const std::string& colour) { return IsHexColour(colour) ? colour : kFallbackColour; }

// Decodes one UTF-8 character at `i`; returns its length, or 0 if invalid.
std::size_t Utf8Length(std::string_view text, std::size_t i, std::uint32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  if (lead < 0x80) {
    code = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3Fu);
  }
  static constexpr std::uint32_t kMinimum[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kMinimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

const char* AnchorName(HAlign h) {
  switch (h) {
    case HAlign::kLeft: return "start";
    case HAlign::kCenter: return "middle";
    case HAlign::kRight: return "end";
  }
  return "middle";
}

std::string Points(const std::vector<glm::vec2>& points) {
  std::string out;
  for (const glm::vec2& p : points) {
    if (!out.empty()) out += ' ';
    out += N(p.x) + "," + N(p.y);
  }
  return out;
}

class SvgWriter {
 public:
  SvgWriter(const RadarChart& chart, const SvgOptions& options) : chart_(chart), font_(options.font_size) {
    width_ = options.width;
    line_ = kLineHeight * font_;
    margin_ = kMargin * font_;
  }

  std::string Write() {
    float y = margin_;
    std::string body;
    if (!chart_.title.empty()) {
      const float title_font = 1.25f * font_;
      body += "<text x=\"" + N(width_ / 2) + "\" y=\"" + N(y + title_font) + "\" font-size=\"" + N(title_font) +
              "\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + kTextColour + "\">" +
              EscapeXml(chart_.title) + "</text>\n";
      y += title_font * kLineHeight + line_;
    }
    y = Chart(y, body);
    if (numbered_) y = AxisLegend(y, body);
    if (chart_.legend && !chart_.series.empty()) y = Legend(y, body);
    const float height = std::ceil(y + margin_);

    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + N(width_) + "\" height=\"" + N(height) +
           "\" viewBox=\"0 0 " + N(width_) + " " + N(height) + "\" role=\"img\" font-family=\"" + kFontFamily +
           "\">\n";
    svg += "<title>" + EscapeXml(chart_.title.empty() ? "Radar chart" : chart_.title) + "</title>\n";
    svg += "<rect x=\"0\" y=\"0\" width=\"" + N(width_) + "\" height=\"" + N(height) + "\" fill=\"#ffffff\"/>\n";
    svg += body;
    svg += "</svg>\n";
    return svg;
  }

 private:
  int Levels() const {
    if (chart_.level_names.size() >= 2) return static_cast<int>(chart_.level_names.size()) - 1;
    return std::max(1, static_cast<int>(std::lround(chart_.max_value)));
  }

  // Draws rings, axes, series and labels below `top`; returns the y under them.
  float Chart(float top, std::string& out) {
    const float gap = line_ / 2;
    const float radius = std::max(line_, (width_ / 2 - margin_ - gap) / (1 + kRadarSideLabelShare));
    RadarSpec spec;
    spec.axes = static_cast<int>(chart_.axis_labels.size());
    spec.levels = Levels();
    spec.radius = radius;
    spec.label_gap = gap;
    spec.center = {width_ / 2, top + radius + gap + 2 * line_};
    const RadarLayout layout = LayoutRadar(spec);

    out += "<g fill=\"none\" stroke=\"" + std::string(kGridColour) + "\" stroke-width=\"1\">\n";
    for (const auto& ring : layout.rings) out += "<polygon points=\"" + Points(ring) + "\"/>\n";
    for (const glm::vec2& end : layout.axis_ends) {
      out += "<line x1=\"" + N(spec.center.x) + "\" y1=\"" + N(spec.center.y) + "\" x2=\"" + N(end.x) + "\" y2=\"" +
             N(end.y) + "\"/>\n";
    }
    out += "</g>\n";
    RingLabels(layout, out);

    for (const RadarSeries& series : chart_.series) {
      const std::string colour = Colour(series.colour);
      const auto polygon = SeriesPolygon(layout, series.values, chart_.max_value);
      out += "<g>\n<title>" + EscapeXml(series.name) + "</title>\n";
      out += "<polygon points=\"" + Points(polygon) + "\" fill=\"" + colour + "\" fill-opacity=\"" +
             N(kFillOpacity) + "\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-linejoin=\"round\"" +
             (series.dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
      for (std::size_t axis = 0; axis < polygon.size(); ++axis) {
        if (axis >= series.values.size() || !series.values[axis]) continue;
        out += "<circle cx=\"" + N(polygon[axis].x) + "\" cy=\"" + N(polygon[axis].y) + "\" r=\"2.5\" fill=\"" +
               colour + "\"/>\n";
      }
      out += "</g>\n";
    }

    AxisLabels(layout, out);
    return spec.center.y + radius + gap + 2 * line_;
  }

  // Level names up the first axis, just right of it.
  void RingLabels(const RadarLayout& layout, std::string& out) const {
    if (chart_.level_names.size() < 2) return;
    const float font = 0.8f * font_;
    for (std::size_t k = 0; k < layout.rings.size() && k + 1 < chart_.level_names.size(); ++k) {
      const glm::vec2 at = layout.rings[k][0];
      out += "<text x=\"" + N(at.x + font / 2) + "\" y=\"" + N(at.y - font / 4) + "\" font-size=\"" + N(font) +
             "\" fill=\"" + kMutedColour + "\">" + EscapeXml(chart_.level_names[k + 1]) + "</text>\n";
    }
  }

  std::vector<std::string> AxisNames(std::size_t axes) const {
    std::vector<std::string> names(chart_.axis_labels.begin(),
                                   chart_.axis_labels.begin() + static_cast<std::ptrdiff_t>(std::min(axes, chart_.axis_labels.size())));
    names.resize(axes);
    return names;
  }

  void AxisLabels(const RadarLayout& layout, std::string& out) {
    const float font = font_;
    const TextMeasure measure = [font](std::string_view text) { return EstimateSvgTextWidth(text, font); };
    const std::vector<std::string> names = AxisNames(layout.labels.size());
    const AxisLabelPlan plan = PlanAxisLabels(names, LabelBudgets(layout, line_), measure);
    numbered_ = plan.numbered;
    for (std::size_t axis = 0; axis < layout.labels.size(); ++axis) {
      const std::string& name = names[axis];
      const FittedLabel& fitted = plan.labels[axis];
      const LabelAnchor& anchor = layout.labels[axis];
      const float block = line_ * static_cast<float>(fitted.lines.size());
      float top = anchor.point.y;
      if (anchor.v == VAlign::kBottom) top -= block;
      if (anchor.v == VAlign::kMiddle) top -= block / 2;
      // Baseline: the middle of the line plus half a cap height (~0.7 em).
      const auto baseline = [&](std::size_t line) {
        return top + line_ * static_cast<float>(line) + line_ / 2 + 0.35f * font_;
      };
      const bool coloured = axis < chart_.axis_colours.size() && !chart_.axis_colours[axis].empty();
      const std::string fill = coloured ? EscapeXml(chart_.axis_colours[axis]) : std::string(kTextColour);
      out += "<text x=\"" + N(anchor.point.x) + "\" y=\"" + N(baseline(0)) + "\" font-size=\"" + N(font_) +
             "\" text-anchor=\"" + AnchorName(anchor.h) + "\" fill=\"" + fill + "\">";
      const bool titled = axis < chart_.axis_titles.size() && !chart_.axis_titles[axis].empty();
      if (titled) {
        out += "<title>" + EscapeXml(chart_.axis_titles[axis]) + "</title>";
      } else if (plan.numbered) {
        out += "<title>" + EscapeXml(name) + "</title>";
      }
      for (std::size_t line = 0; line < fitted.lines.size(); ++line) {
        out += "<tspan x=\"" + N(anchor.point.x) + "\" y=\"" + N(baseline(line)) + "\">" +
               EscapeXml(fitted.lines[line]) + "</tspan>";
      }
      out += "</text>\n";
    }
  }

  // The names of numbered axes, in columns as wide as the longest name allows
  // (at most three), in each axis's colour; returns the y under them.
  float AxisLegend(float top, std::string& out) const {
    const std::vector<std::string> names = AxisNames(chart_.axis_labels.size());
    float widest = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
      widest = std::max(widest, EstimateSvgTextWidth(std::to_string(i + 1) + "  " + names[i], font_));
    }
    const float usable = width_ - 2 * margin_;
    const std::size_t columns = std::clamp<std::size_t>(static_cast<std::size_t>(usable / (widest + font_)), 1, 3);
    const std::size_t rows = (names.size() + columns - 1) / columns;
    const float column_width = usable / static_cast<float>(columns);
    out += "<g font-size=\"" + N(font_) + "\">\n";
    for (std::size_t i = 0; i < names.size(); ++i) {
      const float x = margin_ + column_width * static_cast<float>(i / rows);
      const float y = top + line_ * static_cast<float>(i % rows + 1);
      const bool coloured = i < chart_.axis_colours.size() && !chart_.axis_colours[i].empty();
      out += "<text x=\"" + N(x) + "\" y=\"" + N(y) + "\" fill=\"" +
             (coloured ? EscapeXml(chart_.axis_colours[i]) : std::string(kTextColour)) + "\"><tspan font-weight=\"bold\">" +
             std::to_string(i + 1) + "</tspan><tspan dx=\"" + N(font_ / 2) + "\">" + EscapeXml(names[i]) + "</tspan></text>\n";
    }
    out += "</g>\n";
    return top + line_ * static_cast<float>(rows + 1);
  }

  // One row of swatches and names, wrapped to the width; returns the y under it.
  float Legend(float top, std::string& out) const {
    const float swatch = font_;
    const float spacing = 1.5f * font_;
    float x = margin_;
    float y = top + line_ / 2;
    out += "<g font-size=\"" + N(font_) + "\" fill=\"" + kTextColour + "\">\n";
    for (const RadarSeries& series : chart_.series) {
      const float item_width = swatch + font_ / 2 + EstimateSvgTextWidth(series.name, font_);
      if (x > margin_ && x + item_width > width_ - margin_) {
        x = margin_;
        y += line_ * 1.5f;
      }
      const std::string colour = Colour(series.colour);
      out += "<rect x=\"" + N(x) + "\" y=\"" + N(y) + "\" width=\"" + N(swatch) + "\" height=\"" + N(swatch) +
             "\" fill=\"" + colour + "\" fill-opacity=\"" + N(kFillOpacity * 2) + "\" stroke=\"" + colour +
             "\" stroke-width=\"2\"" + (series.dashed ? " stroke-dasharray=\"3 2\"" : "") + "/>\n";
      out += "<text x=\"" + N(x + swatch + font_ / 2) + "\" y=\"" + N(y + swatch * 0.85f) + "\">" +
             EscapeXml(series.name) + "</text>\n";
      x += item_width + spacing;
    }
    out += "</g>\n";
    return y + line_ * 1.5f;
  }

  const RadarChart& chart_;
  float font_ = 12;
  float width_ = 640;
  float line_ = 15;
  float margin_ = 18;
  bool numbered_ = false;  // the axes carry numbers: their names follow in a legend
};

}  // namespace

std::string RadarSvg(const RadarChart& chart, const SvgOptions& options) { return SvgWriter(chart, options).Write(); }

std::string RadarAxisTitle(std::string_view name, const std::vector<std::string>& levels, std::string_view meaning) {
  std::string level_line;
  for (const std::string& level : levels) {
    if (!level.empty()) level_line += (level_line.empty() ? "" : " \xC2\xB7 ") + level;  // U+00B7 middle dot
  }
  std::string title;
  for (const std::string_view part : {name, std::string_view(level_line), meaning}) {
    if (!part.empty()) title.append(title.empty() ? "" : "\n").append(part);
  }
  return title;
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t code = 0;
    const std::size_t length = Utf8Length(text, i, code);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    switch (code) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows tab, LF, CR and everything from U+0020 except U+FFFE/U+FFFF.
        if ((code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0xFFFE || code == 0xFFFF) break;
        out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "0";
  const long long scaled = std::llround(value * 100);
  if (scaled == 0) return "0";
  const long long magnitude = std::llabs(scaled);
  std::string out = scaled < 0 ? "-" : "";
  out += std::to_string(magnitude / 100);
  const long long cents = magnitude % 100;
  if (cents != 0) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  }
  return out;
}

float EstimateSvgTextWidth(std::string_view text, float font_size) {
  std::size_t characters = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
  }
  return static_cast<float>(characters) * kSvgAverageCharWidth * font_size;
}

}  // namespace rex::core
