-- The municipality of the unit of work (ADR 0035): H2 has no SQL functions, so a Java method reads
-- the session variable Fahrplan's connection provider sets (shared.persistence.H2Tenant). PostgreSQL
-- gets a SQL function under the same version number (db/migration/postgresql/V43__tenant_function.sql).
create alias fahrplan_tenant for 'de.fahrplan.shared.persistence.H2Tenant.current';
