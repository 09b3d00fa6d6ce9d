#!/usr/bin/env bash
# Council benchmark (issue 14): PAPERS papers (default 20,000) with three consultations each in
# Landkreis Beispielkreis, written through the API; then measured on loopback: the paper list with
# filters (page and API, wrk p50/p95), one paper as PDF, 100 papers created at the same moment
# (numbers without gap or duplicate, no error), and the strategy document of a MEASURES-measure
# version (default 1,000) as PDF.
# Usage: BENCH_DB=postgres bench/council.sh [seconds-per-scenario] (127.0.0.1:5432/fahrplan_bench as
# user postgres; the papers are bulk-inserted); on H2 the papers go through the API – PAPERS=2000
# keeps that to about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
N=${PAPERS:-20000}
M=${MEASURES:-1000}
PORT=${BENCH_PORT:-18083}
BASE=http://127.0.0.1:$PORT
JDK=${JDK:-$(dirname "$(dirname "$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)")")}
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
"$JDK/bin/java" -Xmx1g -jar target/fahrplan.jar --server.port="$PORT" --logging.level.root=WARN \
  --fahrplan.reminders.cron=- --fahrplan.reports.warm-up=false "${DB_ARGS[@]}" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
until curl -fs -H "$T" "$BASE/api/v1/bodies/current" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -r); java: $("$JDK/bin/java" -version 2>&1 | head -1); db: ${BENCH_DB:-h2}; papers: $N; measures: $M; load: $(cut -d' ' -f1-3 /proc/loadavg)"

orgs=$(curl -fs -H "$T" "$BASE/api/v1/organizations?size=200")
org() { echo "$orgs" | grep -o "\"id\":[0-9]*,\"name\":\"[^\"]*\",\"shortName\":\"$1\"" | first_id; }
AFP=$(org AFP); KA=$(org KA); KT=$(org KT)

# PAPERS papers over eight years, four types, three consultations each (one deciding). On
# PostgreSQL in bulk (bench/lib.sh bulk_papers; creating papers is measured below); on H2 through
# the API, 4 in parallel.
t0=$(date +%s%N)
if [ "${BENCH_DB:-h2}" = postgres ]; then
  bulk_papers beispielkreis "$N" AFP KA KT
else
  seq 1 "$N" | xargs -P 4 -I{} sh -c '
    i={}; year=$(( 2019 + i % 8 )); month=$(( i % 12 + 1 ))
    case $(( i % 4 )) in 0) type=Beschlussvorlage ;; 1) type=Mitteilungsvorlage ;; 2) type=Informationsvorlage ;; *) type=Antrag ;; esac
    case $(( i % 5 )) in 0) word=Breitband ;; 1) word=Schulen ;; 2) word=Onlinedienste ;; 3) word=Rechenzentrum ;; *) word=Personal ;; esac
    p=$(curl -fs -H "$0" -H "Content-Type: application/json" -d "{\"paperType\":\"$type\",\"date\":\"$year-$(printf %02d $month)-15\",\"subject\":\"$word: Vorlage $i\",\"publicPaper\":true}" "$1/api/v1/papers" | grep -o "\"id\":[0-9]*" | head -1 | cut -d: -f2)
    for c in "$2:PRELIMINARY:false" "$3:PRELIMINARY:false" "$4:DECISION:true"; do
      curl -fs -o /dev/null -H "$0" -H "Content-Type: application/json" -d "{\"organizationId\":${c%%:*},\"role\":\"$(echo $c | cut -d: -f2)\",\"publicSession\":${c##*:}}" "$1/api/v1/papers/$p/consultations"
    done
  ' "$T" "$BASE" "$AFP" "$KA" "$KT"
fi
echo "RESULT papers_${N}_written=$(( ($(date +%s%N) - t0) / 1000000 ))ms consultations=$(( 3 * N )) via=$([ "${BENCH_DB:-h2}" = postgres ] && echo sql || echo api)"

# 100 papers at the same moment: every one created, numbers consecutive without duplicates
seq 1 100 | xargs -P 100 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "$T" -H "$J" \
  -d '{"paperType":"Anfrage","date":"2027-02-01","subject":"Gleichzeitig {}"}' "$BASE/api/v1/papers" > "$WORK/codes"
created=$(grep -c '^201$' "$WORK/codes" || true)
curl -fs -H "$T" "$BASE/api/v1/papers?q=gleichzeitig&size=100" | grep -o '"reference":"[^"]*"' | cut -d'"' -f4 | sort > "$WORK/refs"
distinct=$(sort -u "$WORK/refs" | wc -l)
counters=$(sed 's/.*\///' "$WORK/refs" | sort -n | awk 'NR==1{first=$1} {last=$1} END{print last - first + 1}')
echo "RESULT concurrent_100_creations created=$created errors=$(( 100 - created )) distinct_numbers=$distinct counter_span=$counters"

cookie=$(login "$BASE" "$WORK/cookies" koordination@beispielkreis.example)
run() { # name url [cookie] [auth]
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c2 -d5s -s bench/p95.lua "$BASE$2" >/dev/null
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c1 -d"${DURATION}s" -s bench/p95.lua "$BASE$2" | grep RESULT | sed "s/RESULT/RESULT $1/"
}
A="Bearer fp_demo_beispielkreis_koordination"
run paper_list_page "/papers" "$cookie"
run paper_list_page_filtered "/papers?q=breitband&type=Beschlussvorlage&committee=$KA&state=DRAFT" "$cookie"
run paper_list_api_filtered "/api/v1/papers?q=breitband&type=Beschlussvorlage&committee=$KA&state=DRAFT&size=50" "" "$A"
run paper_list_api_last_page "/api/v1/papers?size=50&page=$(( N / 50 - 1 ))" "" "$A"
run meeting_list_page "/meetings?past=true" "$cookie"

timed() { t0=$(date +%s%N); code=$(curl -s -o "$WORK/out" -w '%{http_code}' -H "$T" "$BASE$2"); echo "RESULT $1=$(( ($(date +%s%N) - t0) / 1000000 ))ms status=$code bytes=$(wc -c < "$WORK/out")"; }
P=$(curl -fs -H "$T" "$BASE/api/v1/papers?q=breitband&size=1" | first_id)
timed paper_pdf_first "/api/v1/papers/$P.pdf"
for i in 1 2 3 4 5; do timed paper_pdf "/api/v1/papers/$P.pdf"; done

# the strategy document of an M-measure draft (8 fields, 40 goals, imported in one CSV)
V=$(curl -fs -H "$T" -H "$J" -d '{"title":"Großstadt-Strategie","startYear":2025,"endYear":2031}' "$BASE/api/v1/strategies" | first_id)
F=()
for f in $(seq 1 8); do
  F+=($(curl -fs -H "$T" -H "$J" -d "{\"position\":$f,\"code\":\"HF $f\",\"title\":\"Handlungsfeld $f\"}" "$BASE/api/v1/strategy-versions/$V/fields-of-action" | first_id))
done
for g in $(seq 1 40); do
  curl -fs -o /dev/null -H "$T" -H "$J" -d "{\"code\":\"Z$g\",\"title\":\"Ziel $g\",\"fieldOfActionIds\":[${F[$(( (g - 1) % 8 ))]}]}" "$BASE/api/v1/strategy-versions/$V/goals"
done
{ echo "Kürzel;Titel;Ziele;Status;Geplanter Beginn;Geplantes Ende"
  for i in $(seq 1 "$M"); do echo "M-$i;Maßnahme $i der Großstadt;Z$(( i % 40 + 1 ));in Umsetzung;01.01.2025;31.12.2029"; done
} > "$WORK/measures.csv"
curl -fs -o /dev/null -H "$T" -F "file=@$WORK/measures.csv;type=text/csv" -F "strategyVersion=$V" "$BASE/api/v1/measure-imports"
# the first renders after start warm the PDF engine up (the bench starts without the report
# warm-up the application does at start); the steady state is what a running server answers
timed "strategy_document_pdf_${M}_measures_first" "/api/v1/strategy-versions/$V/document.pdf"
for i in 2 3 4 5 6; do timed "strategy_document_pdf_${M}_measures_$i" "/api/v1/strategy-versions/$V/document.pdf"; done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
