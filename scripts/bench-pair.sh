#!/usr/bin/env bash
# Compares two builds of copydesk_bench on one benchmark, on a machine whose speed comes and
# goes: the two run in turn on one core, each the fastest of five repetitions, round after
# round, so that both meet the same phases. Prints each round, then the median ratio new/old,
# in how many rounds the new build was faster, and the fastest run of each (ms, and MB/s of
# the benchmark's text). Not part of the test suite.
#
#   scripts/bench-pair.sh OLD_BENCH NEW_BENCH [ROUNDS] [BENCHMARK] [CORE]
#
# Example, against the build of an earlier commit:
#   git worktree add /tmp/old abc1234 && (cd /tmp/old && scripts/build.sh)
#   scripts/bench-pair.sh /tmp/old/build/bench/copydesk_bench build/bench/copydesk_bench 40
set -euo pipefail
old=$1
new=$2
rounds=${3:-20}
benchmark=${4:-BM_CasingAndSentenceMatchersPerArticle}
core=${5:-1}

# The fastest of five repetitions: milliseconds and bytes per second (Google Benchmark's "M/s"
# are MiB).
fastest() {
  taskset -c "$core" "$1" --benchmark_filter="^$benchmark\$" --benchmark_min_time=0.1 \
    --benchmark_repetitions=5 2> /dev/null |
    awk -v name="$benchmark" '$1 == name {
      rate = $NF; sub(/bytes_per_second=/, "", rate); scale = 1
      if (rate ~ /G\/s$/) scale = 1024 * 1024 * 1024
      else if (rate ~ /M\/s$/) scale = 1024 * 1024
      else if (rate ~ /k\/s$/) scale = 1024
      sub(/[GMk]?\/s$/, "", rate)
      print $2, rate * scale }' |
    sort -n | head -1
}

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for round in $(seq "$rounds"); do
  read -r old_ms old_rate <<< "$(fastest "$old")"
  read -r new_ms new_rate <<< "$(fastest "$new")"
  echo "$old_ms $old_rate $new_ms $new_rate" >> "$results"
  printf 'round %d: old %s ms, new %s ms\n' "$round" "$old_ms" "$new_ms"
done

awk '{ ratio[NR] = $3 / $1; if ($3 < $1) faster++
       if (NR == 1 || $1 < old_best) { old_best = $1; old_rate = $2 }
       if (NR == 1 || $3 < new_best) { new_best = $3; new_rate = $4 } }
     END {
       n = asort_ratios(ratio, NR)
       printf "median ratio new/old %.3f over %d rounds; new faster in %d\n", median, NR, faster
       printf "fastest: old %s ms (%.0f MB/s), new %s ms (%.0f MB/s)\n",
              old_best, old_rate / 1e6, new_best, new_rate / 1e6 }
     function asort_ratios(r, n,    i, j, t) {  # insertion sort, then the median
       for (i = 2; i <= n; i++) for (j = i; j > 1 && r[j - 1] > r[j]; j--) {
         t = r[j]; r[j] = r[j - 1]; r[j - 1] = t }
       median = n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
       return n }' "$results"
