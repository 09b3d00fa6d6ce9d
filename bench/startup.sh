#!/usr/bin/env bash
# Start-up (issue 16): time from `java -jar` to {"status":"UP"} on /actuator/health, and Spring's own
# "Started … in" figure, for (1) the first start on a fresh embedded H2 file (migrations and demo
# data), (2) a start on that existing database, (3) the same with a JDK AOT cache (JDK ≥ 25,
# README "Faster start-up") made by a training run that stops after the context is refreshed, (4) and
# (5) the first start and the existing database with a cache made by a complete training start (on a
# scratch database, with the demo data, stopped once healthy). Each start is stopped once healthy.
# Usage: bench/startup.sh [runs-per-case, default 2]; APP_ARGS adds application arguments to every start
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-2}
PORT=${BENCH_PORT:-18092}
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[5-9]|[3-9][0-9])" | sort | tail -1)}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package
"$JAVA" -Djarmode=tools -jar target/fahrplan.jar extract --destination "$WORK/app" >/dev/null
DB="--spring.datasource.url=jdbc:h2:file:$WORK/db;\${fahrplan.h2.options}"
echo "machine: $(nproc) cores, $(uname -r); java: $("$JAVA" -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

start() { # name [jvm options]; DB_URL= another database
  local name=$1; shift
  local t0; t0=$(date +%s%N)
  (cd "$WORK/app" && exec "$JAVA" -Xmx1g "$@" -jar fahrplan.jar --server.port="$PORT" "${DB_URL:-$DB}" ${APP_ARGS:-} > "$WORK/app.log" 2>&1) &
  echo $! > "$WORK/pid"
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.1; done
  echo "RESULT $name healthy=$(( ($(date +%s%N) - t0) / 1000000 ))ms spring=$(grep -a -o 'Started FahrplanApplication in [0-9.]*' "$WORK/app.log" | grep -o '[0-9.]*$')s"
  kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true
}

start first_start_with_demo_data
for i in $(seq 1 "$RUNS"); do start existing_database; done
(cd "$WORK/app" && "$JAVA" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar fahrplan.jar "$DB" > "$WORK/train.log" 2>&1)
for i in $(seq 1 "$RUNS"); do start existing_database_aot_cache -XX:AOTCache=app.aot; done
# the cache of a complete start: the JVM writes it when stopped (SIGTERM) after the training start
DB_URL="${DB/$WORK\/db/$WORK/training}" start training_start -XX:AOTCacheOutput=complete.aot > /dev/null
for i in $(seq 1 "$RUNS"); do
  DB_URL="${DB/$WORK\/db/$WORK/fresh$i}" start first_start_with_demo_data_complete_aot_cache -XX:AOTCache=complete.aot
done
for i in $(seq 1 "$RUNS"); do start existing_database_complete_aot_cache -XX:AOTCache=complete.aot; done
