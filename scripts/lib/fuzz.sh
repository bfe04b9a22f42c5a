# libFuzzer runs shared by scripts/fuzz (long) and scripts/test (short). Sourced.
# Needs common.sh and build.sh. Harnesses are tests/fuzz/<name>_fuzzer.cpp; each
# names its seed folders ("// fuzz-seeds: ...") and dictionary ("// fuzz-dict: ...").

build_fuzz() {
  configure_if_needed fuzz
  step "Building the fuzz harnesses (clang, libFuzzer + ASan + UBSan)"
  cmake --build --preset fuzz
}

fuzz_harnesses() { tr ';' ' ' < build/fuzz/fuzz-harnesses.txt; }

# harness_comment <name> <key>: the value of "// <key>: ..." in the harness source.
harness_comment() { sed -n "s|^// $2: *||p" "tests/fuzz/$1_fuzzer.cpp" | head -1; }

# Seeds are copied at run time from where they live (fixtures, content), never
# committed a second time. Names are flattened so folders cannot collide.
copy_seeds() {
  local name=$1 dest=build/fuzz/seeds/$1 dir file
  rm -rf "$dest" && mkdir -p "$dest"
  for dir in $(harness_comment "$name" fuzz-seeds); do
    while IFS= read -r -d '' file; do
      cp "$file" "$dest/$(echo "$file" | tr '/' '_')"
    done < <(find "$dir" -type f ! -name '.*' -print0)
  done
  echo "$dest"
}

# run_fuzzer <name> <seconds> <artifact dir>: 0 when no crash, timeout or OOM was found.
run_fuzzer() {
  local name=$1 seconds=$2 artifacts=$3
  local bin=build/fuzz/tests/fuzz/${name}_fuzzer corpus=build/fuzz/corpus/$name log=build/fuzz/logs/$name.log
  local seeds dict rc=0
  seeds=$(copy_seeds "$name")
  dict=$(harness_comment "$name" fuzz-dict)
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  local before
  before=$(find "$artifacts" -type f ! -name '.*' ! -name README.md | wc -l)
  # New inputs go to the first folder (the growing corpus); the seeds are read-only.
  # -max_total_time is checked only between inputs; `timeout` bounds the replay of
  # a grown corpus too (libFuzzer exits 0 on SIGINT, so this is not a failure).
  timeout --preserve-status --signal=INT --kill-after=30 $((seconds + 120)) \
  "$bin" "$corpus" "$seeds" ${dict:+-dict="$dict"} -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  local execs cov corpus_size after
  execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo '?')
  corpus_size=$(find "$corpus" -type f | wc -l)
  after=$(find "$artifacts" -type f ! -name '.*' ! -name README.md | wc -l)
  printf '%-12s %5s s  %10s execs  cov %5s  corpus %5s  exit %s\n' "$name" "$seconds" "$execs" "$cov" "$corpus_size" "$rc"
  # 72 is libFuzzer's exit code when `timeout` interrupted it (a large corpus still
  # replaying): the time ran out, nothing was found. A crash leaves a reproducer.
  if [[ $rc -eq 72 && $after -eq $before ]]; then
    echo "   $name: stopped at the time limit while replaying its corpus (no problem found)"
    rc=0
  fi
  if [[ $rc -ne 0 || $after -gt $before ]]; then
    echo "!! $name found a problem (log: $log); reproducer(s) in $artifacts/:"
    find "$artifacts" -type f -newer "$seeds" ! -name '.*' -printf '   %p\n'
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*fuzz invariant failed|    #[0-9]+ )' "$log" | head -40
    return 1
  fi
}

# run_fuzzers <seconds> <artifact root>: every harness in turn; non-zero if any failed.
run_fuzzers() {
  local seconds=$1 root=$2 name status=0
  for name in $(fuzz_harnesses); do
    run_fuzzer "$name" "$seconds" "$root/$name" || status=1
  done
  return $status
}
