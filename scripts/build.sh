#!/usr/bin/env bash
# Installs what copydesk needs from Debian's packages (only what is missing), then configures
# and builds it in ./build. Safe to run again: it rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ make cmake pkg-config           # toolchain
  libicu-dev libre2-dev               # Unicode, regexes
  libtomlplusplus-dev libcli11-dev    # rule packs, command line
  nlohmann-json3-dev                  # --report=json
  libgtest-dev libgmock-dev libbenchmark-dev  # tests and benchmarks
  codespell hunspell-en-us hunspell-en-gb scowl  # word lists the typo and casing stages read where Debian installs them
  libhunspell-1.7-0                   # typos.hunspell suggestions (opt-in), opened at run time
  libtext-names-perl                  # the census first names the casing stage reads from its module
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
