#include "ui/sized_rows.hpp"

#include <algorithm>
#include <cfloat>

namespace rex::ui {

float WrappedTextHeight(ImFont* font, const std::string& text, float width) {
  if (text.empty()) return 0;
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
}

HeaderRow SizedHeaderRow(std::vector<std::string> labels, const std::function<void(int column)>& after_header) {
  HeaderRow header;
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < static_cast<int>(labels.size()); ++column) {
    ImGui::TableSetColumnIndex(column);
    header.widths.push_back(ImGui::GetContentRegionAvail().x);
    ImGui::TableHeader(labels[static_cast<size_t>(column)].c_str());
    // A header item covers its whole cell.
    header.lefts.push_back(ImGui::GetItemRectMin().x);
    header.rights.push_back(ImGui::GetItemRectMax().x);
    header.top = ImGui::GetItemRectMin().y;
    header.bottom = std::max(header.bottom, ImGui::GetItemRectMax().y);
    if (after_header) after_header(column);
  }
  header.labels = std::move(labels);
  return header;
}

bool NextSizedRow(float content_height) {
  const float height = content_height + ImGui::GetStyle().CellPadding.y * 2;
  ImGui::TableNextRow(0, height);
  // After TableNextRow the cursor is at the row's top edge.
  const float top = ImGui::GetCursorScreenPos().y;
  const float window_top = ImGui::GetWindowPos().y;
  return top + height >= window_top && top <= window_top + ImGui::GetWindowHeight();
}

std::optional<float> PinHeaderRow(const HeaderRow& header) {
  if (header.labels.empty()) return std::nullopt;
  const float height = header.bottom - header.top;
  const float table_bottom = ImGui::GetItemRectMax().y;  // EndTable's item is the whole table
  const float window_top = ImGui::GetWindowPos().y;
  if (header.top >= window_top || table_bottom <= window_top + height) return std::nullopt;
  const float top = std::min(window_top, table_bottom - height);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min(header.lefts.front(), top), max(header.rights.back(), top + height);
  draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  draw->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(ImGuiCol_TableBorderStrong));
  const ImVec2 padding = ImGui::GetStyle().CellPadding;
  for (size_t c = 0; c < header.labels.size(); ++c) {
    draw->PushClipRect(ImVec2(header.lefts[c], top), ImVec2(header.rights[c] - padding.x, top + height), true);
    draw->AddText(ImVec2(header.lefts[c] + padding.x, top + padding.y), ImGui::GetColorU32(ImGuiCol_Text),
                  header.labels[c].c_str());
    draw->PopClipRect();
  }
  return top;
}

}  // namespace rex::ui
