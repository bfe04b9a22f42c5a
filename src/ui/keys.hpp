#pragma once
// Key indices into io.KeysDown[]. ImGui 1.86 leaves the numbering to the platform;
// ours feeds GLFW key codes, where printable keys equal their upper-case ASCII
// code ('K' = 75, '/' = 47). Views use these names instead of magic numbers, and
// the headless UI tests feed the same codes.
namespace rex::ui::keys {

constexpr int Char(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }

constexpr int kSpace = 32;
constexpr int kEscape = 256;
constexpr int kEnter = 257;
constexpr int kTab = 258;
constexpr int kBackspace = 259;
constexpr int kInsert = 260;
constexpr int kDelete = 261;
constexpr int kRight = 262;
constexpr int kLeft = 263;
constexpr int kDown = 264;
constexpr int kUp = 265;
constexpr int kPageUp = 266;
constexpr int kPageDown = 267;
constexpr int kHome = 268;
constexpr int kEnd = 269;
constexpr int kF1 = 290;
constexpr int kKeypadEnter = 335;

}  // namespace rex::ui::keys
