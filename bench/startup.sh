#!/usr/bin/env bash
# Start-up of a plain run, two builds side by side: an unchanged night on the demo input (the run finds
# the workbook current and keeps it, so what it costs is mostly starting), with plain `java -jar`,
# the two jars alternating run by run so that a drift of the machine's speed touches both alike.
# Prints, for each jar, Spring's "Started ... in X seconds" and the whole process's wall time:
# minimum, median and maximum over the pairs.
#
#   bench/startup.sh BEFORE.jar AFTER.jar [pairs]      (default 10 pairs)
#
# A jar of an earlier commit: git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -B -q
# package -DskipTests), then /tmp/before/target/revreport.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/startup.sh BEFORE.jar AFTER.jar [pairs]" >&2; exit 2; }
before=$(readlink -f "$1"); after=$(readlink -f "$2"); pairs=${3:-10}
work=${BENCH_WORK:-target/bench-startup}
rm -rf "$work"; mkdir -p "$work"
input=$(pwd)/input
night() { # jar name: one run in its own folder; prints "started-seconds wall-seconds"
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$work/$2" && java -jar "$1" --input="$input" --fiscal-year-start-month=7 > night.log 2>&1)
  t1=$(date +%s.%N)
  echo "$(grep -o 'Started RevReportApplication in [0-9.]*' "$work/$2/night.log" | awk '{print $4}') $(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')"
}
for name in before after; do
  mkdir -p "$work/$name"
  jar=$before; [ $name = after ] && jar=$after
  night "$jar" $name > /dev/null # the first run loads the demo; the nights after it find the workbook current
done
for i in $(seq "$pairs"); do
  night "$before" before >> "$work/before.txt"
  night "$after" after >> "$work/after.txt"
done
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %.3f  median %.3f  max %.3f", a[1], a[int((NR+1)/2)], a[NR]}'; }
echo "pairs: $pairs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in before after; do
  echo "$name  started: $(cut -d' ' -f1 "$work/$name.txt" | stats)   wall: $(cut -d' ' -f2 "$work/$name.txt" | stats)"
done
