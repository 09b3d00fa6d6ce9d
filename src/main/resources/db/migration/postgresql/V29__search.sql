-- The global search (shared.search.TextSearch): German full-text indexes on the very expressions
-- the search sources query, so that a search over 10,000 measures reads an index, not the table.
create index ix_measure_search on measure using gin (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, '')));
create index ix_goal_search on goal using gin (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, '')));
create index ix_person_search on person using gin (to_tsvector('german',
    coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(job_function, '')
    || ' ' || coalesce(email, '')));
create index ix_org_unit_search on org_unit using gin (to_tsvector('german',
    coalesce(code, '') || ' ' || coalesce(name, '')));
create index ix_paper_search on paper using gin (to_tsvector('german',
    coalesce(reference, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(occasion, '') || ' '
    || coalesce(proposal, '')));
