#pragma once
// Every layout size the views use, in one place beside the palette (theme.hpp):
// gaps, paddings, widths of controls and panels, line weights. Members are in
// design pixels; `Metrics::Scaled` turns them into the device pixels ImGui lays
// out in whenever the pixel ratio or text size changes, so views write
// `ctx.metrics.side_panel_width` and never a bare number. Breakpoints and touch thresholds compare CSS pixels and
// milliseconds before any scaling, so they are constants, not members.

namespace rex::ui {

struct Metrics {
  // Breakpoints and touch (docs/adr/0028-phones-and-touch.md).
  static constexpr float kNarrowWidth = 880.0f;  // below it, one column: a tablet held upright too
  static constexpr float kTapTarget = 44.0f;     // CSS px, WCAG 2.2 target size (enhanced)
  static constexpr float kTouchSlop = 10.0f;     // CSS px a tap may wander before it is a drag
  static constexpr int kLongPressMs = 500;       // a press this long shows what hover shows

  // ImGui's style (theme.cpp): what every window, button, field and table inherits.
  float window_padding_x = 20.0f;
  float window_padding_y = 16.0f;
  float frame_padding_x = 10.0f;
  float frame_padding_y = 6.0f;
  float cell_padding_x = 10.0f;
  float cell_padding_y = 6.0f;
  float item_spacing_x = 10.0f;
  float item_spacing_y = 8.0f;
  float item_inner_spacing_x = 8.0f;
  float item_inner_spacing_y = 6.0f;
  float scrollbar_size = 12.0f;
  float grab_min_size = 12.0f;
  float frame_rounding = 6.0f;  // buttons, fields, tabs, scrollbars
  float child_rounding = 8.0f;
  float popup_rounding = 8.0f;
  float touch_item_spacing_y = 10.0f;  // room between two tap targets
  float touch_scrollbar_size = 16.0f;

  // Lines and marks.
  float hairline = 1.0f;         // borders, rules, chart axes
  float stroke = 1.5f;           // outlines of shapes and open series
  float stroke_strong = 2.0f;    // a filled radar series, a focus ring
  float stroke_selected = 2.5f;  // the selected node's outline
  float rail = 3.0f;             // the progression path, a heat-map cell's gap bar
  float dot_radius = 3.0f;       // radar points, bullets
  float marker_radius = 2.5f;    // the heat map's scorecard marker
  float small_rounding = 2.0f;   // cells and swatches
  float ring_rounding = 6.0f;    // focus and hover outlines around text
  float arrow_length = 7.0f;     // arrowheads on the progression graph

  // Spacing: one ladder for gaps, indents and vertical breathing room.
  float space_2xs = 2.0f;
  float space_xs = 4.0f;
  float space_s = 8.0f;
  float space_m = 12.0f;
  float space_l = 16.0f;
  float space_xl = 24.0f;
  float space_2xl = 32.0f;
  float space_3xl = 40.0f;
  float line_gap = 3.0f;         // between two stacked lines of one label
  float swatch_gap = 4.0f;       // a colour swatch and its caption
  float group_gap = 14.0f;       // groups of controls on one row
  float column_gap = 20.0f;      // a page's columns
  float side_panel_gap = 24.0f;  // a page and the panel beside it
  float indent = 20.0f;          // nested content under its heading
  float reason_indent = 22.0f;   // readiness reasons under their icon
  float baseline_nudge = 5.0f;   // text beside a taller control, on its baseline

  // Pages and panels.
  float page_padding_x = 24.0f;
  float page_padding_y = 16.0f;
  float page_padding_narrow_x = 12.0f;
  float page_padding_narrow_y = 10.0f;
  float panel_padding_x = 18.0f;
  float panel_padding_y = 16.0f;
  float panel_rounding = 12.0f;
  float sidebar_width = 290.0f;     // Explore's section list
  float side_panel_width = 360.0f;  // item detail, readiness
  float min_column_width = 300.0f;  // cards and legend columns flow by this
  float reading_width = 520.0f;     // an empty state's text
  float table_max_height = 480.0f;

  // Top bar.
  float top_bar_height = 64.0f;
  float top_bar_padding_y = 10.0f;
  float top_bar_tabs_row = 48.0f;     // added when the tabs take a row of their own
  float top_bar_compact_row = 30.0f;  // a phone's first row, beyond a button's height
  float tab_gap = 2.0f;
  float title_min_width = 120.0f;
  float title_gap = 32.0f;  // the title and the tabs beside it

  // Cards, pills and chips (widgets.hpp).
  float card_padding = 14.0f;
  float card_rounding = 10.0f;
  float card_accent = 4.0f;  // the coloured bar on a card's left edge
  float card_gap = 6.0f;
  float pill_padding_x = 14.0f;
  float pill_padding_y = 6.0f;
  float pill_rounding = 16.0f;
  float chip_padding_x = 7.0f;
  float chip_padding_y = 2.0f;
  float chip_rounding = 9.0f;
  float swatch_size = 11.0f;

  // Controls.
  float target_combo_width = 150.0f;
  float combo_width = 170.0f;
  float chart_combo_width = 200.0f;
  float wide_combo_width = 220.0f;  // the role switcher, a person on the Team page
  float snapshot_combo_width = 240.0f;
  float field_width = 260.0f;  // a name, a table filter
  float bar_height = 10.0f;
  float thin_bar_height = 8.0f;
  float goals_bar_width = 220.0f;
  float rating_button_gap = 3.0f;
  float tooltip_wrap = 360.0f;

  // Dialogs.
  float dialog_width = 420.0f;
  float about_width = 640.0f;
  float modal_width = 480.0f;  // a choice that blocks the page until made
  float notice_width = 560.0f;
  float notice_top = 72.0f;          // below the top bar
  float notice_action_room = 90.0f;  // a notice's Dismiss button at its right

  // Table columns, by what they hold.
  float column_index = 28.0f;
  float column_level = 56.0f;
  float column_figure = 70.0f;
  float column_change = 90.0f;
  float column_status = 110.0f;
  float column_actions = 130.0f;
  float column_date = 160.0f;
  float column_name = 200.0f;
  float column_file = 220.0f;

  // Explore.
  float nav_row_padding = 10.0f;
  float nav_label_indent = 36.0f;   // a section's name after its number
  float link_figure_width = 40.0f;  // a figure before an item's link

  // Assess.
  float figure_gap = 36.0f;  // headline figures side by side
  float figure_gap_compact = 28.0f;
  float header_actions_width = 330.0f;
  float goal_label_width = 280.0f;
  float focus_padding = 10.0f;

  // Progress and Report charts.
  float chart_max_size = 760.0f;
  float snapshot_chart_max = 680.0f;
  float ring_label_rise = 7.0f;
  float legend_cell_padding = 6.0f;
  float rung_label_width = 150.0f;
  float rung_figures_width = 112.0f;
  float rung_bar_min = 60.0f;
  float node_height = 46.0f;
  float node_padding_x = 10.0f;
  float node_padding_y = 6.0f;
  float node_gap = 10.0f;
  float node_rounding = 8.0f;
  float edge_curve = 30.0f;
  float graph_min_height = 200.0f;
  float graph_edge_room = 80.0f;  // across a graph's columns, for its edges
  float stop_radius = 9.0f;
  float stop_row_min = 34.0f;

  // Team.
  float heat_cell = 24.0f;
  float heat_names_width = 180.0f;
  float heat_header_height = 140.0f;
  float heat_map_max_height = 560.0f;

  // The same sizes in device pixels: `scale` is devicePixelRatio × font scale.
  Metrics Scaled(float scale) const;
};

}  // namespace rex::ui
