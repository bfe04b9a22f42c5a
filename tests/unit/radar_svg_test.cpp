// SVG export of radar charts (src/core/chart/radar_svg.hpp): escaping, number
// formatting, and golden files in tests/fixtures/golden/ compared byte for byte.
// Regenerate the goldens after an intended change with
//   REX_UPDATE_GOLDEN=1 ctest --preset native -R radar_svg
// and review the diff. tests/schema/check-svg.mjs checks they are well-formed XML.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/chart/radar_svg.hpp"

using namespace rex::core;

namespace {

const std::string kGoldenDir = std::string(REX_SOURCE_DIR) + "/tests/fixtures/golden/";

const std::vector<std::string> kLevels = {"Not yet", "Learning", "Proficient", "Strong", "Expert"};

const std::vector<std::string> kSkills = {
    "API design and lifecycle management",
    "Distributed system design",
    "Data modeling and storage",
    "Event-driven architecture",
    "Reliability engineering fundamentals",
    "Observability",
    "Performance engineering",
    "Secure development",
    "Cloud infrastructure",
    "Containers and orchestration",
    "CI/CD and delivery",
    "Platform engineering",
    "Policy as code",
    "Data integrity and concurrency",
    "Distributed debugging",
    "Architecture migration",
    "Reliability program leadership",
    "Testing strategy",
    "Cost awareness (FinOps)",
    "Languages and runtimes",
    "AI-assisted engineering",
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Byte-for-byte against the golden; REX_UPDATE_GOLDEN=1 rewrites it instead.
void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = kGoldenDir + name;
  const char* update = std::getenv("REX_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    MESSAGE("rewrote " << path);
    return;
  }
  const std::string expected = ReadFile(path);
  REQUIRE_MESSAGE(!expected.empty(), path << " is missing: run with REX_UPDATE_GOLDEN=1 to create it");
  if (expected == actual) return;
  std::size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  const std::size_t from = at < 60 ? 0 : at - 60;
  FAIL_CHECK(name << " differs from the golden at byte " << at << "\n  golden: ..." << expected.substr(from, 120)
                  << "\n  actual: ..." << actual.substr(from, 120)
                  << "\n(if the change is intended: REX_UPDATE_GOLDEN=1, then review the diff)");
}

// Deterministic values 0..4 with some unrated axes.
std::vector<std::optional<double>> Values(int axes, int seed, bool with_gaps) {
  std::vector<std::optional<double>> values;
  for (int i = 0; i < axes; ++i) {
    if (with_gaps && (i * 7 + seed) % 11 == 3) {
      values.push_back(std::nullopt);
    } else {
      values.push_back(static_cast<double>((i * 7 + seed * 3) % 5));
    }
  }
  return values;
}

RadarChart Chart(int axes) {
  RadarChart chart;
  chart.title = "Technical skills: self vs Staff (" + std::to_string(axes) + " axes)";
  for (int i = 0; i < axes; ++i) {
    chart.axis_labels.push_back(i < static_cast<int>(kSkills.size()) ? kSkills[i]
                                                                      : "Skill area number " + std::to_string(i + 1));
  }
  chart.level_names = kLevels;
  chart.series.push_back({"Staff target", "#d9822b", Values(axes, 2, false), true});
  chart.series.push_back({"Self", "#2a7ab0", Values(axes, 1, true), false});
  if (axes >= 9) chart.series.push_back({"Manager review", "#3a9a5b", Values(axes, 4, true), false});
  return chart;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("svg: EscapeXml escapes the five XML specials") {
  CHECK(EscapeXml("<script>alert(\"x\")</script> & 'y'") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;");
  CHECK(EscapeXml("&amp;") == "&amp;amp;");  // already-escaped text is escaped again: it is text
  CHECK(EscapeXml("plain text") == "plain text");
  CHECK(EscapeXml("") == "");
}

TEST_CASE("svg: EscapeXml keeps UTF-8, drops forbidden control characters, repairs bad bytes") {
  CHECK(EscapeXml("Zuverl\xC3\xA4ssigkeit \xE2\x80\xA6 \xF0\x9F\x9A\x80") == "Zuverl\xC3\xA4ssigkeit \xE2\x80\xA6 \xF0\x9F\x9A\x80");
  CHECK(EscapeXml(std::string("a\x01" "b\x00" "c", 5)) == "abc");
  CHECK(EscapeXml("tab\tnew\nline") == "tab\tnew\nline");
  CHECK(EscapeXml("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(EscapeXml("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong "/"
  CHECK(EscapeXml("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(EscapeXml("\xEF\xBF\xBE") == "");                              // U+FFFE is not an XML character
}

TEST_CASE("svg: FormatNumber is fixed, at most 2 decimals, locale-free") {
  CHECK(FormatNumber(12) == "12");
  CHECK(FormatNumber(12.5) == "12.5");
  CHECK(FormatNumber(12.345678) == "12.35");
  CHECK(FormatNumber(0.1) == "0.1");
  CHECK(FormatNumber(-3.14159) == "-3.14");
  CHECK(FormatNumber(-0.004) == "0");
  CHECK(FormatNumber(0.999) == "1");
  CHECK(FormatNumber(1234567.891) == "1234567.89");
  CHECK(FormatNumber(0.05) == "0.05");
  CHECK(FormatNumber(std::nan("")) == "0");
}

TEST_CASE("svg: text width estimate counts characters, not bytes") {
  CHECK(EstimateSvgTextWidth("abcd", 10) == doctest::Approx(22));
  CHECK(EstimateSvgTextWidth("\xC3\xA4\xC3\xB6", 10) == doctest::Approx(11));
  CHECK(EstimateSvgTextWidth("", 10) == 0);
}

TEST_CASE("svg: a document with size, viewBox, rings, axes, series and legend") {
  const std::string svg = RadarSvg(Chart(5));
  CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"", 0) == 0);
  CHECK(svg.find("viewBox=\"0 0 640 ") != std::string::npos);
  CHECK(Count(svg, "<polygon ") == 4 + 2);  // rings + series
  CHECK(Count(svg, "<line ") == 5);
  CHECK(Count(svg, "text-anchor=\"start\"") == 2);
  CHECK(Count(svg, "text-anchor=\"end\"") == 2);
  CHECK(Count(svg, "text-anchor=\"middle\"") == 2);  // the title and the top label
  CHECK(Count(svg, "stroke-dasharray=\"6 4\"") == 1);
  CHECK(Count(svg, "fill-opacity=\"0.18\"") == 2);
  CHECK(svg.find(">Staff target</text>") != std::string::npos);
  CHECK(svg.find(">Proficient</text>") != std::string::npos);
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
  CHECK(RadarSvg(Chart(5)) == svg);  // deterministic
}

TEST_CASE("svg: when a name does not fit, every axis shows its number and a legend gives every name in full") {
  RadarChart chart = Chart(5);
  chart.axis_labels = {"A", "B", "C", "D", "E"};
  const std::string fits = RadarSvg(chart);
  CHECK(fits.find(">A</tspan>") != std::string::npos);  // short names are drawn as they are
  CHECK(fits.find("font-weight=\"bold\">1</tspan>") == std::string::npos);  // and need no legend
  chart.axis_labels[0] = "An exceptionally long axis name that cannot possibly fit in two short lines of text";
  const std::string svg = RadarSvg(chart);
  CHECK(svg.find("\xE2\x80\xA6") == std::string::npos);  // nothing is shortened
  CHECK(svg.find(">1</tspan></text>") != std::string::npos);  // the axis carries its number
  CHECK(svg.find("<title>An exceptionally long axis name that cannot possibly fit in two short lines of text</title>") !=
        std::string::npos);
  for (const char* name : {"An exceptionally long axis name that cannot possibly fit in two short lines of text", "B", "E"}) {
    CAPTURE(name);
    CHECK(svg.find(">" + std::string(name) + "</tspan></text>") != std::string::npos);  // in the legend, in full
  }
  CHECK(svg.find("font-weight=\"bold\">5</tspan>") != std::string::npos);
}

TEST_CASE("svg: axis labels take their own colour when given one (the overview's categories), else the text colour") {
  RadarChart chart = Chart(5);
  chart.axis_labels = {"A", "B", "C", "D", "E"};  // names that fit: no numbered legend repeats the colours
  chart.axis_colours = {"#1864ab", "#1864ab", "#08734f", ""};  // the fifth has none either
  const std::string svg = RadarSvg(chart);
  CHECK(Count(svg, "text-anchor") >= 5);
  CHECK(Count(svg, "fill=\"#1864ab\">") == 2);
  CHECK(Count(svg, "fill=\"#08734f\">") == 1);
  const RadarChart plain = Chart(5);
  CHECK(Count(RadarSvg(plain), "fill=\"#1864ab\">") == 0);
  chart.axis_colours = {"\"red\" onload=\"x"};
  CHECK(RadarSvg(chart).find("onload=\"x") == std::string::npos);  // escaped like any text
}

TEST_CASE("svg: every piece of text is escaped") {
  RadarChart chart;
  chart.title = "<script>alert(\"title\")</script> & 'co'";
  chart.axis_labels = {"<b>bold</b>", "Tom & Jerry", "\"quoted\"", "it's", "<script>x</script>"};
  chart.level_names = {"<0>", "1 & up", "\"2\"", "'3'", "<4>"};
  chart.series.push_back({"<img src=x onerror=alert(1)>", "#123abc", {1.0, 2.0, 3.0, 4.0, 0.0}, false});
  chart.series.push_back({"Evil colour", "\"red\" onload=\"alert(1)", {1.0, 1.0, 1.0, 1.0, 1.0}, true});
  chart.axis_titles = {RadarAxisTitle("<b>bold</b>", {"You: <1>"}, "Means <script>alert('level')</script>")};
  const std::string svg = RadarSvg(chart);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("onload") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &apos;co&apos;") != std::string::npos);
  CHECK(svg.find("Tom &amp; Jerry") != std::string::npos);
  CHECK(svg.find("&quot;quoted&quot;") != std::string::npos);
  CHECK(svg.find("it&apos;s") != std::string::npos);
  CHECK(svg.find("1 &amp; up") != std::string::npos);
  CHECK(svg.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(svg.find("fill=\"#888888\"") != std::string::npos);  // the bad colour falls back
  CHECK(svg.find("<title>&lt;b&gt;bold&lt;/b&gt;\nYou: &lt;1&gt;\nMeans &lt;script&gt;alert(&apos;level&apos;)"
                 "&lt;/script&gt;</title>") != std::string::npos);
  CheckGolden("radar-escape.svg", svg);
}

TEST_CASE("svg: golden files") {
  for (int axes : {3, 5, 9, 21, 40}) {
    CAPTURE(axes);
    CheckGolden("radar-" + std::to_string(axes) + ".svg", RadarSvg(Chart(axes)));
  }
}

TEST_CASE("svg: without title, level names, series or legend") {
  RadarChart chart;
  chart.axis_labels = {"A", "B", "C"};
  chart.max_value = 3;
  const std::string svg = RadarSvg(chart);
  CHECK(svg.find("<title>Radar chart</title>") != std::string::npos);
  CHECK(Count(svg, "<polygon ") == 3);  // round(max_value) rings, no series
  CHECK(Count(svg, "font-weight=\"bold\"") == 0);
  CheckGolden("radar-bare.svg", svg);
}

TEST_CASE("svg: each axis label carries its own tooltip when given one") {
  RadarChart chart = Chart(5);
  chart.axis_titles = {RadarAxisTitle("API design", {"You: 2", "Target: 3"}, "Designs a service's API alone."),
                       "", RadarAxisTitle("Data modeling", {"You: not rated", ""}, "")};
  const std::string svg = RadarSvg(chart);
  // Inside the label's <text>, where a pointer rests.
  CHECK(svg.find("fill=\"#222222\"><title>API design\nYou: 2 \xC2\xB7 Target: 3\nDesigns a service&apos;s API "
                 "alone.</title><tspan") != std::string::npos);
  CHECK(svg.find("<title>Data modeling\nYou: not rated</title>") != std::string::npos);
  CHECK(RadarAxisTitle("", {}, "") == "");
}
