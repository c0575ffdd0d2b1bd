#!/usr/bin/env bash
# Rewrites samples/*.expected.* with what the default pipeline makes of each scraped sample
# now. Run it when a stage lands, then read `git diff samples/` before committing: every
# changed line must be a fix a copy editor would make (compare with the .edited version).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
copydesk=${COPYDESK:-$here/build/tools/copydesk}
for input in "$here"/samples/*; do
  name=$(basename "$input")
  case "$name" in *.expected.* | *.edited.* | README.md) continue ;; esac
  expected="$here/samples/${name%.*}.expected.${name##*.}"
  "$copydesk" --no-config "$input" > "$expected"
done
