#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds planrows, and runs every test twice:
# in a normal build and in one with AddressSanitizer and UndefinedBehaviorSanitizer;
# then builds the libFuzzer targets and runs each for a short fixed budget.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPLANROWS_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j "$jobs"
# OCR of the scanned corpus, and the tests that race and kill whole ingests,
# would take many minutes under the sanitizers; their unit tests still run here.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-sanitize --output-on-failure -j "$jobs" -LE "slow|processes"

# Each fuzz target for 25 s (six targets, under 3 minutes); a crash, leak or
# hang fails. tools/fuzz.sh without an argument runs them 10 minutes each.
tools/fuzz.sh 25
