#!/usr/bin/env bash
# Foundation benchmark (issue 2): start-up time and heap of `java -jar` with the demo data, then a
# municipality with 400 org units and 3,000 persons (loaded through the CSV import), measured with
# wrk on loopback: org-unit tree page, person list page, person API (page of 100).
# Usage: bench/foundation.sh [seconds-per-scenario]   (needs wrk; runs on the embedded H2 by default,
# BENCH_DB=postgres uses 127.0.0.1:5432/fahrplan_bench as user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-20}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }

DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/db;\${fahrplan.h2.options};WRITE_DELAY=0")
if [ "${BENCH_DB:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc 'drop database if exists fahrplan_bench' -c 'create database fahrplan_bench'
  DB_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fahrplan_bench --spring.datasource.username=postgres)
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); java: $("$JAVA" -version 2>&1 | head -1); db: ${BENCH_DB:-h2}"
start=$(date +%s%N)
"$JAVA" -Xmx1g -jar target/fahrplan.jar --server.port="$PORT" --logging.level.root=WARN "${DB_ARGS[@]}" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
until curl -fs "$BASE/actuator/health" | grep -q '"UP"'; do sleep 0.05; done
healthy=$(( ($(date +%s%N) - start) / 1000000 ))
# the demo data is written by a runner right after start: wait for it
until curl -fs -H 'Authorization: Bearer fp_demo_musterstadt_koordination' "$BASE/api/v1/bodies/current" >/dev/null; do sleep 0.05; done
"$(dirname "$JAVA")/jcmd" "$(cat "$WORK/pid")" GC.run >/dev/null
heap=$("$(dirname "$JAVA")/jcmd" "$(cat "$WORK/pid")" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
echo "RESULT startup_to_healthy=${healthy}ms heap_after_start_and_gc=$((heap / 1024))MB"

# --- a large municipality: 400 org units, 3,000 persons, through the import pages ------------------
{ echo "Kennung;Bezeichnung;Übergeordnet"
  for f in $(seq 1 8); do echo "B$f;Fachbereich $f;"; for a in $(seq 1 49); do echo "B$f.$a;Amt $a im Fachbereich $f;B$f"; done; done
} > "$WORK/units.csv"   # 8 + 392 = 400
{ echo "Vorname;Nachname;Funktion;E-Mail;Telefon;Organisationseinheit"
  for i in $(seq 1 3000); do echo "Vorname$i;Nachname$i;Sachbearbeitung;person$i@bench.example;0451 122-$i;B$(( i % 8 + 1 )).$(( i % 49 + 1 ))"; done
} > "$WORK/persons.csv"
jar="$WORK/cookies"
cookie=$(login "$BASE" "$jar" koordination@musterstadt.example)
for kind in ORG_UNITS PERSONS; do
  file=$([ $kind = ORG_UNITS ] && echo "$WORK/units.csv" || echo "$WORK/persons.csv")
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/imports/organisation" | csrf)
  t0=$(date +%s%N)
  curl -s -c "$jar" -b "$jar" -o "$WORK/preview.html" -F "kind=$kind" -F "file=@$file;type=text/csv" "$BASE/imports/organisation/preview?_csrf=$token"
  token=$(csrf < "$WORK/preview.html")
  code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' -d "_csrf=$token" "$BASE/imports/organisation/apply")
  echo "RESULT import_$kind=$(( ($(date +%s%N) - t0) / 1000000 ))ms http=$code"
done
curl -s -H "Cookie: $cookie" "$BASE/org-units" | grep -c 'app-depth' | sed 's/^/rows in org-unit tree page: /'

run() { # name url [cookie] [auth]: once with 1 connection (server time), once with 4 (2 cores saturated)
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c2 -d5s -s bench/p95.lua "$BASE$2" >/dev/null   # warm-up (JIT)
  for c in 1 4; do
    WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c$c -d"${DURATION}s" -s bench/p95.lua "$BASE$2" | grep RESULT | sed "s/RESULT/RESULT $1 connections=$c/"
  done
}
run org_unit_tree_page /org-units "$cookie"
run person_list_page "/persons?page=30" "$cookie"
run person_api_page_of_100 "/api/v1/persons?size=100&page=10" "" "Bearer fp_demo_musterstadt_koordination"
run person_api_search "/api/v1/persons?q=nachname12&size=100" "" "Bearer fp_demo_musterstadt_koordination"
