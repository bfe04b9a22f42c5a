#pragma once
// Tables of wrapped text that scroll with the page, clipped to what is on screen.
// Their rows differ in height, so ImGuiListClipper (one height for all rows)
// cannot skip them. Instead every row is started at a height worked out
// beforehand from its wrapped text, and only rows inside the window get cells. A
// row left empty costs one TableNextRow and keeps its place, so the table
// scrolls as if all were drawn. The header row can follow the page down
// (PinHeaderRow), which a table in the page's own scroll does not do by itself.
#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rex::ui {

// The height `text` takes in `font` wrapped to `width`, as ImGui::TextWrapped draws it.
float WrappedTextHeight(ImFont* font, const std::string& text, float width);

// A table's header row as drawn: each column's content width (what wrapped text
// in its cells fills) and its cell's edges on screen.
struct HeaderRow {
  std::vector<std::string> labels;
  std::vector<float> widths;
  std::vector<float> lefts, rights;
  float top = 0, bottom = 0;
};

// Draws the current table's header row, one label per column. `after_header`
// runs after each header, e.g. for its tooltip.
HeaderRow SizedHeaderRow(std::vector<std::string> labels, const std::function<void(int column)>& after_header = {});

// Starts the next row, `content_height` tall plus the cell padding, and says
// whether any of it is inside the window: fill its cells only then.
bool NextSizedRow(float content_height);

// After EndTable: while the table runs under the window's top edge, draws its
// header row there again, so the columns stay named however far the page has
// scrolled; the table's end pushes it up. Returns the pinned row's top (screen
// y), if it was drawn.
std::optional<float> PinHeaderRow(const HeaderRow& header);

// Row heights kept between frames: measuring every cell's wrapped text each frame
// would cost more than drawing the few rows on screen.
struct RowHeights {
  std::vector<float> widths;   // the column widths they were measured at
  float font_size = 0;         // and the font size
  std::vector<float> heights;  // content height of each row

  bool MeasuredAt(const std::vector<float>& column_widths, float size) const {
    return !heights.empty() && widths == column_widths && font_size == size;
  }
};

}  // namespace rex::ui
