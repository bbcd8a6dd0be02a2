#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds planrows, ingests the bundled
# corpus into planrows.sqlite (embedded SQLite, no server) and scores the
# exported rows against the gold rows.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
rm -f planrows.sqlite planrows.sqlite-wal planrows.sqlite-shm
build/planrows --db planrows.sqlite ingest corpus/seeds corpus/pdf corpus/scanned || true
build/planrows --db planrows.sqlite export > planrows-rows.jsonl
echo "exported $(wc -l < planrows-rows.jsonl) rows to planrows-rows.jsonl"
python3 tools/score.py corpus/gold planrows-rows.jsonl
