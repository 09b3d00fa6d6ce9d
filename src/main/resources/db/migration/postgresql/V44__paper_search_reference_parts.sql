-- The global search finds a paper by a part of its reference – „00001“ or „2023/00001“ of
-- „VO/2023/00001“, as council members quote it: PostgreSQL's parser keeps a reference as one token
-- (a path), so its parts are indexed too (H2 searches the text itself). Dropping the column drops
-- its index.
alter table paper drop column search_vector;
alter table paper add column search_vector tsvector generated always as (to_tsvector('german',
    coalesce(reference, '') || ' '
    || regexp_replace(coalesce(reference, ''), '[^[:alnum:]]+', ' ', 'g') || ' '
    || coalesce(subject, '') || ' ' || coalesce(occasion, '') || ' ' || coalesce(proposal, '')))
    stored;
create index ix_paper_search on paper using gin (search_vector);
