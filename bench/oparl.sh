#!/usr/bin/env bash
# OParl benchmark (issue 17): PAPERS papers (default 20,000; two thirds published, one third drafts)
# with three consultations each in Musterstadt's published committees, bulk-inserted on PostgreSQL
# (127.0.0.1:5432/fahrplan_bench, user postgres); then measured on loopback:
# - oparl_papers_page_of_100: a page of 100 papers with their embedded consultations (wrk, 1 conn.);
# - oparl_not_modified: a conditional GET (If-None-Match) of that page answered 304;
# - oparl_crawl: a client's crawl of every list of the body with limit=100 (objects incl. embedded
#   per second; the client is Python's urllib, one connection at a time).
# Usage: bench/oparl.sh [seconds-per-scenario]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
N=${PAPERS:-20000}
PORT=${BENCH_PORT:-18087}
BASE=http://127.0.0.1:$PORT
JDK=${JDK:-$(dirname "$(dirname "$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)")")}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package

psql -h 127.0.0.1 -U postgres -qc 'drop database if exists fahrplan_bench' -c 'create database fahrplan_bench'
"$JDK/bin/java" -Xmx1g -jar target/fahrplan.jar --server.port="$PORT" --logging.level.root=WARN \
  --fahrplan.reminders.cron=- --fahrplan.reports.warm-up=false \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fahrplan_bench --spring.datasource.username=postgres \
  > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
# the demo's API tokens are its last step: then its committees and papers are all there
until curl -fs -H 'Authorization: Bearer fp_demo_musterstadt_koordination' "$BASE/api/v1/bodies/current" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -r); java: $("$JDK/bin/java" -version 2>&1 | head -1); db: postgres; papers: $N; load: $(cut -d' ' -f1-3 /proc/loadavg)"

t0=$(date +%s%N)
bulk_papers musterstadt "$N" HDA HA Bürgerschaft
echo "RESULT oparl_papers_${N}_inserted=$(( ($(date +%s%N) - t0) / 1000000 ))ms consultations=$(( 3 * N ))"

PAGE="/oparl/v1/bodies/musterstadt/papers?limit=100&after=$(psql -h 127.0.0.1 -U postgres -d fahrplan_bench -tAc "select min(id) + $N / 2 from paper where reference like 'BULK/%'")"
echo "RESULT oparl_page_objects=$(curl -fs "$BASE$PAGE" | grep -o '"type":"https://schema.oparl.org/1.1/[A-Za-z]*"' | sort | uniq -c | awk '{printf "%s%s:%s", sep, $2, $1; sep=","}' | sed 's#"type":"https://schema.oparl.org/1.1/##g; s#"##g')"
run() { # name url [header]
  WRK_HEADER="${3:-}" wrk -t1 -c2 -d5s -s bench/p95.lua "$BASE$2" >/dev/null
  WRK_HEADER="${3:-}" wrk -t1 -c1 -d"${DURATION}s" -s bench/p95.lua "$BASE$2" | grep RESULT | sed "s/RESULT/RESULT $1/"
}
run oparl_papers_page_of_100 "$PAGE"
ETAG=$(curl -fs -D - -o /dev/null "$BASE$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "RESULT oparl_not_modified_status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$BASE$PAGE")"
run oparl_not_modified "$PAGE" "If-None-Match: $ETAG"

python3 - "$BASE" <<'PY'
import json, sys, time, urllib.request
base = sys.argv[1]
def get(url):
    with urllib.request.urlopen(url) as r:
        return json.load(r)
start = time.monotonic()
objects = requests = 0
body = get(base + "/oparl/v1/bodies/musterstadt")
for key in ("organization", "person", "membership", "meeting", "agendaItem", "paper", "consultation", "file"):
    url = body[key] + "?limit=100"
    while url:
        page = get(url)
        requests += 1
        for o in page["data"]:
            objects += 1
            for embedded in ("membership", "agendaItem", "consultation", "auxiliaryFile"):
                objects += sum(1 for e in o.get(embedded, []) if isinstance(e, dict))
        url = page.get("links", {}).get("next")
seconds = time.monotonic() - start
print(f"RESULT oparl_crawl objects={objects} requests={requests} seconds={seconds:.1f} objects_per_second={objects / seconds:.0f}")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
