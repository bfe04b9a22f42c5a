// The web entry point: GLFW (emscripten's built-in emulation) + WebGL2 + ImGui.
//
// Render on demand: the browser calls Tick() once per animation frame only while
// there is something to draw. After input, a resize or an app request we draw a
// few frames (ImGui needs one or two to settle hover and layout), then pause the
// main loop entirely, so an idle page issues no draw calls and costs ~0 CPU.
// Input callbacks resume it. See docs/adr/0004-render-on-demand.md.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <variant>
#include <string>
#include <utility>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/report/report_format.hpp"
#include "platform/browser.hpp"
#include "platform/browser_accessibility.hpp"
#include "platform/browser_files.hpp"
#include "platform/browser_glyphs.hpp"
#include "platform/browser_site_roles.hpp"
#include "platform/browser_storage.hpp"
#include "platform/browser_text_input.hpp"
#include "platform/browser_touch.hpp"
#include "platform/browser_wheel.hpp"
#include "platform/key_latch.hpp"
#include "platform/touch_input.hpp"
#include "ui/app.hpp"
#include "ui/metrics.hpp"

namespace {

constexpr int kFramesAfterEvent = 3;

// The one app object; the platform layer owns it for the page's lifetime.
struct WebPlatform {
  GLFWwindow* window = nullptr;
  rex::ui::App* app = nullptr;
  rex::platform::CanvasSize canvas;
  rex::platform::KeyLatch keys;
  rex::platform::TouchInput touch;
  int frames_left = kFramesAfterEvent;
  bool paused = false;
  bool first_frame_shown = false;
  bool device_objects_created = false;  // ImGui's GL backend: shader program, buffers, font texture
  ImVec2 caret;                          // the active text field's caret line, device pixels (ImGui's IME position)
  std::string inspect_json;  // kept alive for the JS side of rex_inspect()
  rex::platform::LocalStorage storage;
  bool save_timer_set = false;
};
WebPlatform g_platform;

void RequestFrames(int count = kFramesAfterEvent) {
  g_platform.frames_left = std::max(g_platform.frames_left, count);
  if (g_platform.paused) {
    g_platform.paused = false;
    emscripten_resume_main_loop();
  }
}

void OnCursorPos(GLFWwindow*, double, double) { RequestFrames(); }
void OnMouseButton(GLFWwindow*, int, int, int) { RequestFrames(); }
void OnScroll(GLFWwindow*, double, double) { RequestFrames(); }
void OnKey(GLFWwindow*, int key, int, int action, int) {
  if (action != GLFW_REPEAT) g_platform.keys.OnKey(key, action == GLFW_PRESS);
  RequestFrames();
}
void OnChar(GLFWwindow*, unsigned int) { RequestFrames(); }
void OnFocus(GLFWwindow*, int) { RequestFrames(); }
void OnCursorEnter(GLFWwindow*, int) { RequestFrames(); }

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
  g_platform.canvas = rex::platform::ReadWindowSize();
  rex::platform::ResizeCanvas(g_platform.canvas);
  RequestFrames();
  return EM_FALSE;
}

void InstallTouchHandlers() {
  rex::platform::TouchHandlers handlers;
  const auto device = [](float css) { return css * g_platform.canvas.device_pixel_ratio; };
  handlers.on_start = [] {
    g_platform.app->SetTouch(true);
    g_platform.touch.Start();
    RequestFrames();
  };
  handlers.on_drag = [device](float x, float y, float dy) {
    g_platform.touch.Drag(ImVec2(device(x), device(y)), device(dy));
    RequestFrames();
  };
  handlers.on_long_press = [device](float x, float y) {
    g_platform.touch.LongPress(ImVec2(device(x), device(y)));
    RequestFrames();
  };
  handlers.on_tap = [device](float x, float y) {
    g_platform.touch.Tap(ImVec2(device(x), device(y)));
    RequestFrames();
  };
  handlers.on_end = [] {
    g_platform.touch.End();
    RequestFrames();
  };
  handlers.slop_css = rex::ui::Metrics::kTouchSlop;
  handlers.long_press_ms = rex::ui::Metrics::kLongPressMs;
  rex::platform::InstallTouch(std::move(handlers));
}

void InstallInputCallbacks(GLFWwindow* window) {
  // Installed before ImGui's backend, which chains to these after its own work.
  glfwSetCursorPosCallback(window, OnCursorPos);
  glfwSetMouseButtonCallback(window, OnMouseButton);
  glfwSetScrollCallback(window, OnScroll);
  glfwSetKeyCallback(window, OnKey);
  glfwSetCharCallback(window, OnChar);
  glfwSetWindowFocusCallback(window, OnFocus);
  glfwSetCursorEnterCallback(window, OnCursorEnter);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnResize);
  // The wheel in notches, as ImGui expects (browser_wheel.hpp); ImGui's own scroll
  // callback then chains to OnScroll.
  rex::platform::InstallWheel([window](double x, double y) { ImGui_ImplGlfw_ScrollCallback(window, x, y); });
}

// The first upload also creates the backend's shader program and buffers; the
// backend would otherwise do that in NewFrame and upload the font texture a
// second time (ImGui_ImplOpenGL3_CreateDeviceObjects makes its own).
void UploadFonts() {
  if (!g_platform.device_objects_created) {
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    g_platform.device_objects_created = true;
    return;
  }
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Keeps the browser's text path (browser_text_input) on the active field's caret.
void FollowTextField(const ImGuiIO& io) {
  const float dpr = g_platform.canvas.device_pixel_ratio;
  rex::platform::UpdateTextInput(io.WantTextInput, g_platform.caret.x / dpr, g_platform.caret.y / dpr,
                                 ImGui::GetFontSize() / dpr);
}

void OnTextTyped(const std::string& utf8) {
  g_platform.app->NoteTypedText(utf8);  // its glyphs are drawn before the next frame
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  RequestFrames();
}

// Only what changed since the last frame reaches the DOM (ADR 27).
void UpdateAccessibilityLayer(rex::ui::App& app) {
  const std::string patch = app.TakeMirrorPatch(g_platform.canvas.device_pixel_ratio);
  if (!patch.empty()) rex::platform::ApplyMirrorPatch(patch);
  for (const std::string& text : app.TakeAnnouncements()) rex::platform::Announce(text);
}

void RenderFrame() {
  rex::ui::App& app = *g_platform.app;
  if (app.PrepareFrame(g_platform.canvas.device_pixel_ratio)) {
    if (!g_platform.first_frame_shown) rex::platform::MarkStartup("fonts-built");
    UploadFonts();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // We lay out in device pixels (fonts are rasterised at that size), and
  // emscripten already reports the mouse in canvas backing-store pixels.
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(g_platform.canvas.pixel_width()),
                          static_cast<float>(g_platform.canvas.pixel_height()));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  g_platform.keys.BeforeFrame(io);
  g_platform.touch.BeforeFrame(io);
  ImGui::NewFrame();
  app.Draw();
  ImGui::Render();
  if (g_platform.keys.NeedsMoreFrames() || g_platform.touch.NeedsMoreFrames()) RequestFrames(2);
  FollowTextField(io);
  glViewport(0, 0, g_platform.canvas.pixel_width(), g_platform.canvas.pixel_height());
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  UpdateAccessibilityLayer(app);
}

EM_JS(char*, JsNowIso, (), { return allocateUTF8(new Date().toISOString().slice(0, 19) + 'Z'); });

std::string NowIso() {
  char* text = JsNowIso();
  std::string out(text);
  free(text);
  return out;
}

void UpdateClock() { g_platform.app->SetClock(NowIso(), emscripten_get_now()); }

void Download(const rex::ui::OutgoingFile& file) {
  rex::platform::DownloadFile(file.name, file.mime_type, file.contents);
}

// The app decides when to save (rex::core::Persistence); this timer only wakes
// it when that moment comes while no frames are being drawn.
void ArmSaveTimer();
void OnSaveTimer(void*) {
  g_platform.save_timer_set = false;
  UpdateClock();
  g_platform.app->UpdateStorage();
  RequestFrames();  // the top bar's status changed
  ArmSaveTimer();
}

void ArmSaveTimer() {
  const std::optional<double> due = g_platform.app->MsUntilSave();
  if (!due || g_platform.save_timer_set) return;
  g_platform.save_timer_set = true;
  emscripten_set_timeout(OnSaveTimer, *due + 1, nullptr);
}

void InstallStorageEvents() {
  rex::platform::StorageEventHandlers handlers;
  handlers.on_page_hidden = [] {
    UpdateClock();
    g_platform.app->SaveNow();
  };
  handlers.on_changed = [](const std::string& key) {
    UpdateClock();
    g_platform.app->OnStorageChanged(key);
    RequestFrames();
  };
  rex::platform::InstallStorageEventHandlers(std::move(handlers));
}

struct IntentHandler {
  void operator()(const rex::ui::ExportReport& x) const { Download(g_platform.app->MakeReportFile(x.redacted)); }
  void operator()(const rex::ui::ExportPacket& x) const { Download(g_platform.app->MakePacketFile(x.format)); }
  void operator()(const rex::ui::ExportChartSvg& x) const { Download(g_platform.app->MakeChartSvgFile(x.chart)); }
  void operator()(const rex::ui::ExportChartPng& x) const {
    rex::platform::DownloadCanvasPng(x.file_name, x.x, x.y, x.w, x.h);
  }
  void operator()(const rex::ui::OpenFilePicker& x) const { rex::platform::OpenFilePicker(x.several, x.folder); }
  void operator()(const rex::ui::ExportTeam& x) const { Download(g_platform.app->MakeTeamFile(x.format)); }
  void operator()(const rex::ui::ExportAsideCopy& x) const {
    if (const auto file = g_platform.app->MakeAsideCopyFile(x.key)) Download(*file);
  }
  // The app handles these itself; they never reach the platform.
  void operator()(const rex::ui::DeleteBrowserData&) const {}
  void operator()(const rex::ui::DeleteAsideCopy&) const {}
  void operator()(const rex::ui::RemoveRoleFile&) const {}
};

void HandleIntents() {
  for (const rex::ui::Intent& intent : g_platform.app->TakeIntents()) std::visit(IntentHandler{}, intent);
}

void InstallFileHandlers() {
  rex::platform::FileHandlers handlers;
  handlers.on_file = [](rex::platform::IncomingFile file) {
    g_platform.app->ReceiveFile(file.name, file.bytes);
    RequestFrames();
  };
  handlers.on_files = [](std::vector<rex::platform::IncomingFile> files) {
    std::vector<std::pair<std::string, std::string>> named;
    for (rex::platform::IncomingFile& file : files) named.emplace_back(std::move(file.name), std::move(file.bytes));
    g_platform.app->ReceiveFiles(named);
    RequestFrames();
  };
  handlers.on_too_large = [](const std::string& name, double bytes) {
    g_platform.app->RejectTooLarge(name, bytes);
    RequestFrames();
  };
  handlers.on_text_paste = [](const std::string& text) {
    g_platform.app->ReceivePastedText(text);
    RequestFrames();
  };
  rex::platform::InstallFileHandlers(std::move(handlers), static_cast<double>(rex::core::kMaxReportBytes));
}

void FetchSiteRoles() {
  rex::platform::SiteRoleHandlers handlers;
  handlers.on_role = [](const std::string& name, const std::string& bytes) {
    g_platform.app->ReceiveSiteRole(name, bytes);
    RequestFrames();
  };
  handlers.on_failure = [](const std::string& what, const std::string& why) {
    g_platform.app->SiteRolesFailed(what, why);
    RequestFrames();
  };
  rex::platform::FetchSiteRoles(std::move(handlers), static_cast<double>(rex::core::kMaxReportBytes));
}

void Tick() {
  if (g_platform.frames_left <= 0) {
    g_platform.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  --g_platform.frames_left;
  UpdateClock();
  RenderFrame();
  HandleIntents();
  ArmSaveTimer();
  if (g_platform.app->WantsAnotherFrame()) RequestFrames(2);
  if (!g_platform.first_frame_shown) {
    g_platform.first_frame_shown = true;
    rex::platform::NotifyFirstFrame();
    FetchSiteRoles();  // after the first frame: the site's roles never delay it
  }
}

}  // namespace

// Automation bridge for browser tests (web/loader.js exposes it as
// window.roleExplorer.inspect()): widget rectangles of the last frame + state.
extern "C" EMSCRIPTEN_KEEPALIVE const char* rex_inspect() {
  g_platform.inspect_json = g_platform.app ? g_platform.app->InspectJson() : "{}";
  return g_platform.inspect_json.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE int rex_is_idle() { return g_platform.paused ? 1 : 0; }

int main() {
  rex::platform::MarkStartup("main-start");
  rex::platform::InstallTextInput(OnTextTyped);  // before glfwInit: see its header
  rex::platform::InstallAccessibilityLayer(
      [](const std::string& id, int value) {
        if (g_platform.app && g_platform.app->ActivateAccessible(id, value)) RequestFrames();
      },
      [](const std::string& id) {
        if (g_platform.app && g_platform.app->FocusAccessible(id)) RequestFrames();
      });
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // ImGui needs no depth, stencil or alpha; web/loader.js already created the
  // context with these same attributes (GL_ATTRIBUTES) and GLFW gets it back.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  g_platform.canvas = rex::platform::ReadWindowSize();
  // In device pixels: the size web/loader.js already gave the canvas, so GLFW
  // does not resize (and reallocate) it. CSS keeps the canvas window-sized.
  g_platform.window = glfwCreateWindow(g_platform.canvas.pixel_width(), g_platform.canvas.pixel_height(),
                                       "Role Explorer", nullptr, nullptr);
  if (!g_platform.window) return 1;
  glfwMakeContextCurrent(g_platform.window);
  rex::platform::ResizeCanvas(g_platform.canvas);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().ImeSetInputScreenPosFn = [](int x, int y) { g_platform.caret = ImVec2(float(x), float(y)); };
  rex::core::Session catalog = rex::core::LoadCatalog(rex::content::Files());
  if (rex::platform::PrefersMoreContrast()) {
    catalog.default_preferences.theme = rex::core::Theme::kHighContrast;
  } else if (rex::platform::PrefersDarkColorScheme()) {
    catalog.default_preferences.theme = rex::core::Theme::kDark;
  }
  catalog.preferences = catalog.default_preferences;
  rex::platform::MarkStartup("role-loaded");
  g_platform.app = new rex::ui::App(std::move(catalog), g_platform.storage);
  g_platform.app->SetGlyphRasterizer(rex::platform::RasterizeWithBrowserFonts);
  UpdateClock();
  g_platform.app->RestoreSavedWork();
  rex::platform::MarkStartup("app-ready");
  InstallFileHandlers();
  InstallStorageEvents();
  InstallInputCallbacks(g_platform.window);
  g_platform.app->SetTouch(rex::platform::PrefersTouch());
  InstallTouchHandlers();
  ImGui_ImplGlfw_InitForOpenGL(g_platform.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  emscripten_set_main_loop(Tick, 0, false);
  // The first frame now, not at the next animation frame (up to 16 ms later):
  // the browser shows it with its next paint either way.
  Tick();
  return 0;
}
