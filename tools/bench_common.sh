# Sourced by the scaling benchmarks (soak.sh, jobs_bench.sh, read_bench.sh,
# replace_bench.sh) after `set -euo pipefail`: runs from the repository's
# top, takes the build directory from the first argument (default build),
# and gives `planrows`, a scratch directory `work` removed on exit, and the
# helpers below.
cd "$(dirname "$0")/.."
build=${1:-build}
planrows="$build/planrows"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Copies the born-digital corpus PDFs (corpus/pdf, corpus/plans/pdf) COPIES
# times into DIR, each copy under its own name.
copy_corpus_pdfs() {
  local dir=$1 copies=$2
  mkdir -p "$dir"
  for copy in $(seq "$copies"); do
    for f in corpus/pdf/*.pdf corpus/plans/pdf/*.pdf; do cp "$f" "$dir/$copy-$(basename "$f")"; done
  done
}

# Seconds since the epoch, to the nanosecond.
now() { date +%s.%N; }

# The smaller of the numbers A and B ("" counts as none).
min_of() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }
