#!/usr/bin/env bash
# Benchmark: RevReport end to end on generated billing data, first run and unchanged re-run, against
# DuckDB's read_csv + GROUP BY on the same files; then the same at 1M rows, to show how time and memory
# grow; the first run on a PostgreSQL store next to H2's; and the same rows as FOCUS exports
# (--billing-format=focus) next to the native files. Prints tables; docs/benchmarks.md keeps the
# results. Usage: bench/run.sh [rows] (default 12M)
#
#   bench/run.sh --nights N [rows]   only unchanged nights: N runs on the store of the last run with the same
#                                    BENCH_TAG (a first run makes it when there is none); no DuckDB, no 1M
#   bench/run.sh --peers             only the side-by-side table: the analyst's pandas + XlsxWriter script
#                                    (bench/peer.py), DuckDB and RevReport (first run, an unchanged night, a
#                                    night with the newest month restated) on the demo, 1M lines of 50,000
#                                    recurring clients, 1M and 12M lines on the long tail; the default run
#                                    starts with it too (BENCH_PEERS=0 leaves it out)
#
# The job is installed as an operator installs it, bin/revreport beside the jar, and started by the
# launcher (BENCH_LAUNCH=launcher, the default: a CDS archive, or Java 25's AOT cache when JAVA_HOME is a
# JDK 25) or by plain `java -jar` (BENCH_LAUNCH=plain). BENCH_JAR runs another build's jar (default
# target/revreport.jar), BENCH_TAG keeps its store apart. Each row ends with the machine's load average.
set -euo pipefail
cd "$(dirname "$0")/.."
nights=0
peers_only=0
if [ "${1:-}" = --nights ]; then nights=$2; shift 2; fi
if [ "${1:-}" = --peers ]; then peers_only=1; shift; fi
rows=${1:-12000000}
small=1000000
work=${BENCH_WORK:-target/bench}
# the heap and collector the README recommends; peak RSS is measured with them
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}
mkdir -p "$work"

[ -f target/revreport.jar ] || mvn -B -q package -DskipTests
tag=${BENCH_TAG:-current}
java=${JAVA_HOME:+$JAVA_HOME/bin/java}
java=${java:-java}
install="$work/install-$tag"
mkdir -p "$install/bin"
cp bin/revreport "$install/bin/revreport"
new_jar=0
cmp -s "${BENCH_JAR:-target/revreport.jar}" "$install/revreport.jar" || { cp "${BENCH_JAR:-target/revreport.jar}" "$install/revreport.jar"; new_jar=1; }
if [ "${BENCH_LAUNCH:-launcher}" = launcher ]; then
  # the archive made before the first measured run, as a deployment would (bin/revreport --prepare); a new
  # jar needs a new one, which the first measured run would otherwise make
  [ "$new_jar" = 0 ] && [ -n "$(ls "$install"/.revreport-cache/*/revreport.* 2>/dev/null)" ] || \
    JAVA_OPTS="$JAVA_OPTS" "$install/bin/revreport" --prepare --template=templates/quarterly-report.xlsx >/dev/null
  launch=("$install/bin/revreport")
else
  # shellcheck disable=SC2206
  launch=("$java" $JAVA_OPTS -jar "$install/revreport.jar")
fi
export JAVA_OPTS
if [ "$nights" = 0 ] || [ ! -f target/bench-classpath.txt ]; then
  mvn -B -q test-compile
  mvn -B -q -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

field() { # field NAME FILE: the value after "NAME=" in the summary's step list (0 for a step the run skipped)
  { grep -oE "$1=[0-9]+" "$2" || echo "$1=0"; } | tail -1 | cut -d= -f2; }

run_jar() { # run_jar LABEL INPUT STORE [OPTION...]
  local label=$1 input=$2 store=$3 log="$work/$1.log"
  local load; load=$(uptime | sed 's/.*load average: //')
  /usr/bin/time -v "${launch[@]}" --input="$input" --store="$store" \
    --output="$work/output-$tag" --template=templates/quarterly-report.xlsx "${@:4}" >"$log" 2>&1
  local wall rss startup billing figures workbook plan refdata
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  startup=$(grep -oE "starting, [0-9]+ ms after" "$log" | grep -oE "[0-9]+" | head -1)
  plan=$(field planLoad "$log"); refdata=$(field loadReferenceData "$log")
  billing=$(field loadBillingMonths "$log")
  # one step computes the figures and writes the workbook; its "Figures for" line times the figures alone
  figures=$({ grep -oE ", figures [0-9]+ ms" "$log" || echo ", figures 0 ms"; } | tail -1 | grep -oE "[0-9]+")
  workbook=$(( $(field writeWorkbook "$log") - figures ))
  local ingest=$(( plan + refdata + billing ))
  local mb; mb=$(du -sm "$input/billing" | cut -f1)
  local rate=0 mbs=0
  local lines; lines=$(grep -oE '[0-9]+$' <<<"$input" || echo 0)
  if [ "$billing" -gt 0 ] && [ "$lines" -gt 0 ] && grep -q "LOADED=" "$log"; then
    rate=$(( lines * 1000 / ingest )); mbs=$(( mb * 1000 / ingest )); fi
  printf "| %-22s | %8s | %8s | %9s | %8s | %9s | %10s | %6s | %8s | %s |\n" "$label" "$wall" "$startup" "$ingest" \
    "$figures" "$workbook" "$rate" "$mbs" "$(( rss / 1024 ))" "$load"
}

generate() { # generate ROWS [SHAPE]: the input folder, written once and kept (input-ROWS, input-SHAPE-ROWS)
  local input="$work/input-${2:+$2-}$1"
  if [ ! -f "$input/.complete" ]; then
    rm -rf "$input"
    java -cp "$cp" com.revreport.bench.BenchmarkData "$input" "$1" 12 50000 "${2:-long-tail}"
    touch "$input/.complete"
  fi
}

millis() { # millis LOG: the wall time /usr/bin/time -v wrote, in ms
  grep "Elapsed (wall clock)" "$1" | awk '{print $NF}' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%d", s * 1000 }'; }

peers() { # peers LABEL INPUT [OPTION...]: one row of the side-by-side table
  local label=$1 source=$2 nights="$work/nights-$1" store="$work/store-peers-$1-$tag"
  local fiscal=1 option
  for option in "${@:3}"; do case $option in --fiscal-year-start-month=*) fiscal=${option#*=};; esac; done
  # the nights' own folder, hard links to the source files: restating a month replaces only its file
  rm -rf "$nights" "$store" "$work/output-$tag"
  cp -al "$source" "$nights"
  /usr/bin/time -v /usr/bin/python3 bench/peer.py "$nights" "$work/peer-$label.xlsx" "$fiscal" >"$work/peer-$label.log" 2>&1
  java -cp "$cp" com.revreport.bench.DuckDbBaseline "$nights" >"$work/duckdb-$label.txt"
  run_jar "$label-first" "$nights" "$store" "${@:3}" >/dev/null
  run_jar "$label-unchanged" "$nights" "$store" "${@:3}" >/dev/null
  run_jar "$label-unchanged" "$nights" "$store" "${@:3}" >/dev/null
  # a late credit note on the newest month: that month's file changes, the others do not
  local newest; newest=$(find "$nights/billing" -name '*.csv' | sort | tail -1)
  local month; month=$(grep -oE '[0-9]{4}-[0-9]{2}' <<<"$(basename "$newest")" | head -1)
  cp "$newest" "$newest.new" && rm "$newest" && mv "$newest.new" "$newest"
  echo "RESTATED-1,$month,CL-1,Client 1,AI Model Services,CREDIT,-1.00,USD" >>"$newest"
  run_jar "$label-restated" "$nights" "$store" "${@:3}" >/dev/null
  local peer duck first unchanged restated
  peer=$(millis "$work/peer-$label.log"); duck=$(grep -oE "duckdb_ms=[0-9]+" "$work/duckdb-$label.txt" | cut -d= -f2)
  first=$(millis "$work/$label-first.log"); unchanged=$(millis "$work/$label-unchanged.log")
  restated=$(millis "$work/$label-restated.log")
  ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
  printf "| %-22s | %7.2f s | %7.2f s | %7.2f s %5sx | %7.2f s %5sx | %7.2f s %5sx | %7sx | %5s MB | %5s MB |\n" "$label" \
    "$(ratio "$peer" 1000)" "$(ratio "$duck" 1000)" "$(ratio "$first" 1000)" "$(ratio "$first" "$peer")" \
    "$(ratio "$restated" 1000)" "$(ratio "$restated" "$peer")" "$(ratio "$unchanged" 1000)" "$(ratio "$unchanged" "$peer")" \
    "$(ratio "$first" "$duck")" "$(( $(grep "Maximum resident" "$work/peer-$label.log" | awk '{print $NF}') / 1024 ))" \
    "$(( $(grep "Maximum resident" "$work/$label-first.log" | awk '{print $NF}') / 1024 ))"
}

peers_table() { # the analyst's script, DuckDB and RevReport side by side, on the four inputs
  if ! /usr/bin/python3 -c 'import pandas, xlsxwriter' 2>/dev/null; then
    echo "no side-by-side table: bench/peer.py needs Debian's python3-pandas and python3-xlsxwriter" \
      "(apt-get install python3-pandas python3-xlsxwriter); BENCH_PEERS=0 leaves the table out" >&2
    return 1
  fi
  generate "$small" recurring; generate "$small"; generate "$rows"
  echo "side by side: the pandas + XlsxWriter script (bench/peer.py), DuckDB's read and group, RevReport;"
  echo "x = RevReport over the script (over DuckDB in the DuckDB column); load before: $(uptime | sed 's/.*load average: //')"
  echo "| input                  | script    | DuckDB    | first run        | restated night   | unchanged night  | first/DuckDB | script peak | RevReport peak |"
  echo "|------------------------|-----------|-----------|------------------|------------------|------------------|---------|----------|----------|"
  peers demo input --fiscal-year-start-month=7
  peers "recurring-$small" "$work/input-recurring-$small"
  peers "long-tail-$small" "$work/input-$small"
  peers "long-tail-$rows" "$work/input-$rows"
  echo "load after: $(uptime | sed 's/.*load average: //')"
  echo
}

bench() { # bench ROWS
  local n=$1 input="$work/input-$1"
  generate "$n"
  local store="$work/store-$n-$tag"
  echo "rows $n: $(du -sh "$input/billing" | cut -f1) of CSV in 12 monthly files, 50,000 clients"
  echo "| run                    | wall     | startup  | ingest ms | figures  | workbook  | rows/s     | MB/s   | peak MB  | load before (1, 5, 15 min) |"
  echo "|------------------------|----------|----------|-----------|----------|-----------|------------|--------|----------|---|"
  if [ "$nights" != 0 ]; then
    [ -d "$store" ] || run_jar "first-run" "$input" "$store"
    for night in $(seq "$nights"); do run_jar "unchanged-$tag-$night" "$input" "$store"; done
    return
  fi
  rm -rf "$store" "$work/output-$tag"
  run_jar "first-run" "$input" "$store"
  cp "$work/first-run.log" "$work/first-run-$n.log"
  run_jar "unchanged-rerun" "$input" "$store"
  cp "$work/unchanged-rerun.log" "$work/unchanged-rerun-$n.log"
  # once more: a night like most, with nothing new since the last (the first re-run is the night after a
  # load; before loading runs ended by compacting the store, it paid about 0.5 s of H2 compaction)
  run_jar "unchanged-again" "$input" "$store"
  java -cp "$cp" com.revreport.bench.DuckDbBaseline "$input" | tee "$work/duckdb-$n.txt"
  local billing ingest wall duck
  billing=$(field loadBillingMonths "$work/first-run-$n.log")
  ingest=$(( $(field planLoad "$work/first-run-$n.log") + $(field loadReferenceData "$work/first-run-$n.log") + billing ))
  wall=$(millis "$work/first-run-$n.log")
  duck=$(grep -oE "duckdb_ms=[0-9]+" "$work/duckdb-$n.txt" | cut -d= -f2)
  ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
  echo "first run / DuckDB: billing step $billing ms = $(ratio "$billing" "$duck")x;" \
    "ingestion (hashing, reference data, billing) $ingest ms = $(ratio "$ingest" "$duck")x;" \
    "whole run, JVM start to workbook, $wall ms = $(ratio "$wall" "$duck")x (DuckDB $duck ms)"
  echo
}

bench_formatted() { # bench_formatted ROWS: first runs of the native files and of the same rows as FOCUS exports, alternated
  local n=$1 input="$work/input-$1" focus="$work/input-focus-$1"
  generate "$n"
  if [ ! -f "$focus/.complete" ]; then
    rm -rf "$focus"
    java -cp "$cp" com.revreport.bench.FocusExport "$input" "$focus"
    touch "$focus/.complete"
  fi
  echo "rows $n: native files ($(du -sh "$input/billing" | cut -f1)) and the same rows as FOCUS exports" \
    "($(du -sh "$focus/billing" | cut -f1), --billing-format=focus), first runs alternated"
  echo "| run                    | wall     | startup  | ingest ms | figures  | workbook  | rows/s     | MB/s   | peak MB  | load before (1, 5, 15 min) |"
  echo "|------------------------|----------|----------|-----------|----------|-----------|------------|--------|----------|---|"
  local round
  for round in 1 2; do
    rm -rf "$work/store-native-$round" "$work/store-focus-$round"
    run_jar "native-first-$round" "$input" "$work/store-native-$round"
    run_jar "focus-first-$round" "$focus" "$work/store-focus-$round" --billing-format=focus
  done
  local native formatted
  for round in 1 2; do
    native=$(( $(field planLoad "$work/native-first-$round.log") + $(field loadReferenceData "$work/native-first-$round.log") + $(field loadBillingMonths "$work/native-first-$round.log") ))
    formatted=$(( $(field planLoad "$work/focus-first-$round.log") + $(field loadReferenceData "$work/focus-first-$round.log") + $(field loadBillingMonths "$work/focus-first-$round.log") ))
    echo "round $round: ingestion of the FOCUS export $formatted ms / of the native files $native ms;" \
      "rate $(awk "BEGIN{printf \"%.2f\", $native/$formatted}") of the native one (at least 0.33 wanted)"
  done
  echo
}

bench_postgres() { # bench_postgres ROWS: first runs on H2 and on PostgreSQL, alternated (H2, PG, H2, PG)
  local n=$1 input="$work/input-$1" log="$work/postgres-server.log"
  # a PostgreSQL 17 server from the test binaries (nothing installed), four empty databases on it
  java -cp "$cp" com.revreport.store.PostgresServer 4 >"$log" 2>&1 &
  local server=$!
  trap 'kill $server 2>/dev/null' EXIT
  local waited=0
  until [ "$(grep -c '^jdbc:' "$log")" -ge 4 ]; do
    sleep 1; waited=$((waited + 1))
    if [ $waited -gt 180 ] || ! kill -0 $server 2>/dev/null; then echo "no PostgreSQL server: see $log"; return 1; fi
  done
  mapfile -t urls < <(grep '^jdbc:' "$log")
  echo "rows $n on H2 and on PostgreSQL $(grep -oE 'PostgreSQL [0-9.]+' "$log" | head -1), same machine, first runs alternated"
  echo "| run                    | wall     | startup  | ingest ms | figures  | workbook  | rows/s     | MB/s   | peak MB  |"
  echo "|------------------------|----------|----------|-----------|----------|-----------|------------|--------|----------|"
  local round
  for round in 1 2; do
    rm -rf "$work/store-h2-$round"
    run_jar "h2-first-$round" "$input" "$work/store-h2-$round"
    run_jar "pg-first-$round" "$input" "${urls[$((round - 1))]}"
  done
  run_jar "pg-unchanged-rerun" "$input" "${urls[1]}"
  local h2 pg
  for round in 1 2; do
    h2=$(( $(field planLoad "$work/h2-first-$round.log") + $(field loadReferenceData "$work/h2-first-$round.log") + $(field loadBillingMonths "$work/h2-first-$round.log") ))
    pg=$(( $(field planLoad "$work/pg-first-$round.log") + $(field loadReferenceData "$work/pg-first-$round.log") + $(field loadBillingMonths "$work/pg-first-$round.log") ))
    echo "round $round: ingestion on PostgreSQL $pg ms / on H2 $h2 ms = $(awk "BEGIN{printf \"%.2f\", $pg/$h2}")x"
  done
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
  echo
}

echo "JAVA_OPTS: $JAVA_OPTS; started as: ${launch[*]}; jar ${BENCH_JAR:-target/revreport.jar} ($tag)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $("$java" -version 2>&1 | head -1)"
# BENCH_POSTGRES=0 leaves PostgreSQL out; BENCH_POSTGRES=only runs nothing else; BENCH_FORMATTED likewise
# for the FOCUS export of the same rows
if [ "$peers_only" = 1 ]; then peers_table; exit 0; fi
if [ "${BENCH_POSTGRES:-1}" = only ]; then generate "$rows"; bench_postgres "$rows"; exit 0; fi
if [ "${BENCH_FORMATTED:-1}" = only ]; then bench_formatted "$rows"; exit 0; fi
[ "$nights" != 0 ] || [ "${BENCH_PEERS:-1}" = 0 ] || peers_table || true
bench "$rows"
[ "$nights" != 0 ] || [ "${BENCH_POSTGRES:-1}" = 0 ] || bench_postgres "$rows"
[ "$nights" != 0 ] || [ "${BENCH_FORMATTED:-1}" = 0 ] || bench_formatted "$rows"
[ "$rows" = "$small" ] || [ "$nights" != 0 ] || bench "$small"
