// Fuzz harness: the fuzzer's bytes choose a sequence of actions (rate, note,
// evidence, goals, target, name, snapshots, review, undo, redo, import, start
// over, role switch, display, delete, time passing), and every invariant of
// tests/support/action_model.hpp is checked after every step: undo/redo walk the
// states the sequence went through, export -> import -> export is byte-identical,
// a reload restores an equal session, snapshot ids stay unique, derived data is
// fresh. ASan/UBSan catch the rest. At exit it prints how many steps it ran.
// fuzz-seeds: tests/fixtures/fuzz-seeds/action_sequence
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "action_model.hpp"

namespace {

constexpr int kMaxSteps = 40;  // per input: long enough for real sequences, short enough to run many
long long g_steps = 0;

void PrintSteps() { std::fprintf(stderr, "action_sequence: %lld steps checked\n", g_steps); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool registered = (std::atexit(PrintSteps), true);
  (void)registered;
  rex::test::ByteChoices choices(data, size);
  rex::test::ActionModel model;
  std::string trace;
  for (int step = 1; step <= kMaxSteps && !choices.Exhausted(); ++step) {
    trace += std::to_string(step) + ": " + model.Step(choices) + "\n";
    ++g_steps;
    const std::string failure = model.Check(step == kMaxSteps || choices.Exhausted());
    if (!failure.empty()) {
      std::fprintf(stderr, "action_sequence: invariant broken at step %d: %s\n%s", step, failure.c_str(), trace.c_str());
      std::abort();
    }
  }
  return 0;
}
