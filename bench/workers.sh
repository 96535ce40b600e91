#!/usr/bin/env bash
# Benchmark: the load through a broker and two worker processes (--broker) next to one process, both on
# a PostgreSQL store, on the same generated input, alternating one process / workers (ABAB) so that a
# machine shared with other work weighs on both alike. Prints one table line a run; docs/benchmarks.md
# keeps the results. Usage: bench/workers.sh [rows] [pairs] (default 12,000,000 rows, 2 pairs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-12000000}
pairs=${2:-2}
work=${BENCH_WORK:-target/bench}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}
mkdir -p "$work"

[ -f target/revreport.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
input="$work/input-$rows"
if [ ! -f "$input/.complete" ]; then
  rm -rf "$input"
  java -cp "$cp" com.revreport.bench.BenchmarkData "$input" "$rows" 12 50000
  touch "$input/.complete"
fi

pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap stop_all EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

await() { # await FILE TEXT: until the log holds the text
  for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "no '$2' in $1" >&2; exit 1; }

new_store() { # a PostgreSQL server of its own for each run (PostgresServer, the tests' embedded one); sets store
  # (not run in $(...): the server's pid must reach stop_all in this shell)
  local log="$work/pg-$1.log"
  java -cp "$cp" com.revreport.store.PostgresServer >"$log" 2>&1 &
  pids+=($!)
  await "$log" "jdbc:postgresql:"
  store=$(grep -m1 -oE "jdbc:postgresql:[^ ]+" "$log")
}

field() { grep -oE "$1=[0-9]+" "$2" | tail -1 | cut -d= -f2; }

measure() { # measure LABEL LOG: one table line from the run's own summary and /usr/bin/time
  local wall billing ingest
  wall=$(grep "Elapsed (wall clock)" "$2" | awk '{print $NF}')
  billing=$(field loadBillingMonths "$2")
  ingest=$(( $(field planLoad "$2") + $(field loadReferenceData "$2") + billing ))
  printf "| %-22s | %8s | %9s | %10s | %s |\n" "$1" "$wall" "$ingest" "$billing" "$(uptime | sed 's/.*load average: //')"
}

one_process() { # one_process N
  local log="$work/one-$1.log"
  new_store "one-$1"
  # shellcheck disable=SC2086
  /usr/bin/time -v java $JAVA_OPTS -jar target/revreport.jar --input="$input" --store="$store" \
    --output="$work/output-one" --template=templates/quarterly-report.xlsx >"$log" 2>&1
  measure "one process $1" "$log"
  stop_all
}

two_workers() { # two_workers N
  local port log="$work/workers-$1.log"
  new_store "workers-$1"
  port=$(free_port)
  java -Xmx256m -jar target/revreport.jar --role=broker --broker-port="$port" >"$work/broker-$1.log" 2>&1 &
  pids+=($!)
  await "$work/broker-$1.log" "Broker listening"
  for w in 1 2; do
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar target/revreport.jar --role=worker --broker="tcp://127.0.0.1:$port" --store="$store" \
      >"$work/worker$w-$1.log" 2>&1 &
    pids+=($!)
    # one at a time: the first creates the store's tables
    await "$work/worker$w-$1.log" "Started RevReportApplication"
  done
  # shellcheck disable=SC2086
  /usr/bin/time -v java $JAVA_OPTS -jar target/revreport.jar --input="$input" --store="$store" \
    --output="$work/output-workers" --template=templates/quarterly-report.xlsx \
    --broker="tcp://127.0.0.1:$port" >"$log" 2>&1
  measure "manager + 2 workers $1" "$log"
  stop_all
}

echo "rows $rows: $(du -sh "$input/billing" | cut -f1) of CSV in 12 monthly files; $(nproc) cores; JAVA_OPTS $JAVA_OPTS"
echo "| run                    | wall     | ingest ms | billing ms | load average (1, 5, 15 min) after |"
echo "|------------------------|----------|-----------|------------|------------------------------------|"
for n in $(seq 1 "$pairs"); do
  one_process "$n"
  two_workers "$n"
done
