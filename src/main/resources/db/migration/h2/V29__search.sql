-- The global search on H2 matches word parts (no German dictionary there); PostgreSQL gets German
-- full-text indexes under the same version number (db/migration/postgresql/V29__search.sql).
select 1;
