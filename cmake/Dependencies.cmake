# Third-party code, all from Debian packages (see scripts/setup).

# Header-only libraries. For the wasm build we must not put /usr/include on the
# include path (it drags glibc headers in), so we expose only their folders
# through a build-local directory of symlinks.
set(REX_HEADER_ONLY_DIR ${CMAKE_BINARY_DIR}/header-only)
file(MAKE_DIRECTORY ${REX_HEADER_ONLY_DIR})
foreach(dir nlohmann glm)
  if(NOT EXISTS /usr/include/${dir})
    message(FATAL_ERROR "/usr/include/${dir} is missing: run scripts/setup")
  endif()
  file(CREATE_LINK /usr/include/${dir} ${REX_HEADER_ONLY_DIR}/${dir} SYMBOLIC)
endforeach()
add_library(rex_header_only INTERFACE)
target_include_directories(rex_header_only SYSTEM INTERFACE ${REX_HEADER_ONLY_DIR})
target_compile_definitions(rex_header_only INTERFACE GLM_FORCE_CXX17 GLM_FORCE_SILENT_WARNINGS)

# Dear ImGui 1.86, unpacked from Debian's source package into .deps/ by setup.
# Built once as its own static library so our edits never recompile it.
set(REX_IMGUI_DIR ${CMAKE_SOURCE_DIR}/.deps/imgui-1.86 CACHE PATH "Dear ImGui 1.86 sources")
if(NOT EXISTS ${REX_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${REX_IMGUI_DIR}: run scripts/setup")
endif()
add_library(imgui STATIC
  ${REX_IMGUI_DIR}/imgui.cpp
  ${REX_IMGUI_DIR}/imgui_draw.cpp
  ${REX_IMGUI_DIR}/imgui_tables.cpp
  ${REX_IMGUI_DIR}/imgui_widgets.cpp
  ${REX_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  # ImGui's "item info" hook, which the accessibility mirror reads (ADR 27).
  ${CMAKE_SOURCE_DIR}/src/ui/accessibility/imgui_item_hooks.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${REX_IMGUI_DIR} ${REX_IMGUI_DIR}/misc/cpp)
target_include_directories(imgui PRIVATE ${CMAKE_SOURCE_DIR}/src)
# Private: only ImGui's own files and the hooks see it; nothing else changes.
target_compile_definitions(imgui PRIVATE IMGUI_ENABLE_TEST_ENGINE)
# No demo windows in the product; ImGui asserts stay on in tests (they catch
# Begin/End and ID mistakes), off in the release web build.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(EMSCRIPTEN)
  # Nothing in the page opens ImGui's debug tools or its .ini file (the app
  # persists through localStorage): leave them out of the wasm (issue 11).
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_METRICS_WINDOW IMGUI_DISABLE_FILE_FUNCTIONS)
endif()

if(NOT EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/cmake/imgui_native_config.hpp")
endif()

if(EMSCRIPTEN)
  add_library(imgui_backends STATIC
    ${REX_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
    ${REX_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_backends SYSTEM PUBLIC ${REX_IMGUI_DIR}/backends)
  target_link_libraries(imgui_backends PUBLIC imgui)
  target_compile_options(imgui_backends PRIVATE -sUSE_GLFW=3)
else()
  find_package(doctest REQUIRED)
endif()
