#!/usr/bin/env bash
# OParl import benchmark (issue 17): PAPERS papers (default 20,000; two thirds published) with
# three consultations each are bulk-inserted into Musterstadt (PostgreSQL 127.0.0.1:5432/fahrplan_bench,
# user postgres); then the Beispielkreis imports Musterstadt's own OParl server over loopback (a full
# run, 100 requests per second allowed, file contents are never fetched by the import), twice:
# - oparl_import_static_*: the first import, from Musterstadt's answers crawled once and served by a
#   small loopback server (so Fahrplan's own server does not share the two cores): papers per second
#   of the run (committees, meetings and the papers' consultations included), outcome and counts;
# - oparl_reimport_own_server_*: a second full run straight from Fahrplan's own OParl server (every
#   paper is known then: all updates);
# - *_heap_mib: used heap sampled every second during the run (flat: no state grows per paper).
# Usage: bench/oparl-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N=${PAPERS:-20000}
PORT=${BENCH_PORT:-18088}
BASE=http://127.0.0.1:$PORT
KREIS='Authorization: Bearer fp_demo_beispielkreis_koordination'
JDK=${JDK:-$(dirname "$(dirname "$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)")")}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package

psql -h 127.0.0.1 -U postgres -qc 'drop database if exists fahrplan_bench' -c 'create database fahrplan_bench'
"$JDK/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/fahrplan.jar --server.port="$PORT" --logging.level.root=WARN \
  --fahrplan.reminders.cron=- --fahrplan.oparl-import.cron=- --fahrplan.reports.warm-up=false \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fahrplan_bench --spring.datasource.username=postgres \
  > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
until curl -fs -H "$KREIS" "$BASE/api/v1/bodies/current" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -r); java: $("$JDK/bin/java" -version 2>&1 | head -1); db: postgres; papers: $N; load: $(cut -d' ' -f1-3 /proc/loadavg)"
bulk_papers musterstadt "$N" HDA HA Bürgerschaft

# Musterstadt's OParl answers, crawled once and served from memory by a loopback server (port+1):
# the import is measured without Fahrplan's own server sharing the two cores
STATIC=http://127.0.0.1:$((PORT + 1))
python3 - "$BASE" "$((PORT + 1))" "$WORK/static.pid" <<'PY' &
import json, os, sys, threading, urllib.request
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
base, port, pidfile = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = {}
def get(url):
    with urllib.request.urlopen(url) as r:
        body = r.read()
    pages[url[len(base):]] = body
    return json.loads(body)
system = get(base + "/oparl/v1/system")
get(system["body"])
body = get(base + "/oparl/v1/bodies/musterstadt")
for key in ("organization", "meeting", "paper", "person"):
    url = body[key]
    while url:
        url = get(url).get("links", {}).get("next")
class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        page = pages.get(self.path)
        self.send_response(200 if page else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(page or b"")))
        self.end_headers()
        self.wfile.write(page or b"")
    def log_message(self, *args):
        pass
with open(pidfile, "w") as f:
    f.write(str(os.getpid()))
ThreadingHTTPServer(("127.0.0.1", port), Pages).serve_forever()
PY
until curl -fs "$STATIC/oparl/v1/system" >/dev/null 2>&1; do sleep 0.5; done
trap 'kill $(cat "$WORK/pid" "$WORK/static.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT

heap() { "$JDK/bin/jcmd" "$(cat "$WORK/pid")" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | awk '{print int($2 / 1024)}'; }
import_run() { # name rewrite-rule
  curl -fs -X PUT -H "$KREIS" -H 'Content-Type: application/json' "$BASE/api/v1/oparl-import" \
    -d "$(curl -fs -H "$KREIS" "$BASE/api/v1/oparl-import" | python3 -c '
import json, sys
s = json.load(sys.stdin)["settings"] or {}
s.update(systemUrl=sys.argv[1] + "/oparl/v1/system", bodyUrl=sys.argv[1] + "/oparl/v1/bodies/musterstadt",
         requestsPerSecond=100, fullEveryDays=7, rewriteRules=sys.argv[2])
print(json.dumps(s))' "$BASE" "$2")" >/dev/null
  curl -fs -X POST -H "$KREIS" "$BASE/api/v1/oparl-import/runs?full=true" >/dev/null
  samples=()
  while curl -fs -H "$KREIS" "$BASE/api/v1/oparl-import" | grep -q '"running":true'; do
    samples+=("$(heap)"); sleep 1
  done
  curl -fs -H "$KREIS" "$BASE/api/v1/oparl-import" | python3 -c '
import json, sys
from datetime import datetime
run = json.load(sys.stdin)["runs"][0]
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
secs = (t(run["finished"]) - t(run["started"])).total_seconds()
name = sys.argv[1]
print("RESULT %s_outcome=%s papers=%d meetings=%d committees=%d requests=%d problems=%d seconds=%.1f" % (
    name, run["outcome"], run["papers"], run["meetings"], run["organizations"], run["requests"], run["problems"], secs))
print("RESULT %s_papers_per_s=%.0f" % (name, run["papers"] / secs))' "$1"
  echo "RESULT $1_heap_mib=${samples[*]:-none}"
}
# 1. new papers, from the static loopback server; 2. everything again (all updates), from Fahrplan's own server
import_run oparl_import_static "$BASE/oparl/v1 => $STATIC/oparl/v1"
import_run oparl_reimport_own_server ""
