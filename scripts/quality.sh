#!/usr/bin/env bash
# The quality report: how well copydesk's default packs do on real text.
#
#   scripts/quality.sh [BUILD_DIR]        (or: cmake --build build --target quality)
#
# 1. Injects the errors copydesk fixes into the clean BBC articles (copydesk-corrupt, seed 1)
#    and scores copydesk against the originals (copydesk eval): recall and precision per class.
#    A second score sets apart the wrong edits that copydesk also makes to the original
#    articles (real errors of the BBC text, which the gold keeps): precision on what was injected.
#    A third run lower-cases names that each article writes once (the lone-name class), which
#    only a lexicon can repair.
# 2. Runs copydesk on the clean, uncorrupted articles: every change there is a false positive;
#    each is listed with its rule id for review.
# 3. Runs LanguageTool's and ftfy's published cases (copydesk-peers).
# Prints one table; the details are kept in BUILD_DIR/quality/. Corpora are read from
# ../shared/corpora (or $COPYDESK_CORPORA); a missing corpus is skipped with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
corpora=${COPYDESK_CORPORA:-$here/../shared/corpora}
out=$build/quality
copydesk=$build/tools/copydesk
rm -rf "$out"
mkdir -p "$out"

bbc=$corpora/news-clean/bbc-news.jsonl
if [ -f "$bbc" ]; then
  "$build/tools/corrupt/copydesk-corrupt" --seed 1 "$bbc" "$out/injected" 2> "$out/injected.log"
  "$copydesk" eval "$out/injected/scraped" "$out/injected/edited" --by-rule --list all > "$out/injected.txt"
  # The same, with the edits that copydesk also makes to the original articles (errors of the
  # source, reviewed in the clean run below) counted apart instead of as wrong.
  "$copydesk" eval "$out/injected/scraped" "$out/injected/edited" --by-rule --list all \
    --source-edits-apart > "$out/injected-apart.txt"
  # Names each article writes once, lower-cased: nothing but a lexicon can repair them.
  "$build/tools/corrupt/copydesk-corrupt" --seed 1 --rate all=0 --rate lone-name=0.1 "$bbc" \
    "$out/lone-names" 2> /dev/null
  "$copydesk" eval "$out/lone-names/scraped" "$out/lone-names/edited" --by-rule --list all \
    --source-edits-apart > "$out/lone-names.txt"
  "$build/tools/corrupt/copydesk-corrupt" --rate all=0 "$bbc" "$out/clean" 2> /dev/null
  "$copydesk" eval "$out/clean/scraped" "$out/clean/edited" --by-rule --list false-positives > "$out/clean.txt"
else
  echo "skipped: $bbc not found (the BBC rows are left out)" >&2
fi
"$build/tools/peers/copydesk-peers" --corpora "$corpora" > "$out/peers.txt"

{
  echo "| measure | right | wrong | missed | precision | recall |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  if [ -f "$out/injected.txt" ]; then
    # Rows of copydesk eval's class table: name right wrong missed precision recall F0.5
    awk '/^class /{table=1; next} table && NF==7 {printf "| injected %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6} /^rewording/{table=0}' "$out/injected.txt"
    awk '/^class /{table=1; next} table && NF==7 {printf "| injected %s, source edits apart | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6} /^rewording/{table=0}' "$out/injected-apart.txt"
    apart=$(sed -n "s/^edits the editor's own text receives too (counted apart, not as wrong): //p" "$out/injected-apart.txt")
    echo "| injected: edits the original articles receive too, set apart above | | $apart | | | |"
    awk '/^casing /{printf "| injected names each article writes once (casing, source edits apart) | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6}' "$out/lone-names.txt"
    words=$(sed -n 's/^files: [0-9]*, words: \([0-9]*\)/\1/p' "$out/clean.txt")
    wrong=$(awk '/^all /{print $3}' "$out/clean.txt")
    per10k=$(sed -n 's/^wrong edits per 10,000 words: //p' "$out/clean.txt")
    echo "| changes to the clean BBC articles ($words words) | | $wrong | | $per10k per 10k words | |"
  fi
  # Rows of copydesk-peers: suite group... passed total share
  awk '/^suite /{next} NF>=5 && $(NF-2) ~ /^[0-9]+$/ && $(NF-1) ~ /^[0-9]+$/ {
         group=$2; for (i = 3; i <= NF-3; ++i) group = group " " $i;
         printf "| %s %s | %s of %s | | | | |\n", $1, group, $(NF-2), $(NF-1) }' "$out/peers.txt"
} | tee "$out/table.md"

if [ -f "$out/clean.txt" ] && grep -q '^wrong edits:' "$out/clean.txt"; then
  echo
  echo "Changes to the clean articles (each to review), also in $out/clean.txt:"
  sed -n '/^wrong edits:/,$p' "$out/clean.txt" | tail -n +2 | head -50
fi
