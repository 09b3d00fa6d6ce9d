-- The municipality of the unit of work (ADR 0035): H2 has no SQL functions, so a Java method reads
-- the session's value that Fahrplan's connection provider sets (shared.persistence.H2Tenant).
-- Deterministic: H2 reads it once per prepared statement (H2Tenant says why that is safe).
-- PostgreSQL gets a SQL function under the same version number
-- (db/migration/postgresql/V43__tenant_function.sql).
create alias fahrplan_tenant deterministic for 'de.fahrplan.shared.persistence.H2Tenant.current';
