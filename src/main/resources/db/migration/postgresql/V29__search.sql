-- The global search (shared.search.TextSearch): each searchable table keeps its German full-text
-- vector as a stored generated column with a GIN index (ranking reads it instead of parsing the
-- text again), and codes get a prefix index, so that a search over 10,000 measures reads indexes.
alter table measure add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, ''))) stored;
create index ix_measure_search on measure using gin (search_vector);
create index ix_measure_code_prefix on measure (tenant_id, lower(code) text_pattern_ops);

alter table goal add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, ''))) stored;
create index ix_goal_search on goal using gin (search_vector);

alter table person add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(job_function, '')
    || ' ' || coalesce(email, ''))) stored;
create index ix_person_search on person using gin (search_vector);

alter table org_unit add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(name, ''))) stored;
create index ix_org_unit_search on org_unit using gin (search_vector);
create index ix_org_unit_code_prefix on org_unit (tenant_id, lower(code) text_pattern_ops);

alter table paper add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(reference, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(occasion, '') || ' '
    || coalesce(proposal, ''))) stored;
create index ix_paper_search on paper using gin (search_vector);
create index ix_paper_reference_prefix on paper (tenant_id, lower(reference) text_pattern_ops);
