#include "headless_imgui.hpp"

#include <algorithm>
#include <stdexcept>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "ui/keys.hpp"

void RexImGuiAssertFailed(const char* expression, const char* file, int line) {
  throw std::logic_error(std::string("ImGui assertion failed: ") + expression + " at " + file + ":" +
                         std::to_string(line));
}

namespace rex::test {
namespace {

// The same mapping the GLFW backend installs, so keyboard navigation works here too.
void MapNamedKeys(ImGuiIO& io) {
  using namespace ui::keys;
  const std::pair<ImGuiKey, int> kMap[] = {
      {ImGuiKey_Tab, kTab}, {ImGuiKey_LeftArrow, kLeft}, {ImGuiKey_RightArrow, kRight}, {ImGuiKey_UpArrow, kUp},
      {ImGuiKey_DownArrow, kDown}, {ImGuiKey_PageUp, kPageUp}, {ImGuiKey_PageDown, kPageDown}, {ImGuiKey_Home, kHome},
      {ImGuiKey_End, kEnd}, {ImGuiKey_Insert, kInsert}, {ImGuiKey_Delete, kDelete}, {ImGuiKey_Backspace, kBackspace},
      {ImGuiKey_Space, kSpace}, {ImGuiKey_Enter, kEnter}, {ImGuiKey_Escape, kEscape}, {ImGuiKey_KeyPadEnter, kKeypadEnter},
      {ImGuiKey_A, Char('A')}, {ImGuiKey_C, Char('C')}, {ImGuiKey_V, Char('V')}, {ImGuiKey_X, Char('X')},
      {ImGuiKey_Y, Char('Y')}, {ImGuiKey_Z, Char('Z')}};
  for (const auto& [imgui_key, code] : kMap) io.KeyMap[imgui_key] = code;
}

// Stands in for the browser's fonts: every codepoint becomes a solid block of
// coverage, enough to check that the app asks for glyphs and draws them.
ui::GlyphBitmap BlockGlyphs(const ui::GlyphRequest& request) {
  ui::GlyphBitmap block;
  const int characters = static_cast<int>(std::count_if(request.utf8.begin(), request.utf8.end(),
                                                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  block.width = std::max(2, static_cast<int>(request.line_height * 0.5f)) * std::max(1, characters);
  block.height = std::max(2, static_cast<int>(request.ascent));
  block.advance = static_cast<float>(block.width + 1);
  block.alpha.assign(static_cast<size_t>(block.width * block.height), 255);
  return block;
}

}  // namespace

HeadlessImGui::HeadlessImGui(ImVec2 display, float dpr)
    : HeadlessImGui(core::LoadCatalog(rex::content::Files()), display, dpr) {}

HeadlessImGui::HeadlessImGui(core::Session session, ImVec2 display, float dpr, core::MemoryStore* shared_store)
    : context_(ImGui::CreateContext()),
      store_(shared_store ? shared_store : &own_store_),
      app_(nullptr),
      display_(display),
      dpr_(dpr) {
  // CreateContext makes a context current only when none is: a second instance
  // (a second tab) must select its own before the App configures it.
  ImGui::SetCurrentContext(context_);
  MapNamedKeys(ImGui::GetIO());
  app_ = new ui::App(std::move(session), *store_);
  app_->SetGlyphRasterizer(BlockGlyphs);
  app_->SetClock("2026-12-01T09:00:00Z", now_ms_);
  app_->RestoreSavedWork();
}

HeadlessImGui::~HeadlessImGui() {
  delete app_;
  ImGui::DestroyContext(context_);
}

void HeadlessImGui::Frame() {
  ImGui::SetCurrentContext(context_);  // two instances act as two tabs
  ImGuiIO& io = ImGui::GetIO();
  now_ms_ += 1000.0 / 60.0;
  app_->SetClock("2026-12-01T09:00:00Z", now_ms_);
  if (app_->PrepareFrame(dpr_)) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
  }
  io.DisplaySize = display_;
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  app_->Draw();
  ImGui::Render();
  last_draw_commands_ = 0;
  const ImDrawData* data = ImGui::GetDrawData();
  for (int i = 0; i < data->CmdListsCount; ++i) last_draw_commands_ += data->CmdLists[i]->CmdBuffer.Size;
}

void HeadlessImGui::Wait(double ms) {
  const double until = now_ms_ + ms;
  while (now_ms_ < until) Frame();
}

void HeadlessImGui::Settle() {
  Frames(3);  // the platform's kFramesAfterEvent
  for (int guard = 0; guard < 10 && app_->WantsAnotherFrame(); ++guard) Frames(2);
}

void HeadlessImGui::Open(const std::string& page) {
  Frames(2);
  Click("nav." + page);
  if (Inspect()["state"]["page"] != page) throw std::runtime_error("the " + page + " page did not open");
}

void HeadlessImGui::MoveTo(const std::string& widget) {
  ImGui::SetCurrentContext(context_);  // two instances act as two tabs
  const nlohmann::json rects = Inspect()["widgets"];
  if (!rects.contains(widget)) throw std::runtime_error("widget not drawn in the last frame: " + widget);
  const auto& r = rects[widget];
  ImGui::GetIO().MousePos =
      ImVec2(r["x"].get<float>() + r["w"].get<float>() / 2, r["y"].get<float>() + r["h"].get<float>() / 2);
}

void HeadlessImGui::Hover(const std::string& widget) {
  MoveTo(widget);
  Settle();
}

void HeadlessImGui::Wheel(float lines) {
  ImGui::SetCurrentContext(context_);  // two instances act as two tabs
  ImGui::GetIO().MouseWheel = -lines;  // ImGui's sign: positive scrolls up
  Frame();
  Settle();
}

void HeadlessImGui::Click(const std::string& widget) {
  MoveTo(widget);
  Frame();
  ImGuiIO& io = ImGui::GetIO();
  io.MouseDown[0] = true;
  Frame();
  io.MouseDown[0] = false;
  Settle();
}

void HeadlessImGui::Key(int key, bool ctrl, bool shift) {
  ImGui::SetCurrentContext(context_);  // two instances act as two tabs
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  io.KeyShift = shift;
  io.KeysDown[key] = true;
  Frame();
  io.KeysDown[key] = false;
  io.KeyCtrl = false;
  io.KeyShift = false;
  Settle();
}

void HeadlessImGui::Type(const std::string& text) {
  ImGui::SetCurrentContext(context_);  // two instances act as two tabs
  app_->NoteTypedText(text);  // as the browser's text path does (platform/browser_text_input)
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  Settle();
}

}  // namespace rex::test
