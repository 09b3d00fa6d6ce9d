-- The paper list filters by state and type within a municipality and sorts by date: with this
-- index a filtered page reads the matching papers only (the list's query names only the filters
-- given, so the index serves every combination).
create index ix_paper_filter on paper (tenant_id, state, paper_type, paper_date);
