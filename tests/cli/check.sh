# Shared by the command-line tests: a scratch directory removed on exit, and
# `check DESCRIPTION COMMAND...`, which prints ok or FAIL and counts
# failures; a test ends with `exit $((failures > 0))`.
# usage: source "$(dirname "$0")/check.sh"
set -uo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
