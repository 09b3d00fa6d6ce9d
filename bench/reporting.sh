#!/usr/bin/env bash
# Reporting benchmark (issue 4): a large city's reporting history – MEASURES measures (default
# 1,000, all running, 3 milestones – one in ten overdue – and 2 budget years each) in a strategy in force, ROUNDS closed
# quarterly rounds (default 40 = 40,000 status updates, each written and submitted through the API,
# each round closed with its frozen progress report) – then measured on loopback: submitting an
# update (p50/p95 over every measure of the next round), the dashboard page and API (wrk), and the
# progress report of MEASURES measures as PDF/ODT/DOCX with the heap sampled while it renders.
# Usage: bench/reporting.sh [seconds-per-scenario]; MEASURES=100 ROUNDS=4 bench/reporting.sh for
# a small city; BENCH_DB=postgres uses 127.0.0.1:5432/fahrplan_bench as user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
N=${MEASURES:-1000}
ROUNDS=${ROUNDS:-40}
PORT=${BENCH_PORT:-18082}
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
  --fahrplan.reminders.cron=- "${DB_ARGS[@]}" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
until curl -fs -H "$T" "$BASE/api/v1/bodies/current" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -r); java: $("$JDK/bin/java" -version 2>&1 | head -1); db: ${BENCH_DB:-h2}; measures: $N; rounds: $ROUNDS"

# a strategy 2016–2030 in Beispielkreis: 8 fields of action, 40 goals, N running measures
V=$(curl -fs -H "$T" -H "$J" -d '{"title":"Großstadt-Berichtswesen","startYear":2016,"endYear":2030}' "$BASE/api/v1/strategies" | first_id)
S=$(curl -fs -H "$T" "$BASE/api/v1/strategy-versions/$V" | grep -o '"strategyId":[0-9]*' | cut -d: -f2)
F=()
for f in $(seq 1 8); do
  F+=($(curl -fs -H "$T" -H "$J" -d "{\"position\":$f,\"code\":\"HF $f\",\"title\":\"Handlungsfeld $f\"}" "$BASE/api/v1/strategy-versions/$V/fields-of-action" | first_id))
done
for g in $(seq 1 40); do
  curl -fs -o /dev/null -H "$T" -H "$J" -d "{\"code\":\"Z$g\",\"title\":\"Ziel $g\",\"fieldOfActionIds\":[${F[$(( (g - 1) % 8 ))]}]}" "$BASE/api/v1/strategy-versions/$V/goals"
done
{ echo "Kürzel;Titel;Ziele;Status;Geplanter Beginn;Geplantes Ende"
  for i in $(seq 1 "$N"); do echo "M-$i;Maßnahme $i der Großstadt;Z$(( i % 40 + 1 ));in Umsetzung;01.01.2016;31.12.2030"; done
} > "$WORK/measures.csv"
curl -fs -o /dev/null -H "$T" -F "file=@$WORK/measures.csv;type=text/csv" -F "strategyVersion=$V" "$BASE/api/v1/measure-imports"
for p in $(seq 0 $(( (N - 1) / 200 ))); do
  curl -fs -H "$T" "$BASE/api/v1/measures?strategyVersion=$V&size=200&page=$p" | grep -o '"id":[0-9]*,"strategyVersionId"' | grep -o '[0-9]*'
done > "$WORK/ids"
xargs -P 4 -I{} sh -c '
  # every tenth measure has an overdue milestone (2026-03-31), the others are due from 2027 on
  first=$([ $(( {} % 10 )) = 0 ] && echo 2026-03-31 || echo 2027-03-31)
  for d in "$first" 2028-06-30 2029-06-30; do curl -fs -o /dev/null -H "$0" -H "Content-Type: application/json" -d "{\"title\":\"Meilenstein $d\",\"plannedDate\":\"$d\"}" "$1/api/v1/measures/{}/milestones"; done
  for y in 2025 2026; do curl -fs -o /dev/null -H "$0" -H "Content-Type: application/json" -d "{\"budgetYear\":$y,\"fteExisting\":0.5,\"consumptive\":12500.50,\"investive\":30000,\"budgetStatus\":\"APPROVED\"}" "$1/api/v1/measures/{}/resources"; done
' "$T" "$BASE" < "$WORK/ids"
KT=$(curl -fs -H "$T" "$BASE/api/v1/organizations?size=200" | grep -o '"id":[0-9]*,"name":"Kreistag"' | first_id)
curl -fs -o /dev/null -H "$T" -H "$J" -H 'If-Match: "0"' -d "{\"adoptedOn\":\"2016-01-01\",\"adoptedById\":$KT,\"inForceFrom\":\"2016-01-01\"}" "$BASE/api/v1/strategy-versions/$V/adoption"
curl -fs -o /dev/null -H "$T" -H 'If-Match: "1"' -X POST "$BASE/api/v1/strategy-versions/$V/in-force"

# the history: ROUNDS quarters from Q4/2016 on, every update written and submitted, rounds closed
period() { local q=$(( 3 + $1 )); echo "Q$(( q % 4 + 1 ))/$(( 2016 + q / 4 ))"; }
open_round() {
  R=$(curl -fs -H "$T" -H "$J" -d "{\"strategyVersionId\":$V,\"period\":\"$1\",\"confirmPastDueDate\":true}" "$BASE/api/v1/reporting-rounds" | first_id)
  for p in $(seq 0 $(( (N - 1) / 200 ))); do curl -fs -H "$T" "$BASE/api/v1/reporting-rounds/$R/status-updates?size=200&page=$p"; done \
    | grep -o '"id":[0-9]*,"roundId"' | grep -o '[0-9]*' > "$WORK/updates"
}
write() { # writes (and submits) every update of the round in $WORK/updates, 4 in parallel; $1: year
  xargs -P 4 -I{} sh -c '
    light=$(( {} % 10 )); case $light in 0) l=CRITICAL ;; 1|2) l=AT_RISK ;; 3) l=COMPLETED ;; *) l=ON_TRACK ;; esac
    curl -fs -o /dev/null -X PUT -H "$0" -H "Content-Type: application/json" -H "If-Match: \"0\"" \
      -d "{\"trafficLight\":\"$l\",\"progress\":$(( {} % 100 )),\"explanation\":\"Erläuterung\",\"achieved\":\"Arbeitspakete umgesetzt\",\"nextSteps\":\"weiter\",\"spending\":[{\"budgetYear\":$2,\"spent\":1000}]}" "$1/api/v1/status-updates/{}"
    curl -fs -o /dev/null -X POST -H "$0" -H "If-Match: \"1\"" "$1/api/v1/status-updates/{}/submit"
  ' "$T" "$BASE" "$1" < "$WORK/updates"
}
t0=$(date +%s%N)
for r in $(seq 0 $(( ROUNDS - 1 ))); do
  open_round "$(period "$r")"
  write "$(period "$r" | cut -d/ -f2)"
  curl -fs -o /dev/null -H "$T" -H 'If-Match: "0"' -X POST "$BASE/api/v1/reporting-rounds/$R/close?submitted=ACCEPT"
done
echo "RESULT history_${ROUNDS}_rounds_written=$(( ($(date +%s%N) - t0) / 1000000 ))ms updates=$(( ROUNDS * N ))"

# autovacuum is off on these machines (and slow to start elsewhere); a production server would have analysed the
# tables by now, so the planner gets its statistics as it would there
if [ "${BENCH_DB:-h2}" = postgres ]; then psql -h 127.0.0.1 -U postgres -d fahrplan_bench -qc analyze; fi

# the next round: every owner saves, then each submit is timed alone
open_round "$(period "$ROUNDS")"
while read -r u; do
  curl -fs -o /dev/null -X PUT -H "$T" -H "$J" -H 'If-Match: "0"' -d '{"trafficLight":"ON_TRACK","progress":50}' "$BASE/api/v1/status-updates/$u"
done < "$WORK/updates"
while read -r u; do
  curl -fs -o /dev/null -w '%{time_total}\n' -X POST -H "$T" -H 'If-Match: "1"' "$BASE/api/v1/status-updates/$u/submit"
done < "$WORK/updates" | sort -n > "$WORK/submits"
count=$(wc -l < "$WORK/submits")
pct() { sed -n "$(( (count * $1 + 99) / 100 ))p" "$WORK/submits" | awk '{printf "%.1fms", $1 * 1000}'; }
echo "RESULT submit_update p50=$(pct 50) p95=$(pct 95) p99=$(pct 99) requests=$count"

cookie=$(login "$BASE" "$WORK/cookies" koordination@beispielkreis.example)
run() { # name url [cookie] [auth]
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c2 -d5s -s bench/p95.lua "$BASE$2" >/dev/null
  WRK_COOKIE="${3:-}" WRK_AUTH="${4:-}" wrk -t1 -c1 -d"${DURATION}s" -s bench/p95.lua "$BASE$2" | grep RESULT | sed "s/RESULT/RESULT $1/"
}
run dashboard_page "/strategy-versions/$V/dashboard" "$cookie"
run dashboard_api "/api/v1/strategy-versions/$V/dashboard" "" "Bearer fp_demo_beispielkreis_koordination"

# the newest report: PDF, ODT and DOCX; the heap is sampled every 50 ms while the PDF renders
REPORT=$(curl -fs -H "$T" "$BASE/api/v1/strategies/$S/progress-reports" | first_id)
"$JDK/bin/jcmd" "$(cat "$WORK/pid")" GC.run > /dev/null
"$JDK/bin/jstat" -gc "$(cat "$WORK/pid")" 50 > "$WORK/gc" &
SAMPLER=$!
timed() { t0=$(date +%s%N); code=$(curl -s -o "$WORK/out" -w '%{http_code}' -H "$T" "$BASE$2"); echo "RESULT $1=$(( ($(date +%s%N) - t0) / 1000000 ))ms status=$code bytes=$(wc -c < "$WORK/out")"; }
timed "report_pdf_${N}_measures" "/api/v1/progress-reports/$REPORT.pdf"
kill $SAMPLER
# jstat -gc columns: S0U S1U EU OU are 3, 4, 6, 8 (KB)
awk 'NR > 1 { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "RESULT heap_peak_during_pdf=%.0fMB (-Xmx1g)\n", max }' "$WORK/gc"
# the next download is served from the file kept at the first one
timed "report_pdf_${N}_measures_kept" "/api/v1/progress-reports/$REPORT.pdf"
# the warm figure: the report of the round before, rendered by a JVM that has rendered one already
PREVIOUS=$(curl -fs -H "$T" "$BASE/api/v1/strategies/$S/progress-reports" | grep -o '"id":[0-9]*' | sed -n 2p | cut -d: -f2)
timed "report_pdf_${N}_measures_warm" "/api/v1/progress-reports/$PREVIOUS.pdf"
timed "report_odt_${N}_measures" "/api/v1/progress-reports/$REPORT.odt"
timed "report_docx_${N}_measures" "/api/v1/progress-reports/$REPORT.docx"
