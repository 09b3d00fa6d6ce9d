-- The municipality of the unit of work, as Fahrplan's connection provider sets it at each connection
-- Hibernate takes (shared.persistence.TenantConnections); every tenant-owned entity's restriction
-- reads it (tenant_id = fahrplan_tenant(), ADR 0035). Unset: null, and no row matches. Stable: read
-- once per statement, so an index on tenant_id can use it.
create function fahrplan_tenant() returns bigint
  language sql stable parallel safe
  as $$ select nullif(current_setting('fahrplan.tenant', true), '')::bigint $$;
