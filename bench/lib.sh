# Helpers the benchmarks share (sourced by them, not run alone).

# the first "id" of the JSON on stdin
first_id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }

# the form token (_csrf) of the HTML on stdin
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# login BASE JAR EMAIL: signs in with the demo password through the login form, keeps the session in
# the cookie jar JAR and prints it as "SESSION=…" (for wrk's cookie header)
login() {
  local token
  token=$(curl -s -c "$2" -b "$2" "$1/login" | csrf)
  curl -s -c "$2" -b "$2" -o /dev/null -d "email=$3&password=Fahrplan-Demo-2026&_csrf=$token" "$1/login"
  echo "SESSION=$(awk '$6=="SESSION"{print $7}' "$2")"
}

# bulk_papers SLUG N C1 C2 C3: N papers over eight years, four types, a third each draft, in
# consultation and decided, each with three consultations in the committees of short names C1, C2,
# C3 (the third deciding), written in two INSERT … SELECT statements into fahrplan_bench on
# PostgreSQL (the API would take 20 minutes for 20,000 on two cores); the references start "BULK/"
bulk_papers() {
  psql -h 127.0.0.1 -U postgres -d fahrplan_bench -q -v ON_ERROR_STOP=1 <<SQL
insert into paper (tenant_id, reference, paper_type, paper_date, subject, public_paper, state, deleted, created, modified, version, figures)
select b.id, 'BULK/' || (2019 + i % 8) || '/' || lpad(i::text, 5, '0'),
  (array['Beschlussvorlage','Mitteilungsvorlage','Informationsvorlage','Antrag'])[i % 4 + 1],
  make_date(2019 + i % 8, i % 12 + 1, 15),
  (array['Breitband','Schulen','Onlinedienste','Rechenzentrum','Personal'])[i % 5 + 1] || ': Vorlage ' || i,
  true, (array['DRAFT','IN_CONSULTATION','DECIDED'])[i % 3 + 1], false, now(), now(), 0, '[]'
from generate_series(1, $2) i, body b where b.slug = '$1';
insert into consultation (tenant_id, paper_id, position, organization_id, public_session, role, deleted, created, modified, version)
select p.tenant_id, p.id, k, o.id, k = 3, case when k = 3 then 'DECISION' else 'PRELIMINARY' end, false, now(), now(), 0
from paper p cross join generate_series(1, 3) k
join organization o on o.tenant_id = p.tenant_id and o.short_name = (array['$3', '$4', '$5'])[k]
where p.reference like 'BULK/%';
analyze;
SQL
}
