# Build steps shared by scripts/run and scripts/test. Sourced, not run.
# Each preset keeps its own build folder, so builds are incremental: ImGui is
# compiled once per preset, not on every run.

configure_if_needed() {
  local preset=$1
  if [[ ! -f build/$preset/build.ninja ]]; then
    step "Configuring the $preset build"
    cmake --preset "$preset" >/dev/null
  fi
}

build_native() {
  configure_if_needed native
  step "Building native core, CLI and tests"
  cmake --build --preset native
}

build_web() {
  configure_if_needed web
  step "Building the web app into dist/"
  cmake --build --preset web
}

build_asan() {
  configure_if_needed asan
  step "Building native tests with ASan + UBSan"
  cmake --build --preset asan
}
