#pragma once
// Text in scripts ImGui cannot lay out (Arabic, Hebrew, the Indic scripts, Thai...:
// core/text/shaped_runs.hpp), shown readably. Each shaped run becomes one glyph of
// the font atlas under a private-use codepoint: a picture of the whole run, drawn by
// the browser's text engine, which joins letters, orders right-to-left text and
// places marks. Views pass such text through Shown() (widgets.hpp: ShownText) just
// before drawing it; the model, search and every export keep the text exact.
// See docs/adr/0026-shaped-scripts-as-pictures.md.
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rex::ui {

// One picture for the atlas: `text` drawn in face `face` (FaceIndex, fonts.hpp).
struct ShapedRunGlyph {
  ImWchar code = 0;
  int face = 0;
  std::string text;
  bool right_to_left = false;
  bool built = false;  // in the atlas the app last built
};

class ShapedText {
 public:
  // Pictures are wide: past this many, the set starts again from those drawn in
  // the last two frames, so the atlas stays bounded on a long scroll.
  static constexpr std::size_t kCap = 600;

  void BeginFrame();
  // `text` as it should be drawn with `font` (face index `face`): shaped runs are
  // replaced by their pictures where the atlas has them; a run it lacks is noted
  // for the next atlas build and drawn as plain glyphs this once. The pointer
  // stays valid until the next BeginFrame. Text with no shaped run comes back as is.
  const char* Shown(const char* text, const ImFont* font, int face);

  const std::vector<ShapedRunGlyph>& glyphs() const { return glyphs_; }
  // Changes whenever glyphs() does: the atlas is stale while it differs from the built one.
  std::size_t generation() const { return generation_; }
  // The app built an atlas holding every glyph of glyphs().
  void MarkBuilt();

  int shown_as_pictures() const { return shown_; }  // in this frame
  int still_plain() const { return plain_; }        // in this frame: the next one will show them

 private:
  ImWchar CodeFor(int face, const std::string& run, bool right_to_left);
  void Restart();

  std::map<std::pair<int, std::string>, std::size_t> index_;  // (face, run) -> glyphs_ index
  std::vector<ShapedRunGlyph> glyphs_;
  std::vector<std::uint64_t> last_used_;  // frame each glyph was last drawn in
  std::vector<ImWchar> free_codes_;
  ImWchar next_code_ = kFirstCode;
  std::deque<std::string> frame_strings_;  // stable addresses for Shown()'s results
  std::uint64_t frame_ = 0;
  std::size_t generation_ = 0;
  int shown_ = 0;
  int plain_ = 0;

  static constexpr ImWchar kFirstCode = 0xE000;  // the Private Use Area: no font defines these
  static constexpr ImWchar kLastCode = 0xF8FF;
};

}  // namespace rex::ui
