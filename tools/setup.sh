#!/usr/bin/env bash
# Installs the Debian packages planrows builds, tests and benchmarks with.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libpoppler-cpp-dev libpoppler-private-dev poppler-utils
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd
  libicu-dev libre2-dev libsqlite3-dev sqlite3 libxlsxwriter-dev
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev libtomlplusplus-dev libssl-dev
  python3 bc time chromium  # time: /usr/bin/time -v for tools/soak.sh
  clang libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes, for tools/fuzz.sh (a Recommends only)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
