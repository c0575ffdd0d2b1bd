#!/usr/bin/env bash
# End-to-end speed of the copydesk command on the BBC corpus (../shared/corpora), as a user
# runs it: every article as its own file (--check, all cores), and the corpus as one JSON
# Lines stream (--jsonl text). Prints MB/s for each. Not part of the test suite.
#
#   scripts/bench-cli.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
corpora=${COPYDESK_CORPORA:-$here/../shared/corpora}
bbc=$corpora/news-clean/bbc-news.jsonl
if [ ! -f "$bbc" ]; then
  echo "skipped: $bbc not found" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tools/corrupt/copydesk-corrupt" --rate all=0 "$bbc" "$work/articles" 2> /dev/null
files=("$work"/articles/scraped/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
jsonl_bytes=$(wc -c < "$bbc")

rate() {  # bytes seconds
  awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f MB/s", b / s / 1e6 }'
}
seconds() {  # command...: wall-clock seconds of the best of three runs
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(awk -v a="$best" -v b="$(awk -v s="$start" -v e="$end" 'BEGIN{print e - s}')" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}

t=$(seconds "$build/tools/copydesk" --no-config --check "${files[@]}")
echo "files:  ${#files[@]} articles, $bytes bytes, --check on $(nproc) cores: ${t}s, $(rate "$bytes" "$t")"
t=$(seconds "$build/tools/copydesk" --no-config -j 1 --check "${files[@]}")
echo "files:  the same on one core: ${t}s, $(rate "$bytes" "$t")"
t=$(seconds "$build/tools/copydesk" --no-config --jsonl text "$bbc")
echo "jsonl:  one stream of $jsonl_bytes bytes, --jsonl text: ${t}s, $(rate "$jsonl_bytes" "$t")"
