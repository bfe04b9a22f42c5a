#pragma once
// Glyphs beyond the shipped font subset (Latin-1 and a few symbols): a codepoint
// the app meets in a role, in saved work or in what a person types is drawn by the
// platform (the browser's own fonts) and added to the atlas, so names and text in
// any script the person's system can show appear within two frames. The first
// frame's atlas stays the subset. See docs/adr/0020-glyphs-on-demand.md.
#include <imgui.h>

#include <cstddef>
#include <functional>
#include <set>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/role/role.hpp"

namespace rex::ui {

// One glyph as the platform drew it: alpha coverage, `width` x `height`, whose top
// row is the top of the text line and whose column 0 is `offset_x` pixels from the
// pen position; `advance` is where the next glyph starts.
struct GlyphBitmap {
  int width = 0;
  int height = 0;
  float offset_x = 0;
  float advance = 0;
  std::vector<unsigned char> alpha;
};

// Draws `utf8` (one character, or a whole run of a script that needs shaping:
// shaped_text.hpp) at a font size of `em` pixels (a CSS font size) for a line of
// `line_height` pixels whose baseline is `ascent` pixels below its top, in the
// regular or medium weight, in right-to-left order when asked. An empty bitmap
// when it cannot.
struct GlyphRequest {
  std::string_view utf8;
  float line_height = 0;
  float ascent = 0;
  float em = 0;
  bool medium = false;
  bool right_to_left = false;
};
using GlyphRasterizer = std::function<GlyphBitmap(const GlyphRequest& request)>;

// Whether the shipped subset (assets/CMakeLists.txt) has the codepoint.
bool InShippedSubset(char32_t code);

// The codepoints met so far that the subset lacks, in the order they were met.
class ExtraGlyphs {
 public:
  // Past this many, the set starts again from what is in use (Restart): an atlas
  // cannot grow without bound.
  static constexpr std::size_t kCap = 1500;
  using NoteInUse = std::function<void(ExtraGlyphs&)>;

  // Adds the codepoints of `utf8` the subset lacks; true when any is new.
  bool Note(std::string_view utf8);
  void NoteRole(const core::Role& role);
  void NoteAssessment(const core::Assessment& assessment);
  bool OverCap() const { return codes_.size() > limit_; }
  // Forgets every codepoint, notes again what `note_in_use` says is in use, and
  // lets the set grow to twice that (at least kCap) before the next restart.
  void Restart(const NoteInUse& note_in_use);

  const std::vector<char32_t>& codes() const { return codes_; }
  // Changes whenever codes() does: the atlas is stale while it differs from the built one.
  std::size_t generation() const { return generation_; }

 private:
  std::vector<char32_t> codes_;
  std::set<char32_t> known_;
  std::size_t generation_ = 0;
  std::size_t limit_ = kCap;
};

// How many glyphs the frame in `data` drew as the fallback (the missing-glyph box).
int CountMissingGlyphs(const ImDrawData& data, const ImFontAtlas& atlas);

}  // namespace rex::ui
