#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan, UBSan) and runs
# each for SECONDS (default 600), one target at a time, one job. Inputs
# that find new coverage go to $BUILD/corpus/TARGET and are reused by the
# next run; a crash, leak, hang (-timeout) or memory blow-up (-rss_limit_mb)
# stops the run with a non-zero status and its reproducer in
# $BUILD/findings/TARGET; once fixed, keep it in tests/fuzz/regressions/TARGET.
# usage: tools/fuzz.sh [SECONDS] [TARGET...]     (BUILD: $PLANROWS_FUZZ_BUILD or build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift $(($# > 0 ? 1 : 0))
build=${PLANROWS_FUZZ_BUILD:-build-fuzz}

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DPLANROWS_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzzers

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(awk '/^[a-z]/ {print $1}' tests/fuzz/targets)
for target in "${targets[@]}"; do
  inputs=("$build/corpus/$target") options=()
  for word in tests/fuzz/regressions/$target $(awk -v t="$target" '$1 == t {$1 = ""; print}' tests/fuzz/targets); do
    case $word in
      -*) options+=("$word") ;;
      *) [ ! -d "$word" ] || inputs+=("$word") ;;
    esac
  done
  mkdir -p "$build/corpus/$target" "$build/findings/$target"
  log="$build/findings/$target.log"
  export TMPDIR="$build/tmp"  # Scratch files of targets (rules) that a crash leaves behind.
  mkdir -p "$TMPDIR"
  echo "fuzz_$target: ${seconds} s"
  if ! "$build/tests/fuzz/fuzz_$target" "${inputs[@]}" "${options[@]}" -dict=tests/fuzz/planrows.dict \
       -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$build/findings/$target/" > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz_$target: FAILED; reproducer in $build/findings/$target/, log in $log" >&2
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$log" | sed "s/^/  /"
done
