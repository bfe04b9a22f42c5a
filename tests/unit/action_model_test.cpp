// Random action sequences with every invariant checked after every step
// (tests/support/action_model.hpp). Seeded, so a failure names its seed and the
// steps that led to it, and replays exactly. The fuzz harness
// tests/fuzz/action_sequence_fuzzer.cpp runs the same model for as long as asked.
#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "action_model.hpp"

namespace {

constexpr int kSeeds = 8;
constexpr int kStepsPerSeed = 500;
constexpr int kDeepEvery = 25;  // the undo-to-the-start walk copies the session: not every step
constexpr size_t kTraceLines = 25;

// Runs one seeded sequence; returns "" or the failure with the steps before it.
std::string RunSequence(std::uint32_t seed, int steps) {
  rex::test::ActionModel model;
  rex::test::SeededChoices choices(seed);
  std::deque<std::string> trace;
  for (int step = 1; step <= steps; ++step) {
    trace.push_back(std::to_string(step) + ": " + model.Step(choices));
    if (trace.size() > kTraceLines) trace.pop_front();
    const std::string failure = model.Check(step % kDeepEvery == 0 || step == steps);
    if (failure.empty()) continue;
    std::string out = "seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " + failure + "\nlast steps:\n";
    for (const std::string& line : trace) out += "  " + line + "\n";
    return out;
  }
  return "";
}

}  // namespace

TEST_CASE("action model: random sequences keep every invariant after every step") {
  int steps_run = 0;
  for (std::uint32_t seed = 1; seed <= kSeeds; ++seed) {
    const std::string failure = RunSequence(seed, kStepsPerSeed);
    CHECK_MESSAGE(failure.empty(), failure);
    steps_run += kStepsPerSeed;
  }
  CHECK(steps_run == kSeeds * kStepsPerSeed);
}
