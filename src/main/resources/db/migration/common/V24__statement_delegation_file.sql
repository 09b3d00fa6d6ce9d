-- A statement request the asked unit's lead hands on to a person (Delegation), and the Anlage that
-- holds an answer given "als Anlage".
alter table statement add column delegate_person_id bigint references person (id);
alter table statement add column answer_file_id bigint references paper_file (id);
create index ix_statement_delegate on statement (tenant_id, delegate_person_id);
