#!/usr/bin/env bash
# Fahrplan side by side with the peer (issue 16): Redmine 5 from Debian's packages, installed and
# loaded with its 1,000-item plan by ../shared/bench/redmine/, and Fahrplan loaded with the same plan
# (1,000 measures, 100 of them sub-measures, ~200 finish-to-start dependencies, four closed
# quarterly rounds of status updates, the plan in force) – one Fahrplan per database in
# FAHRPLAN_DBS. The scenarios a–g run interleaved: scenario by scenario, one system after the other,
# REPS repetitions of N requests each (one curl per request, time_total). It prints the ratio table
# (Redmine ÷ Fahrplan by median; above 1 means Fahrplan is faster) and the figures behind it.
#
# Usage, as root: bench/side-by-side.sh [-o FILE]
#   N=10 REPS=3 WARM=3 (requests per scenario and repetition, repetitions, untimed warm-ups)
#   WARM_SECONDS=30 (and the HTML pages a and c requested for as long, on every system)
#   FAHRPLAN_DBS="h2 postgres" BENCH_XMX=384m FAHRPLAN_JAVA_OPTS=… WRK_SECONDS=20 REDMINE_PORT=3000
#   SETTLE=30 (at most as many seconds waited for a quiet machine before each system's timing)
# Takes ~25 min on 2 cores (15 of them loading the two Fahrplan servers through the API), more the
# first time, when Redmine is installed and loaded (~3 min). Redmine keeps running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N=${N:-10}; REPS=${REPS:-3}; WARM=${WARM:-3}; WARM_SECONDS=${WARM_SECONDS:-30}; WRK_SECONDS=${WRK_SECONDS:-20}
SETTLE=${SETTLE:-30}
DBS=${FAHRPLAN_DBS:-h2 postgres}
XMX=${BENCH_XMX:-384m}
REDMINE_DIR=$(cd ../shared/bench/redmine && pwd)
REDMINE_PORT=${REDMINE_PORT:-3000}
STATE_DIR=${STATE_DIR:-/var/lib/redmine-bench}
OUTFILE=""
[ "${1:-}" = -o ] && OUTFILE=$2
[ "$(id -u)" = 0 ] || { echo "run as root (Redmine's harness installs Debian packages)" >&2; exit 1; }
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path "*bin/java" | grep -E -- "-(2[1-9]|[3-9][0-9])" | sort | tail -1)}
WORK=$(mktemp -d)
trap 'for p in "$WORK"/pid.*; do kill "$(cat "$p")" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
[ -f target/fahrplan.jar ] || ./mvnw -q -B -DskipTests package
H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)
log() { echo "$(date -u +%H:%M:%S) $*" >&2; }

# ------------------------------------------------------------------------------------ Redmine
log "Redmine: install/start and load (../shared/bench/redmine)"
(cd "$REDMINE_DIR" && ./setup.sh "$REDMINE_PORT" > "$WORK/redmine-setup.log" 2>&1 && ./load.sh > "$WORK/redmine-load.log" 2>&1) \
  || { tail -20 "$WORK"/redmine-*.log >&2; exit 1; }
R=http://127.0.0.1:$REDMINE_PORT
KEY=$(cat "$STATE_DIR/api_key")
rapi() { curl -gfsS -H "X-Redmine-API-Key: $KEY" "$R$1"; }
PROJ=digitalstrategie-musterstadt
CF=$(rapi /custom_fields.json | grep -o '{"id":[0-9]*,"name":"Zielcode"' | grep -o '[0-9]*' | head -1)
PROJECT_ID=$(rapi "/projects/$PROJ.json" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
ISSUE=$(rapi "/issues.json?project_id=$PROJECT_ID&status_id=*&subject=~M-0500&limit=1" | grep -o '"issues":\[{"id":[0-9]*' | grep -o '[0-9]*$')
curl -fsS -c "$WORK/redmine.jar" -b "$WORK/redmine.jar" "$R/login" > "$WORK/login.html"
TOKEN=$(grep -o 'name="authenticity_token" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -fsS -o /dev/null -c "$WORK/redmine.jar" -b "$WORK/redmine.jar" --data-urlencode "authenticity_token=$TOKEN" \
  --data-urlencode username=admin --data-urlencode password=admin "$R/login"
ALL="set_filter=1&f[]=status_id&op[status_id]=*"
COLS="c[]=tracker&c[]=status&c[]=priority&c[]=subject&c[]=category&c[]=fixed_version&c[]=start_date&c[]=due_date&c[]=done_ratio&c[]=cf_$CF"
declare -A URL HOW BASE PORTS
URL[redmine.a]="/projects/$PROJ/issues?$ALL&f[]=cf_$CF&op[cf_$CF]==&v[cf_$CF][]=C&sort=id&per_page=50&$COLS"
URL[redmine.b]="/issues.json?limit=100&include=relations"
URL[redmine.c]="/issues/$ISSUE"
URL[redmine.d]="/projects/$PROJ/issues.csv?$ALL&c[]=all_inline&c[]=description&encoding=UTF-8"
URL[redmine.e]="/projects/$PROJ/issues/gantt.pdf?$ALL&month=1&year=2024&months=84"
URL[redmine.f]="/projects/$PROJ/issues.pdf?$ALL&sort=id&$COLS"
BASE[redmine]=$R
for s in a c d e f; do HOW[redmine.$s]="cookie=$WORK/redmine.jar"; done
HOW[redmine.b]="header=X-Redmine-API-Key: $KEY"

# ------------------------------------------------------------------------------------ Fahrplan
T='Authorization: Bearer fp_demo_beispielkreis_koordination'
J='Content-Type: application/json'

start_fahrplan() { # name port
  local name=$1 port=$2 db
  if [ "$name" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -qc 'drop database if exists fahrplan_side' -c 'create database fahrplan_side'
    db=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fahrplan_side --spring.datasource.username=postgres)
  else # AUTO_SERVER: the benchmark drops the kept report files beside the running application
    db=(--spring.datasource.url="jdbc:h2:file:$WORK/h2;\${fahrplan.h2.options};WRITE_DELAY=0;AUTO_SERVER=TRUE")
  fi
  # shellcheck disable=SC2086 # FAHRPLAN_JAVA_OPTS is a list of options
  "$JAVA" -Xmx"$XMX" ${FAHRPLAN_JAVA_OPTS:-} -jar target/fahrplan.jar --server.port="$port" --logging.level.root=WARN \
    --fahrplan.reminders.cron=- "${db[@]}" > "$WORK/app.$name.log" 2>&1 &
  echo $! > "$WORK/pid.$name"
  until curl -fs -H "$T" "http://127.0.0.1:$port/api/v1/bodies/current" > /dev/null 2>&1; do sleep 0.5; done
}

# The peer's plan in Fahrplan's terms: versions → fields of action, Zielcode A–F → goals, the 40
# categories → lead org units, 20 parents with 5 sub-measures each, budget and FTE of one year,
# 200 finish-to-start dependencies between leaves, 4 quarterly reports → 4 closed rounds of 2025.
load_fahrplan() { # name port
  local B=http://127.0.0.1:$2 V S KT f g i units
  V=$(curl -fs -H "$T" -H "$J" -d '{"title":"Digitalstrategie Musterstadt","startYear":2024,"endYear":2030}' "$B/api/v1/strategies" | first_id)
  S=$(curl -fs -H "$T" "$B/api/v1/strategy-versions/$V" | grep -o '"strategyId":[0-9]*' | cut -d: -f2)
  local fields=()
  for f in 1 2 3 4 5 6 7 8; do
    fields+=("$(curl -fs -H "$T" -H "$J" -d "{\"position\":$f,\"code\":\"HF$f\",\"title\":\"Handlungsfeld $f\"}" "$B/api/v1/strategy-versions/$V/fields-of-action" | first_id)")
  done
  local letters=(A B C D E F)
  for f in 0 1 2 3 4 5; do
    g=${letters[$f]}
    curl -fs -o /dev/null -H "$T" -H "$J" -d "{\"code\":\"Z-$g\",\"title\":\"Ziel $g\",\"fieldOfActionIds\":[${fields[$f]},${fields[$(( (f + 6) % 8 ))]}]}" "$B/api/v1/strategy-versions/$V/goals"
  done
  mapfile -t units < <(curl -fs -H "$T" "$B/api/v1/org-units?size=200" | grep -o '"code":"[^"]*"' | cut -d'"' -f4)
  { echo "Kürzel;Titel;Beschreibung;Ziele;Status;Geplanter Beginn;Geplantes Ende;Federführung;Teilprojekt von;Haushaltsjahr;Kosten;VZÄ"
    for i in $(seq 1 1000); do
      local p=$(( (i - 1) / 50 * 50 + 1 )) parent="" d=$i y status=geplant
      if [ $(( i - p )) -ge 1 ] && [ $(( i - p )) -le 5 ]; then parent=$(printf 'M-%04d' "$p"); d=$p; fi
      y=$(( 2024 + d % 6 ))
      case $(( i % 11 )) in 0|1) status="in Umsetzung" ;; esac
      printf 'M-%04d;Maßnahme %d der Digitalstrategie;Umsetzung der Maßnahme %d mit Beteiligung der Fachbereiche und Bericht an den Ausschuss.;Z-%s;%s;01.%02d.%d;31.12.%d;%s;%s;2025;%d,50;0,%d\n' \
        "$i" "$i" "$i" "${letters[$(( i % 6 ))]}" "$status" $(( d % 9 + 1 )) "$y" $(( y + d % 2 )) \
        "${units[$(( i % ${#units[@]} ))]}" "$parent" $(( 10000 + i * 37 % 90000 )) $(( i % 9 + 1 ))
    done
  } > "$WORK/measures.csv"
  curl -fs -o /dev/null -H "$T" -F "file=@$WORK/measures.csv;type=text/csv" -F "strategyVersion=$V" "$B/api/v1/measure-imports"
  for p in 0 1 2 3 4; do curl -fs -H "$T" "$B/api/v1/measures?strategyVersion=$V&size=200&page=$p"; done \
    | grep -o '"id":[0-9]*,"strategyVersionId":[0-9]*,"code":"M-[0-9]*"' | sed 's/"id":\([0-9]*\).*"code":"M-0*\([0-9]*\)"/\2 \1/' | sort -n > "$WORK/ids.$1"
  # leaves ending in 2024/2025 precede leaves starting in 2027 or later: never a cycle, no date conflict
  local deps=0
  while read -r a b; do
    curl -fs -o /dev/null -H "$T" -H "$J" -d "{\"predecessorId\":$a}" "$B/api/v1/measures/$b/predecessors" && deps=$(( deps + 1 ))
  done < <(paste -d' ' \
    <(awk '{d=$1; r=(d-1)%50; if (r>=1&&r<=5) next; y=2024+d%6+d%2; if (y<=2026 && r!=0) print $2}' "$WORK/ids.$1" | head -200) \
    <(awk '{d=$1; r=(d-1)%50; if (r>=1&&r<=5) next; if (2024+d%6>=2027 && r!=0) print $2}' "$WORK/ids.$1" | head -200))
  KT=$(curl -fs -H "$T" "$B/api/v1/organizations?size=200" | grep -o '"id":[0-9]*,"name":"Kreistag"' | first_id)
  curl -fs -o /dev/null -H "$T" -H "$J" -H 'If-Match: "0"' -d "{\"adoptedOn\":\"2024-01-15\",\"adoptedById\":$KT,\"inForceFrom\":\"2024-01-15\"}" "$B/api/v1/strategy-versions/$V/adoption"
  curl -fs -o /dev/null -H "$T" -H 'If-Match: "1"' -X POST "$B/api/v1/strategy-versions/$V/in-force"
  local q round
  for q in 1 2 3 4; do
    round=$(curl -fs -H "$T" -H "$J" -d "{\"strategyVersionId\":$V,\"period\":\"Q$q/2025\",\"confirmPastDueDate\":true}" "$B/api/v1/reporting-rounds" | first_id)
    for p in 0 1 2 3 4; do curl -fs -H "$T" "$B/api/v1/reporting-rounds/$round/status-updates?size=200&page=$p"; done | grep -o '"id":[0-9]*,"roundId"' | grep -o '[0-9]*' \
      | xargs -P 4 -I{} sh -c '
        case $(( ({} + $2) % 10 )) in 0) l=CRITICAL ;; 1|2) l=AT_RISK ;; *) l=ON_TRACK ;; esac
        curl -fs -o /dev/null -X PUT -H "$0" -H "Content-Type: application/json" -H "If-Match: \"0\"" \
          -d "{\"trafficLight\":\"$l\",\"progress\":$(( $2 * 20 )),\"explanation\":\"Bericht zum Quartal $2\",\"achieved\":\"Arbeitspakete des Quartals umgesetzt\",\"nextSteps\":\"Ausschreibung vorbereiten\",\"risks\":\"Personalengpass im Fachbereich\",\"spending\":[{\"budgetYear\":2025,\"spent\":$(( $2 * 2500 ))}]}" "$1/api/v1/status-updates/{}"
        curl -fs -o /dev/null -X POST -H "$0" -H "If-Match: \"1\"" "$1/api/v1/status-updates/{}/submit"
      ' "$T" "$B" "$q"
    curl -fs -o /dev/null -H "$T" -H 'If-Match: "0"' -X POST "$B/api/v1/reporting-rounds/$round/close?submitted=ACCEPT"
  done
  [ "$1" = postgres ] && psql -h 127.0.0.1 -U postgres -d fahrplan_side -qc analyze
  local report measure
  report=$(curl -fs -H "$T" "$B/api/v1/strategies/$S/progress-reports" | first_id)
  measure=$(awk '$1 == 500 {print $2}' "$WORK/ids.$1")
  echo "$report" > "$WORK/report.$1"
  log "Fahrplan ($1): $(wc -l < "$WORK/ids.$1") measures, $deps dependencies, 4 rounds closed, report $report"
  local jar="$WORK/fahrplan.$1.jar"
  login "$B" "$jar" koordination@beispielkreis.example > /dev/null
  BASE[$1]=$B
  URL[$1.a]="/strategy-versions/$V/measures?status=IN_PROGRESS&page=1"
  URL[$1.b]="/api/v1/measures?strategyVersion=$V&size=100"
  URL[$1.c]="/measures/$measure"
  URL[$1.d]="/api/v1/measures/export.csv?strategyVersion=$V"
  URL[$1.e]="/api/v1/roadmap.pdf?strategyVersion=$V"
  URL[$1.f]="/api/v1/progress-reports/$report.pdf"
  URL[$1.k]="/api/v1/progress-reports/$report.pdf"
  for s in a c; do HOW[$1.$s]="cookie=$jar"; done
  for s in b d e f k; do HOW[$1.$s]="header=$T"; done
}

drop_kept_reports() { # name: the next download of the report renders it afresh
  if [ "$1" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d fahrplan_side -qc 'delete from progress_report_file'
  else
    "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" \
      -user sa -sql 'delete from progress_report_file' > /dev/null
  fi
}

port=18090
for db in $DBS; do
  log "Fahrplan ($db): start and load"
  t0=$(date +%s)
  start_fahrplan "$db" "$port"
  load_fahrplan "$db" "$port"
  log "Fahrplan ($db): loaded in $(( $(date +%s) - t0 )) s"
  port=$(( port + 1 ))
done

# Scenario b's rows in SQL, as the issue's second measure for it (the API ≤ 2× the raw SQL): the
# same page of 100 measures in one query – every column the API returns, goals, tags and ratings
# as arrays, predecessors and successors with id and code, each list read once for the whole page
# (set-based: 1.1 ms on a quiet machine, where one subquery per row took 3 ms) – and the count the
# page reports, on fahrplan_side, timed with pgbench: one connection, prepared statements (as the
# JDBC driver uses them), the first transaction (the one that prepares) left out, and paced at 50
# a second (-R), about curl's pace for b: a server that waited a few milliseconds answers more
# slowly than one kept busy (docs/performance.md, thirty-fourth session) – PostgreSQL too, and b's
# requests wait between each other for the next curl.
PGBENCH=$(find /usr/lib/postgresql -path '*/bin/pgbench' | sort | tail -1)
if [ -z "$PGBENCH" ]; then
  log "no pgbench under /usr/lib/postgresql: b′ (the SQL) is left out"
elif [[ " $DBS " = *" postgres "* ]]; then
  SQL_V=${URL[postgres.b]#*strategyVersion=}; SQL_V=${SQL_V%%&*}
  SQL_T=$(psql -h 127.0.0.1 -U postgres -d fahrplan_side -Atc "select tenant_id from strategy_version where id = $SQL_V")
  cat > "$WORK/b.sql" <<SQL
select count(*) from measure where tenant_id = $SQL_T and strategy_version_id = $SQL_V;
with page as (
  select m.id, m.strategy_version_id, m.code, m.title, m.description, m.status, m.status_reason,
         m.planned_start, m.planned_end, m.actual_start, m.actual_end, m.horizon_override,
         m.lead_org_unit_id, m.responsible_person_id, m.parent_id, m.measure_level,
         m.priority_override, m.priority_reason, m.unplanned, m.version
    from measure m
   where m.tenant_id = $SQL_T and m.strategy_version_id = $SQL_V
   order by m.code
   limit 100)
select p.*, g.goal_ids, t.tags, r.ratings, pre.measures, suc.measures
  from page p
  left join (select measure_id, array_agg(goal_id order by goal_order) goal_ids from measure_goal
              where measure_id in (select id from page) group by measure_id) g on g.measure_id = p.id
  left join (select measure_id, array_agg(tag order by tag) tags from measure_tag
              where measure_id in (select id from page) group by measure_id) t on t.measure_id = p.id
  left join (select measure_id, json_object_agg(criterion_key, rating) ratings from measure_rating
              where measure_id in (select id from page) group by measure_id) r on r.measure_id = p.id
  left join (select d.successor_id id, json_agg(json_build_object('id', o.id, 'code', o.code) order by o.code) measures
               from measure_dependency d join measure o on o.id = d.predecessor_id
              where d.tenant_id = $SQL_T and d.successor_id in (select id from page)
              group by d.successor_id) pre on pre.id = p.id
  left join (select d.predecessor_id id, json_agg(json_build_object('id', o.id, 'code', o.code) order by o.code) measures
               from measure_dependency d join measure o on o.id = d.successor_id
              where d.tenant_id = $SQL_T and d.predecessor_id in (select id from page)
              group by d.predecessor_id) suc on suc.id = p.id
 order by p.code;
SQL
fi
sql_b() { # the N requests of scenario b as SQL, seconds per transaction appended to t.sql.b
  rm -f "$WORK"/pgbench.*
  "$PGBENCH" -h 127.0.0.1 -U postgres -n -M prepared -c 1 -t $(( N + 1 )) -R 50 -l --log-prefix="$WORK/pgbench" \
    -f "$WORK/b.sql" fahrplan_side > "$WORK/pgbench-output.txt" 2>&1 \
    || { echo "pgbench failed:" >&2; cat "$WORK/pgbench-output.txt" >&2; exit 1; }
  # the log's fields 3 and 7: the transaction's time and its lag behind the schedule, in µs
  tail -n +2 "$WORK"/pgbench.* | awk '{printf "%.6f\n", ($3 - $7) / 1e6}' >> "$WORK/t.sql.b"
}

# ------------------------------------------------------------------------------------ timing
fetch() { # system scenario -> "code seconds bytes"
  local how=${HOW[$1.$2]} auth
  if [ "${how%%=*}" = cookie ]; then auth=(-b "${how#*=}"); else auth=(-H "${how#*=}"); fi
  curl -gsS -o "$WORK/body" "${auth[@]}" -w '%{http_code} %{time_total} %{size_download}\n' "${BASE[$1]}${URL[$1.$2]}"
}
SYSTEMS="redmine $DBS"
scenarios() { if [ "$1" = redmine ]; then echo a b c d e f; else echo a b c d e f k; fi; }
log "warm-up: $WARM requests per scenario and system (the last responses kept in target/side-by-side/)"
mkdir -p target/side-by-side
for sys in $SYSTEMS; do
  for s in $(scenarios "$sys"); do
    for _ in $(seq 1 "$WARM"); do
      read -r code _ bytes < <(fetch "$sys" "$s")
      [ "$code" = 200 ] || { echo "$sys $s: HTTP $code for ${URL[$sys.$s]}" >&2; head -c 400 "$WORK/body" >&2; exit 1; }
    done
    echo "$bytes" > "$WORK/bytes.$sys.$s"
    cp "$WORK/body" "target/side-by-side/$sys.$s"
  done
done
# the HTML pages as a server sees them after a while in use, for every system alike: a JVM compiles
# a page's code only after many requests (the API the loading used is warm already)
log "warm-up: the HTML pages (a, c) for $WARM_SECONDS s each and system"
for sys in $SYSTEMS; do
  for s in a c; do
    end=$(( $(date +%s) + WARM_SECONDS ))
    while [ "$(date +%s)" -lt "$end" ]; do fetch "$sys" "$s" > /dev/null; done
  done
done
# what the responses hold, so that no system is timed on an error page or an empty list
check() { # what expected actual
  [ "$2" = "$3" ] || { echo "content check failed: $1: expected $2, got $3" >&2; exit 1; }
}
check "Redmine (a) rows" 50 "$(grep -o '<tr id="issue-[0-9]*"' "target/side-by-side/redmine.a" | wc -l)"
check "Redmine (c) journals" 4 "$(grep -o 'id="change-[0-9]*"' "target/side-by-side/redmine.c" | wc -l)"
for db in $DBS; do
  check "Fahrplan $db (a) rows" 50 "$(grep -o '<tr' "target/side-by-side/$db.a" | tail -n +2 | wc -l)"
  check "Fahrplan $db (b) measures" 100 "$(grep -o '"strategyVersionId"' "target/side-by-side/$db.b" | wc -l)"
  grep -q '"predecessors":\[{' "target/side-by-side/$db.b" || { echo "Fahrplan $db (b) without dependencies" >&2; exit 1; }
  [ "$db" != postgres ] || check "Fahrplan postgres (b) the SQL's codes" \
    "$(grep -o '"code":"M-[0-9]*","title"' "target/side-by-side/postgres.b" | cut -d'"' -f4 | paste -sd,)" \
    "$(psql -h 127.0.0.1 -U postgres -d fahrplan_side -At -f "$WORK/b.sql" | sed -n '2,$p' | cut -d'|' -f3 | paste -sd,)"
  check "Fahrplan $db (c) rounds in the timeline" 4 "$(grep -o 'class="app-timeline__round"' "target/side-by-side/$db.c" | wc -l)"
  check "Fahrplan $db (d) CSV records" 1000 "$(grep -c '^"\?M-[0-9]' "target/side-by-side/$db.d")"
  for s in e f k; do head -c 4 "target/side-by-side/$db.$s" | grep -q '%PDF' || { echo "Fahrplan $db ($s) is not a PDF" >&2; exit 1; }; done
done
# Each system is timed on a quiet machine: a server may still work after its client has gone – Puma
# finishes the requests wrk left open when its time ran out, a JVM compiles or marks in the
# background – and that work must not fall into the next system's time. Waits until 85 % of the
# CPU was idle for half a second, at most SETTLE seconds.
settle() {
  local end=$(( $(date +%s) + SETTLE )) a b k busy total
  while :; do
    read -ra a < /proc/stat; sleep 0.5; read -ra b < /proc/stat
    total=0; for k in 1 2 3 4 5 6 7 8; do total=$(( total + b[k] - a[k] )); done
    busy=$(( total - (b[4] - a[4]) - (b[5] - a[5]) ))
    [ "$total" -gt 0 ] || continue
    [ $(( busy * 100 )) -le $(( total * 15 )) ] && return 0
    [ "$(date +%s)" -lt "$end" ] || { log "not quiet after $SETTLE s (busy $(( busy * 100 / total )) %), timing anyway"; return 0; }
  done
}
for rep in $(seq 1 "$REPS"); do
  for s in a b c d e f; do
    for sys in $SYSTEMS; do
      settle
      log "repetition $rep, scenario $s, $sys"
      for _ in $(seq 1 "$N"); do
        [ "$s" = f ] && [ "$sys" != redmine ] && drop_kept_reports "$sys"
        read -r code secs _ < <(fetch "$sys" "$s")
        [ "$code" = 200 ] || { echo "$sys $s: HTTP $code" >&2; exit 1; }
        echo "$secs" >> "$WORK/t.$sys.$s"
      done
    done
    if [ "$s" = b ] && [ -f "$WORK/b.sql" ]; then settle; log "repetition $rep, scenario b, SQL"; sql_b; fi
  done
  for sys in $DBS; do # the report's download once its file is kept
    for _ in $(seq 1 "$N"); do read -r _ secs _ < <(fetch "$sys" k); echo "$secs" >> "$WORK/t.$sys.k"; done
  done
  for sys in $SYSTEMS; do
    settle
    log "repetition $rep, throughput, $sys"
    header=${HOW[$sys.b]#*=}
    wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 60s --latency -H "$header" "${BASE[$sys]}${URL[$sys.b]}" > "$WORK/wrk.$sys.$rep"
  done
done

# ------------------------------------------------------------------------------------ report
median() { sort -g "$1" | awk '{v[NR]=$1} END {printf "%.1f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) * 1000}'; }
p95() { sort -g "$1" | awk '{v[NR]=$1} END {k=int(0.95*NR); if (k<0.95*NR) k++; printf "%.1f", v[k]*1000}'; }
rps() { awk '/^Requests\/sec:/ {print $2}' "$WORK"/wrk."$1".* | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
p99() { awk '$1=="99%" {print $2}' "$WORK"/wrk."$1".* | tr '\n' ' '; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else printf "–"}'; } # a short wrk run may complete nothing
rss_redmine() { # PSS of the puma master and its workers, MiB
  local master; master=$(cat "$STATE_DIR/run/puma.pid")
  for p in $master $(pgrep -P "$master"); do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup"; done | awk '{s+=$1} END {printf "%.0f", s/1024}'
}
declare -A NAME=([a]="filtered HTML list, 50 rows" [b]="JSON list of 100 with relations" [c]="one item page with its 4 reports"
  [d]="CSV export of 1,000" [e]="Gantt/roadmap PDF of the whole plan" [f]="PDF of all 1,000 (report, fresh render)")
{
  echo "### Side by side with Redmine — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), load average before the report: $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$("$JAVA" -version 2>&1 | head -1), -Xmx$XMX; Redmine $(dpkg-query -W -f='${Version}' redmine), puma 2 × 5, PostgreSQL 15."
  echo "$REPS repetitions × $N requests per scenario and system, interleaved; median (p95) in ms; ratio = Redmine ÷ Fahrplan."
  echo
  printf '| scenario | Redmine |'; for db in $DBS; do printf ' Fahrplan %s | ratio %s |' "$db" "$db"; done; echo
  printf '|---|---:|'; for _ in $DBS; do printf -- '---:|---:|'; done; echo
  for s in a b c d e f; do
    r=$(median "$WORK/t.redmine.$s")
    printf '| %s %s | %s (%s) |' "$s" "${NAME[$s]}" "$r" "$(p95 "$WORK/t.redmine.$s")"
    for db in $DBS; do f=$(median "$WORK/t.$db.$s"); printf ' %s (%s) | %s |' "$f" "$(p95 "$WORK/t.$db.$s")" "$(ms "$r" "$f")"; done; echo
  done
  if [ -f "$WORK/t.sql.b" ]; then
    q=$(median "$WORK/t.sql.b")
    printf '| b′ the same rows in SQL on PostgreSQL (pgbench); ratio = Fahrplan ÷ SQL | – |'
    for db in $DBS; do printf ' %s (%s) | %s |' "$q" "$(p95 "$WORK/t.sql.b")" "$(ms "$(median "$WORK/t.$db.b")" "$q")"; done; echo
  fi
  printf '| f′ the report as downloaded (file kept at the round'"'"'s close) | |'
  for db in $DBS; do printf ' %s (%s) | |' "$(median "$WORK/t.$db.k")" "$(p95 "$WORK/t.$db.k")"; done; echo
  r=$(rps redmine)
  printf '| g throughput, JSON list, 16 clients, req/s (p99 per run) | %s (%s) |' "$r" "$(p99 redmine)"
  for db in $DBS; do f=$(rps "$db"); printf ' %s (%s) | %s |' "$f" "$(p99 "$db")" "$(ms "$f" "$r")"; done; echo
  printf '| resident memory after the run, MiB (Redmine: PSS of master and workers) | %s |' "$(rss_redmine)"
  for db in $DBS; do printf ' %s | |' $(( $(ps -o rss= -p "$(cat "$WORK/pid.$db")") / 1024 )); done; echo
  echo
  printf 'Response sizes (bytes):'; for sys in $SYSTEMS; do printf ' %s' "$sys"; for s in a b c d e f; do printf ' %s=%s' "$s" "$(cat "$WORK/bytes.$sys.$s")"; done; printf ';'; done; echo
  echo
  for sys in $SYSTEMS; do for s in a b c d e f; do echo "- $sys $s: \`${URL[$sys.$s]}\`"; done; done
} | tee "$WORK/report.md"
[ -z "$OUTFILE" ] || cp "$WORK/report.md" "$OUTFILE"
