#!/usr/bin/env bash
# Plan benchmark (issue 3): a "large city" plan – 1 strategy, 8 fields of action, 40 goals,
# MEASURES measures (default 1,000), 4 milestones and 7 budget years each, up to 300 dependencies –
# written through the API (the measure list through the import), then measured with wrk on
# loopback: plan tree page, filtered measure API, roadmap SVG, resource table, export, import.
# Usage: bench/plan.sh [seconds-per-scenario] ; MEASURES=100 bench/plan.sh for the small city;
# BENCH_DB=postgres uses 127.0.0.1:5432/fahrplan_bench as user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
N=${MEASURES:-1000}
PORT=${BENCH_PORT:-18081}
BASE=http://127.0.0.1:$PORT
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package
T='Authorization: Bearer fp_demo_beispielkreis_koordination'
J='Content-Type: application/json'

DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/db;\${fahrplan.h2.options};WRITE_DELAY=0")
if [ "${BENCH_DB:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc 'drop database if exists fahrplan_bench' -c 'create database fahrplan_bench'
  DB_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fahrplan_bench --spring.datasource.username=postgres)
fi
t_start=$(date +%s%N)
"$JAVA" -Xmx"${BENCH_XMX:-1g}" -jar target/fahrplan.jar --server.port="$PORT" --logging.level.root=WARN "${DB_ARGS[@]}" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
until curl -fs -H "$T" "$BASE/api/v1/bodies/current" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -r); java: $("$JAVA" -version 2>&1 | head -1); db: ${BENCH_DB:-h2}; measures: $N; heap: -Xmx${BENCH_XMX:-1g}"
echo "RESULT start_with_demo_data=$(( ($(date +%s%N) - t_start) / 1000000 ))ms"

# a new strategy in Beispielkreis (its demo strategy stays as it is)
V=$(curl -fs -H "$T" -H "$J" -d '{"title":"Großstadt-Benchmark","startYear":2025,"endYear":2031}' "$BASE/api/v1/strategies" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
F=()
for f in $(seq 1 8); do
  F+=($(curl -fs -H "$T" -H "$J" -d "{\"position\":$f,\"code\":\"HF $f\",\"title\":\"Handlungsfeld $f\"}" "$BASE/api/v1/strategy-versions/$V/fields-of-action" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2))
done
for g in $(seq 1 40); do
  curl -fs -o /dev/null -H "$T" -H "$J" -d "{\"code\":\"Z$g\",\"title\":\"Ziel $g\",\"fieldOfActionIds\":[${F[$(( (g - 1) % 8 ))]}]}" "$BASE/api/v1/strategy-versions/$V/goals"
done
# 15 % are sub-measures (of the measure before them, so chains of sub-projects occur, too)
{ echo "Kürzel;Titel;Ziele;Status;Geplanter Beginn;Geplantes Ende;Teilprojekt von"
  for i in $(seq 1 "$N"); do
    y=$(( 2025 + i % 6 )); case $(( i % 20 )) in 3|7|11) parent="M-$(( i - 1 ))" ;; *) parent="" ;; esac
    echo "M-$i;Maßnahme $i der Großstadt;Z$(( i % 40 + 1 ));$([ $((i % 3)) = 0 ] && echo 'in Umsetzung' || echo geplant);01.0$(( i % 9 + 1 )).$y;31.12.$(( y + i % 2 ));$parent"
  done
} > "$WORK/measures.csv"
t0=$(date +%s%N)
curl -fs -o /dev/null -H "$T" -F "file=@$WORK/measures.csv;type=text/csv" -F "strategyVersion=$V" "$BASE/api/v1/measure-imports"
echo "RESULT import_${N}_csv=$(( ($(date +%s%N) - t0) / 1000000 ))ms"
curl -fs -H "$T" "$BASE/api/v1/measures?strategyVersion=$V&size=200&page=0" > /dev/null
IDS=$(for p in $(seq 0 $(( (N - 1) / 200 ))); do curl -fs -H "$T" "$BASE/api/v1/measures?strategyVersion=$V&size=200&page=$p" | grep -o '"id":[0-9]*,"strategyVersionId"' | grep -o '[0-9]*' | head -200; done)
echo "$IDS" > "$WORK/ids"
t0=$(date +%s%N)
awk '{print $1}' "$WORK/ids" | xargs -P 4 -I{} sh -c '
  for q in 1 2 3 4; do curl -fs -o /dev/null -H "$0" -H "Content-Type: application/json" -d "{\"title\":\"Meilenstein $q\",\"plannedDate\":\"202$((5 + q))-06-30\"}" "$1/api/v1/measures/{}/milestones" || true; done
  for y in 2025 2026 2027 2028 2029 2030 2031; do curl -fs -o /dev/null -H "$0" -H "Content-Type: application/json" -d "{\"budgetYear\":$y,\"fteExisting\":0.25,\"consumptive\":12500.50,\"investive\":30000,\"budgetStatus\":\"APPROVED\"}" "$1/api/v1/measures/{}/resources"; done
' "$T" "$BASE"
echo "RESULT milestones_and_resources_written=$(( ($(date +%s%N) - t0) / 1000 / 1000 ))ms"
HALF=$(( N / 2 < 300 ? N / 2 : 300 ))
paste <(head -"$HALF" "$WORK/ids") <(sed -n "$(( HALF + 1 )),$(( 2 * HALF ))p" "$WORK/ids") | while read -r a b; do
  if [ -n "$b" ]; then curl -s -o /dev/null -H "$T" -H "$J" -d "{\"predecessorId\":$a}" "$BASE/api/v1/measures/$b/predecessors"; fi
done

cookie=$(login "$BASE" "$WORK/cookies" koordination@beispielkreis.example)
timed() { t0=$(date +%s%N); code=$(curl -s -o "$WORK/out" -w '%{http_code}' -H "$T" "$BASE$2"); echo "RESULT $1=$(( ($(date +%s%N) - t0) / 1000000 ))ms status=$code bytes=$(wc -c < "$WORK/out")"; }
timed export_csv "/api/v1/measures/export.csv?strategyVersion=$V"
timed export_xlsx "/api/v1/measures/export.xlsx?strategyVersion=$V"
cp "$WORK/out" "$WORK/export.xlsx"
timed roadmap_pdf "/api/v1/roadmap.pdf?strategyVersion=$V"
cp "$WORK/out" target/bench-roadmap.pdf
t0=$(date +%s%N)
curl -fs -o /dev/null -H "$T" -F "file=@$WORK/export.xlsx" -F "strategyVersion=$V" "$BASE/api/v1/measure-imports"
echo "RESULT reimport_${N}_xlsx=$(( ($(date +%s%N) - t0) / 1000000 ))ms"

run() { # name url [cookie] [auth]
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c2 -d5s -s bench/p95.lua "$BASE$2" >/dev/null
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c1 -d"${DURATION}s" -s bench/p95.lua "$BASE$2" | grep RESULT | sed "s/RESULT/RESULT $1/"
}
run plan_tree_page "/strategy-versions/$V/plan" "$cookie"
run plan_tree_filtered_page "/strategy-versions/$V/plan?status=IN_PROGRESS" "$cookie"
run measure_list_filtered_page_of_50 "/strategy-versions/$V/measures?status=IN_PROGRESS&page=1" "$cookie"
run measure_api_filtered_page_of_50 "/api/v1/measures?strategyVersion=$V&status=IN_PROGRESS&size=50&page=3" "" "Bearer fp_demo_beispielkreis_koordination"
run roadmap_svg "/api/v1/roadmap.svg?strategyVersion=$V" "" "Bearer fp_demo_beispielkreis_koordination"
run roadmap_pdf "/api/v1/roadmap.pdf?strategyVersion=$V" "" "Bearer fp_demo_beispielkreis_koordination"
run measure_page "/measures/$(sed -n "$(( N / 2 ))p" "$WORK/ids")" "$cookie"
run resource_table "/api/v1/resource-plan?strategyVersion=$V&groupBy=goal" "" "Bearer fp_demo_beispielkreis_koordination"
echo "RESULT resident_memory_after_run=$(( $(ps -o rss= -p "$(cat "$WORK/pid")") / 1024 ))MiB errors_in_log=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)"
